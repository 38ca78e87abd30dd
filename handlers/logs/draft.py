"""The /log draft and what every step shares: the states, the limits, the draft kept in
user_data (persisted, its note already encrypted), and how a step shows its question."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.buttons import answer_press, edit_message
from bot.context import Context
from bot.guards import require
from bot.i18n import Texts
from storage.models import Person, Role

WHO, OFFLINE, GROUP, KIND, WHEN, MINUTES, PARTNER, SUMMARY, EDIT = range(9)
DRAFT = "log"
NOTE_MAX = 2000
NICKNAME_MAX = 30
GROUP_MAX = 40
PARTNER_MAX = 60
QUICK_MINUTES = (15, 30, 45, 60, 90)
PARTNER_BUTTONS = 8
# Text arriving this long after the last answer may be meant for a youth, not the log: ask.
STALE_AFTER = timedelta(minutes=30)

Draft = dict[str, Any]


def today(context: Context) -> date:
    return context.bot_data.clock().astimezone(context.bot_data.settings.zone).date()


def day_text(_: Texts, day: date) -> str:
    return _.when(datetime.combine(day, time(12), tzinfo=_.zone), "day")


def current_draft(context: Context) -> Draft:
    assert context.user_data is not None
    draft: Draft = context.user_data.setdefault(DRAFT, {"themes": []})
    return draft


def has_who(draft: Draft) -> bool:
    keys = ("youth_id", "offline_id", "offline_new", "group", "anonymous")
    return any(draft.get(k) for k in keys)


def set_who(draft: Draft, **who: Any) -> None:
    for key in ("youth_id", "offline_id", "offline_new", "group", "pending_name", "anonymous"):
        draft[key] = who.get(key)


async def show(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit the message whose button was pressed; answer a typed message with a new one."""
    query = update.callback_query
    if query is not None:
        try:
            await edit_message(query, text, reply_markup=markup)
        except BadRequest as exc:  # the same question again (a refused button): nothing to do
            if "not modified" not in exc.message:
                raise
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup)


def button_rows(
    buttons: list[InlineKeyboardButton], width: int
) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


async def as_mentor(update: Update, context: Context) -> Person | None:
    """The sender if an active mentor; a pressed button is answered here once."""
    me = await require(update, context, Role.MENTOR)
    if me is not None and update.callback_query is not None:
        await answer_press(update.callback_query)
    return me
