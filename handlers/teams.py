"""/teams (COPIL): list teams, create one (programme-wide COPIL) or rename one's own.

A conversation because the name is typed; persistent, so a restart loses nothing."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.ids import is_id
from handlers.basics import end_conversation
from storage.models import Role
from storage.teams import TeamNameTaken

CHOOSING, NAMING = range(2)
ACTION_KEY = "teams_action"
NAME_MAX = 40


async def teams(update: Update, context: Context) -> int:
    """Show the teams this COPIL member manages, with what they may do."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    visible = [t for t in await context.bot_data.db.teams.all() if me.sees_team(t.id)]
    lines = [_("teams-title")] + [f"• {html.escape(t.name)}" for t in visible]
    rows = [
        [InlineKeyboardButton(_("teams-rename", name=t.name), callback_data=f"teams:rename:{t.id}")]
        for t in visible
    ]
    if me.programme_wide:
        rows.append([InlineKeyboardButton(_("teams-new"), callback_data="teams:new")])
    rows.append([InlineKeyboardButton(_("button-close"), callback_data="teams:close")])
    await message.reply_text("\n".join(lines), reply_markup=InlineKeyboardMarkup(rows))
    return CHOOSING


async def choose(update: Update, context: Context) -> int:
    """teams:new, teams:rename:<id>, teams:close — then ask for the name."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    data = query.data or ""
    if data == "teams:close":
        await answer_press(query)
        await edit_message(query, _("teams-closed"))
        return ConversationHandler.END
    if data == "teams:new" and me.programme_wide:
        context.user_data[ACTION_KEY] = "new"
        await answer_press(query)
        await edit_message(query, _("teams-ask-new-name", max=NAME_MAX))
        return NAMING
    team_id = data.removeprefix("teams:rename:")
    team = await context.bot_data.db.teams.get(int(team_id)) if is_id(team_id) else None
    if team is None or not me.sees_team(team.id):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return CHOOSING
    context.user_data[ACTION_KEY] = team.id
    await answer_press(query)
    await edit_message(query, _("teams-ask-rename", name=html.escape(team.name), max=NAME_MAX))
    return NAMING


async def name_typed(update: Update, context: Context) -> int:
    """Create or rename with the typed name; a bad or taken name asks again."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    name = " ".join((message.text or "").split())
    if not 2 <= len(name) <= NAME_MAX:
        await message.reply_text(_("teams-name-bad", max=NAME_MAX))
        return NAMING
    action = context.user_data.get(ACTION_KEY)
    db = context.bot_data.db
    try:
        if action == "new" and me.programme_wide:
            await db.teams.create(name)
            done = _("teams-created", name=html.escape(name))
        elif (
            isinstance(action, int) and me.sees_team(action) and await db.teams.rename(action, name)
        ):
            done = _("teams-renamed", name=html.escape(name))
        else:
            await message.reply_text(_("not-allowed"))
            return ConversationHandler.END
    except TeamNameTaken:
        await message.reply_text(_("teams-name-taken", name=html.escape(name)))
        return NAMING
    context.user_data.pop(ACTION_KEY, None)
    await message.reply_text(done)
    return ConversationHandler.END


async def cancel(update: Update, context: Context) -> int:
    """Leave without changing anything."""
    return await end_conversation(update, context, ACTION_KEY)


def conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CommandHandler("teams", teams)],
        states={
            CHOOSING: [CallbackQueryHandler(choose, pattern=r"^teams:")],
            NAMING: [MessageHandler(f.TEXT & ~f.COMMAND, name_typed)],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="teams",
        persistent=True,
        allow_reentry=True,
    )
