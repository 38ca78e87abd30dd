"""/emergency (COPIL): the emergency numbers the safety net gives a team's youths.

By default a team gets its country's numbers (handlers.safety); a COPIL member can type the
team's own list (one number and what it is per line) or go back to the defaults. A
conversation because the list is typed; persistent, so a restart loses nothing."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.ids import is_id
from handlers.basics import end_conversation
from handlers.safety import emergency_numbers
from storage.models import Role

CHOOSING, TYPING = range(2)
TEAM_KEY = "emergency_team"
LIST_MAX = 800
LINES_MAX = 10
_HAS_NUMBER = re.compile(r"\d{2,}")


async def emergency(update: Update, context: Context) -> int:
    """Show each managed team's numbers, with Change and Defaults buttons."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    db = context.bot_data.db
    lines, rows = [], []
    for team in [t for t in await db.teams.all() if me.sees_team(t.id)]:
        own = await db.teams.emergency(team.id)
        origin = _("emergency-own") if own else _("emergency-country", country=team.country)
        numbers = await emergency_numbers(context, team.id, _)
        lines.append(f"<b>{html.escape(team.name)}</b> ({origin})\n{numbers}")
        row = [
            InlineKeyboardButton(
                _("emergency-change", team=team.name), callback_data=f"emerg:edit:{team.id}"
            )
        ]
        if own:
            row.append(
                InlineKeyboardButton(_("emergency-reset"), callback_data=f"emerg:reset:{team.id}")
            )
        rows.append(row)
    rows.append([InlineKeyboardButton(_("button-close"), callback_data="emerg:close")])
    await message.reply_text("\n\n".join(lines), reply_markup=InlineKeyboardMarkup(rows))
    return CHOOSING


async def choose(update: Update, context: Context) -> int:
    """emerg:edit:<team>, emerg:reset:<team>, emerg:close — re-checked against the team."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    if query.data == "emerg:close":
        await answer_press(query)
        await edit_message(query, _("teams-closed"))
        return ConversationHandler.END
    _prefix, action, arg = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    team = await db.teams.get(int(arg)) if is_id(arg) else None
    if team is None or not me.sees_team(team.id) or action not in ("edit", "reset"):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return CHOOSING
    await answer_press(query)
    if action == "reset":
        await db.teams.set_emergency(team.id, None)
        await db.audit.record(me.telegram_id, f"emergency-reset:{team.id}")
        await edit_message(query, _("emergency-was-reset", team=html.escape(team.name)))
        return ConversationHandler.END
    context.user_data[TEAM_KEY] = team.id
    await edit_message(query, _("emergency-ask", team=html.escape(team.name), lines=LINES_MAX))
    return TYPING


async def typed(update: Update, context: Context) -> int:
    """The team's own list: 1 to LINES_MAX lines, each with a number; else asked again."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    lines = [" ".join(line.split()) for line in (message.text or "").splitlines()]
    lines = [line for line in lines if line]
    text = "\n".join(lines)
    if (
        not lines
        or len(lines) > LINES_MAX
        or len(text) > LIST_MAX
        or not all(_HAS_NUMBER.search(line) for line in lines)
    ):
        await message.reply_text(_("emergency-bad", lines=LINES_MAX))
        return TYPING
    team_id = context.user_data.get(TEAM_KEY)
    team = await context.bot_data.db.teams.get(team_id) if isinstance(team_id, int) else None
    if team is None or not me.sees_team(team.id):
        await message.reply_text(_("not-allowed"))
        return ConversationHandler.END
    await context.bot_data.db.teams.set_emergency(team.id, text)
    await context.bot_data.db.audit.record(me.telegram_id, f"emergency-set:{team.id}")
    context.user_data.pop(TEAM_KEY, None)
    await message.reply_text(
        _("emergency-saved", team=html.escape(team.name), numbers=html.escape(text))
    )
    return ConversationHandler.END


async def cancel(update: Update, context: Context) -> int:
    """Leave without changing anything."""
    return await end_conversation(update, context, TEAM_KEY)


def conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CommandHandler("emergency", emergency)],
        states={
            CHOOSING: [CallbackQueryHandler(choose, pattern=r"^emerg:")],
            TYPING: [MessageHandler(f.TEXT & ~f.COMMAND, typed)],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="emergency",
        persistent=True,
        allow_reentry=True,
    )
