"""/rhythms (COPIL): per team, the days of silence before each step (the mentor's nudge, the
youth's question, the link's closing) and the days between a youth's check-ins (0: off).
Buttons only, one question at a time, each press re-checked in the database: the member must
be COPIL and see the team, and the days must be one of the choices offered. A choice that
would put the steps out of order (storage.teams.ORDER) is refused with the reason, and
changes nothing."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from storage.models import Person, Role

CHOICES = {
    "silence": (7, 14, 21, 30),
    "ask": (30, 45, 60, 90),
    "close": (45, 60, 90, 120),
    "checkin": (0, 7, 14, 28),
}


async def rhythms(update: Update, context: Context) -> None:
    """Ask for the team (programme-wide members), or show one's team's rhythms."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    teams = [t for t in await context.bot_data.db.teams.all() if me.sees_team(t.id)]
    if not teams:
        await message.reply_text(_("stats-no-team"))
        return
    if len(teams) == 1:
        text, markup = await _summary(context, _, teams[0].id)
        await message.reply_text(text, reply_markup=markup)
        return
    rows = [[InlineKeyboardButton(t.name, callback_data=f"rh:t:{t.id}")] for t in teams]
    rows.append([InlineKeyboardButton(_("rhythm-close"), callback_data="rh:close")])
    await message.reply_text(_("rhythm-which-team"), reply_markup=InlineKeyboardMarkup(rows))


async def _summary(context: Context, _: Texts, team_id: int) -> tuple[str, InlineKeyboardMarkup]:
    db = context.bot_data.db
    team, rhythms = await db.teams.get(team_id), await db.teams.rhythms(team_id)
    assert team is not None and rhythms is not None
    text = _("rhythm-summary", team=html.escape(team.name), **rhythms.days())
    rows = [
        [InlineKeyboardButton(_(f"rhythm-change-{w}"), callback_data=f"rh:ask:{team_id}:{w}")]
        for w in CHOICES
    ]
    rows.append([InlineKeyboardButton(_("rhythm-close"), callback_data="rh:close")])
    return text, InlineKeyboardMarkup(rows)


async def _team(context: Context, me: Person, raw: str) -> int | None:
    """The pressed team, if it exists and this member sees it."""
    if not is_id(raw) or not me.sees_team(int(raw)):
        return None
    return int(raw) if await context.bot_data.db.teams.get(int(raw)) else None


async def rhythm_button(update: Update, context: Context) -> None:
    """rh:t:<team> · rh:ask:<team>:<which> · rh:set:<team>:<which>:<days> · rh:close."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    if parts[1:] == ["close"]:
        await answer_press(query)
        await edit_message(query, _("rhythm-closed"))
        return
    team = await _team(context, me, parts[2]) if len(parts) > 2 else None
    which = parts[3] if len(parts) > 3 else ""
    days = int(parts[4]) if len(parts) == 5 and parts[4].isdigit() else None
    valid = team is not None and (
        (parts[1] == "t" and len(parts) == 3)
        or (parts[1] == "ask" and len(parts) == 4 and which in CHOICES)
        or (parts[1] == "set" and which in CHOICES and days in CHOICES[which])
    )
    if team is None or not valid:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    await answer_press(query)
    db = context.bot_data.db
    if parts[1] == "ask":
        await edit_message(query, _(f"rhythm-ask-{which}"), reply_markup=_choices(_, team, which))
        return
    if parts[1] == "set" and days is not None:
        if not await db.teams.set_rhythm(team, which, days):  # out of order: say why, again
            now = await db.teams.rhythms(team)
            assert now is not None
            text = _("rhythm-order-bad", **now.days()) + "\n\n" + _(f"rhythm-ask-{which}")
            await edit_message(query, text, reply_markup=_choices(_, team, which))
            return
        await db.audit.record(me.telegram_id, f"rhythm:{which}:{days}")
    text, markup = await _summary(context, _, team)
    await edit_message(query, text, reply_markup=markup)


def _choices(_: Texts, team: int, which: str) -> InlineKeyboardMarkup:
    label = "rhythm-checkin-days" if which == "checkin" else "rhythm-silence-days"
    buttons = [
        InlineKeyboardButton(_(label, days=d), callback_data=f"rh:set:{team}:{which}:{d}")
        for d in CHOICES[which]
    ]
    back = InlineKeyboardButton(_("rhythm-back"), callback_data=f"rh:t:{team}")
    return InlineKeyboardMarkup([buttons[:2], buttons[2:], [back]])
