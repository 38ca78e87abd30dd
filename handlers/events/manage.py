"""/events (COPIL): the coming and recent events of their teams, each with its answers and
attendance; moving one (a small conversation, manage.mmd) or cancelling it tells everyone
who answered."""

from __future__ import annotations

import html
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot import sending
from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.jobs import cancel as cancel_job
from handlers.events.common import (
    MOVE_KEY,
    describe,
    may_manage,
    parse_when,
    stop,
    texts_for,
    upload_calendar,
)
from handlers.events.reminders import plan_reminders
from storage.events import Event
from storage.models import Person, Role

MOVING = 20


async def events(update: Update, context: Context) -> None:
    """The coming and recent events of this member's teams, each with its answers."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    teams = None if me.programme_wide else [me.team_id] if me.team_id is not None else []
    since = context.bot_data.clock() - timedelta(days=7)
    found = await context.bot_data.db.events.of_teams(teams, since)
    if not found:
        await message.reply_text(_("events-none"))
        return
    rows = [
        [
            InlineKeyboardButton(
                _("events-open", title=e.title[:30], when=_.when(e.starts_at, "short-moment")),
                callback_data=f"evm:show:{e.id}",
            )
        ]
        for e in found
    ]
    await message.reply_text(_("events-title"), reply_markup=InlineKeyboardMarkup(rows))


async def _answers_screen(
    context: Context, found: Event, me: Person, _: Texts
) -> tuple[str, InlineKeyboardMarkup]:
    answers = await context.bot_data.db.events.answers(found.id)
    lines = [describe(found, me, _)]
    if found.status == "cancelled":
        lines.append(_("events-cancelled-mark"))
    for kind in ("yes", "waiting", "maybe", "no"):
        names = [html.escape(a.name) for a in answers if a.answer == kind]
        lines.append(_(f"events-answers-{kind}", count=len(names), names=", ".join(names) or "—"))
    came = [html.escape(a.name) for a in answers if a.attended]
    if came:
        lines.append(_("events-came", count=len(came), names=", ".join(came)))
    rows = [[InlineKeyboardButton(_("events-attendance"), callback_data=f"evm:att:{found.id}")]]
    if found.status == "open":
        rows.append(
            [
                InlineKeyboardButton(_("events-move"), callback_data=f"evm:move:{found.id}"),
                InlineKeyboardButton(_("events-cancel"), callback_data=f"evm:cancel:{found.id}"),
            ]
        )
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def manage_button(update: Update, context: Context) -> None:
    """evm:show|att|mark|cancel|cancelok:<event>[:<person>] — re-checked each time."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    action = parts[1] if len(parts) > 2 else ""
    raw = parts[2] if len(parts) > 2 else ""
    db = context.bot_data.db
    found = await db.events.get(int(raw)) if is_id(raw) else None
    if found is None or not may_manage(me, found):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if action == "show":
        await answer_press(query)
        text, markup = await _answers_screen(context, found, me, _)
        await edit_message(query, text, reply_markup=markup)
    elif action in ("att", "mark"):
        marking = action == "mark" and len(parts) == 4 and is_id(parts[3])
        if marking and await db.events.mark_attended(found.id, int(parts[3])) is None:
            await answer_press(query, _("not-allowed"), show_alert=True)
            return
        await answer_press(query)
        await edit_message(
            query,
            _("events-attendance-title", title=html.escape(found.title)),
            reply_markup=await _attendance_buttons(context, found),
        )
    elif action == "cancel" and found.status == "open":
        await answer_press(query)
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _("events-cancel-yes"), callback_data=f"evm:cancelok:{found.id}"
                    )
                ],
                [InlineKeyboardButton(_("button-back"), callback_data=f"evm:show:{found.id}")],
            ]
        )
        await edit_message(
            query, _("events-cancel-confirm", title=html.escape(found.title)), reply_markup=buttons
        )
    elif action == "cancelok" and await db.events.cancel(found.id):
        await answer_press(query)
        for kind in ("day", "2h"):
            cancel_job(context.application, f"reminder:event:{found.id}:{kind}")
        await _tell_answered(context, found, me, "cancelled")
        await edit_message(query, _("events-cancelled", title=html.escape(found.title)))
    else:
        await answer_press(query, _("button-unknown"), show_alert=True)


async def _attendance_buttons(context: Context, found: Event) -> InlineKeyboardMarkup:
    answers = await context.bot_data.db.events.answers(found.id)
    rows = [
        [
            InlineKeyboardButton(
                f"{'✅' if a.attended else '⬜'} {a.name}",
                callback_data=f"evm:mark:{found.id}:{a.person_id}",
            )
        ]
        for a in answers
        if a.answer in ("yes", "maybe", "waiting")
    ]
    rows.append([InlineKeyboardButton("◀", callback_data=f"evm:show:{found.id}")])
    return InlineKeyboardMarkup(rows)


async def _tell_answered(context: Context, found: Event, me: Person, what: str) -> None:
    """Everyone who answered hears about a move or a cancellation (through the outbox)."""
    db = context.bot_data.db
    answered = await db.events.answered(found.id)
    if not answered:
        return
    current = await db.events.get(found.id) or found
    _ = texts_for(context, me)
    file_id = None
    if what == "moved":
        file_id = await upload_calendar(context.bot, me, current, _, sequence=1)
    await db.broadcasts.create(
        author_id=me.telegram_id,
        team_id=found.team_id,
        audience=found.audience,
        purpose="change",
        event_id=found.id,
        text=what,
        document_file_id=file_id,
        recipients=answered,
    )
    sending.kick(context.application)


async def move_start(update: Update, context: Context) -> int:
    """evm:move:<event> — ask for the new date."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    raw = (query.data or "").removeprefix("evm:move:")
    found = await context.bot_data.db.events.get(int(raw)) if is_id(raw) else None
    if found is None or not may_manage(me, found) or found.status != "open":
        await answer_press(query, _("not-allowed"), show_alert=True)
        return ConversationHandler.END
    context.user_data[MOVE_KEY] = found.id
    await answer_press(query)
    await edit_message(query, _("events-move-ask", title=html.escape(found.title)))
    return MOVING


async def move_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    event_id = context.user_data.get(MOVE_KEY)
    db = context.bot_data.db
    found = await db.events.get(event_id) if isinstance(event_id, int) else None
    if found is None or not may_manage(me, found) or found.status != "open":
        await message.reply_text(_("not-allowed"))
        return ConversationHandler.END
    at = await parse_when(message.text or "", context, _)
    if isinstance(at, str):
        await message.reply_text(at)
        return MOVING
    await db.events.move(found.id, at)
    context.user_data.pop(MOVE_KEY, None)
    moved = await db.events.get(found.id)
    assert moved is not None
    await plan_reminders(context.application, moved)
    when = _.when(at, now=context.bot_data.clock())
    await message.reply_text(_("events-moved", title=html.escape(found.title), when=when))
    await _tell_answered(context, moved, me, "moved")
    return ConversationHandler.END


def move_conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CallbackQueryHandler(move_start, pattern=r"^evm:move:")],
        states={MOVING: [MessageHandler(f.TEXT & ~f.COMMAND, move_typed)]},
        fallbacks=[CommandHandler("cancel", stop)],
        name="event_move",
        persistent=True,
        allow_reentry=True,
    )
