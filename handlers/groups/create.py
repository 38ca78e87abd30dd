"""/group (COPIL): name, team, peer helpers, size, rhythm (which gives the sessions ahead),
then the group and its invitation link. Diagram: create.mmd."""

from __future__ import annotations

import html
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.rhythm import PastInList, sessions_for
from bot.sending import fluent, queued
from handlers.groups.common import DRAFT_KEY, stop
from handlers.groups.reminders import plan_all
from storage.models import Person, Role

NAME, TEAM, HELPERS, SIZE, RHYTHM, CONFIRM = range(6)
NAME_MAX = 40
SIZE_DEFAULT = 10
SIZE_MAX = 30


async def group(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    context.user_data[DRAFT_KEY] = {"helpers": []}
    await message.reply_text(_("group-ask-name", max=NAME_MAX))
    return NAME


async def name_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    name = " ".join((message.text or "").split())
    if not 2 <= len(name) <= NAME_MAX:
        await message.reply_text(_("teams-name-bad", max=NAME_MAX))
        return NAME
    draft = context.user_data.setdefault(DRAFT_KEY, {"helpers": []})
    draft["name"] = name
    if me.programme_wide or me.team_id is None:
        rows = [
            [InlineKeyboardButton(t.name, callback_data=f"grn:team:{t.id}")]
            for t in await context.bot_data.db.teams.all()
        ]
        await message.reply_text(_("broadcast-ask-team"), reply_markup=InlineKeyboardMarkup(rows))
        return TEAM
    draft["team"] = me.team_id
    return await _ask_helpers(update, context, me, _)


async def team_chosen(update: Update, context: Context) -> int:
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    raw = (query.data or "").removeprefix("grn:team:")
    if (
        not is_id(raw)
        or not me.sees_team(int(raw))
        or not await context.bot_data.db.teams.get(int(raw))
    ):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return TEAM
    context.user_data.setdefault(DRAFT_KEY, {"helpers": []})["team"] = int(raw)
    await answer_press(query)
    return await _ask_helpers(update, context, me, _)


async def _ask_helpers(update: Update, context: Context, me: Person, _: Texts) -> int:
    assert context.user_data is not None
    draft = context.user_data[DRAFT_KEY]
    helpers = await context.bot_data.db.people.active_in_team(draft["team"], Role.PEER_HELPER)
    if not helpers:
        text = _("group-no-helpers")
        if update.callback_query is not None:
            await edit_message(update.callback_query, text)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(text)
        context.user_data.pop(DRAFT_KEY, None)
        return ConversationHandler.END
    chosen = set(draft.get("helpers", []))
    rows = [
        [
            InlineKeyboardButton(
                f"{'✅' if h.telegram_id in chosen else '⬜'} {h.display_name}",
                callback_data=f"grn:help:{h.telegram_id}",
            )
        ]
        for h in helpers
    ]
    rows.append([InlineKeyboardButton(_("group-helpers-done"), callback_data="grn:helpers:done")])
    markup = InlineKeyboardMarkup(rows)
    if update.callback_query is not None:
        await edit_message(update.callback_query, _("group-ask-helpers"), reply_markup=markup)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(_("group-ask-helpers"), reply_markup=markup)
    return HELPERS


async def helper_toggled(update: Update, context: Context) -> int:
    """grn:help:<person> toggles; grn:helpers:done goes on (at least one peer helper)."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    draft = context.user_data.setdefault(DRAFT_KEY, {"helpers": []})
    data = query.data or ""
    if data == "grn:helpers:done":
        if not draft.get("helpers"):
            await answer_press(query, _("group-helpers-none"), show_alert=True)
            return HELPERS
        await answer_press(query)
        buttons = InlineKeyboardMarkup(
            [[InlineKeyboardButton(str(SIZE_DEFAULT), callback_data=f"grn:size:{SIZE_DEFAULT}")]]
        )
        await edit_message(
            query, _("group-ask-size", default=SIZE_DEFAULT, max=SIZE_MAX), reply_markup=buttons
        )
        return SIZE
    raw = data.removeprefix("grn:help:")
    person = await context.bot_data.db.people.get(int(raw)) if is_id(raw) else None
    if (
        person is None
        or person.role != Role.PEER_HELPER
        or not person.active
        or person.team_id != draft.get("team")
    ):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return HELPERS
    chosen = draft.setdefault("helpers", [])
    if person.telegram_id in chosen:
        chosen.remove(person.telegram_id)
    else:
        chosen.append(person.telegram_id)
    await answer_press(query)
    return await _ask_helpers(update, context, me, _)


async def size_given(update: Update, context: Context) -> int:
    """grn:size:10 or a typed number."""
    me = await require(update, context, Role.COPIL)
    if me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    query = update.callback_query
    raw = (query.data or "").removeprefix("grn:size:") if query else None
    if raw is None and update.effective_message is not None:
        raw = (update.effective_message.text or "").strip()
    if not raw or not is_id(raw) or not 2 <= int(raw) <= SIZE_MAX:
        if update.effective_message is not None and query is None:
            await update.effective_message.reply_text(_("group-size-bad", max=SIZE_MAX))
        return SIZE
    context.user_data.setdefault(DRAFT_KEY, {"helpers": []})["size"] = int(raw)
    if query is not None:
        await answer_press(query)
        await edit_message(query, _("group-ask-rhythm"))
    elif update.effective_message is not None:
        await update.effective_message.reply_text(_("group-ask-rhythm"))
    return RHYTHM


async def rhythm_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    now = context.bot_data.clock().astimezone(context.bot_data.settings.zone)
    try:
        moments = sessions_for(message.text or "", now)
    except PastInList as past:
        await message.reply_text(_("group-rhythm-past", date=html.escape(str(past))))
        return RHYTHM
    if moments is None:
        await message.reply_text(_("group-rhythm-bad"))
        return RHYTHM
    draft = context.user_data.setdefault(DRAFT_KEY, {"helpers": []})
    draft["rhythm"] = " ".join((message.text or "").split())[:200]
    draft["sessions"] = [m.isoformat() for m in moments]
    lines = [f"• {_.when(m)}" for m in moments]
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("group-create"), callback_data="grn:ok")],
            [InlineKeyboardButton(_("broadcast-stop"), callback_data="grn:stop")],
        ]
    )
    await message.reply_text(
        _("group-confirm", name=html.escape(draft["name"]), size=draft["size"], count=len(moments))
        + "\n"
        + "\n".join(lines),
        reply_markup=buttons,
    )
    return CONFIRM


async def create(update: Update, context: Context) -> int:
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    draft = context.user_data.get(DRAFT_KEY) or {}
    if "sessions" not in draft or not me.sees_team(draft.get("team")):
        await answer_press(query, _("broadcast-lost"), show_alert=True)
        return ConversationHandler.END
    await answer_press(query)
    db = context.bot_data.db
    async with queued(context) as q:  # created means its peer helpers will be told
        created = await db.groups.create(
            name=draft["name"],
            team_id=draft["team"],
            size_limit=draft["size"],
            rhythm=draft["rhythm"],
            helpers=draft["helpers"],
            sessions=[datetime.fromisoformat(s) for s in draft["sessions"]],
            created_by=me.telegram_id,
        )
        link = f"https://t.me/{context.bot.username}?start=g_{created.invite_token}"
        await q.add(
            [
                fluent(
                    helper,
                    "group-helper-told",
                    key=f"group:{created.id}:helper:{helper}",
                    name=html.escape(created.name),
                    link=link,
                )
                for helper in draft["helpers"]
            ]
        )
    context.user_data.pop(DRAFT_KEY, None)
    await plan_all(context.application)
    await edit_message(query, _("group-created", name=html.escape(created.name), link=link))
    return ConversationHandler.END


def conversation() -> ConversationHandler[Context]:
    text = f.TEXT & ~f.COMMAND
    return ConversationHandler(
        entry_points=[CommandHandler("group", group)],
        states={
            NAME: [MessageHandler(text, name_typed)],
            TEAM: [CallbackQueryHandler(team_chosen, pattern=r"^grn:team:")],
            HELPERS: [CallbackQueryHandler(helper_toggled, pattern=r"^grn:help")],
            SIZE: [
                CallbackQueryHandler(size_given, pattern=r"^grn:size:"),
                MessageHandler(text, size_given),
            ],
            RHYTHM: [MessageHandler(text, rhythm_typed)],
            CONFIRM: [CallbackQueryHandler(create, pattern=r"^grn:ok$")],
        },
        fallbacks=[
            CommandHandler("cancel", stop),
            CallbackQueryHandler(stop, pattern=r"^grn:stop$"),
        ],
        name="group",
        persistent=True,
        allow_reentry=True,
    )
