"""/log (mentors): a follow-up, guided with buttons or written in one sentence.

Guided: who -> kind -> when -> how long -> (partner, for a relay) -> summary, where the
themes are toggled, a note may be typed, and Save stores it: six taps for a typical log.
A sentence ("/log hier 1h30 collectif foot", or typed at the first question) fills what it
can and the same questions ask only for what is missing. Nothing is written to the logs
before Save; the draft lives in user_data (persisted), its note already encrypted, so a
restart continues where the mentor was and the database never holds a note in clear.

This module is the conversation itself (diagram: conversation.mmd): its entry points,
the guard against text meant for a youth, and the states' handlers; the steps live in
draft.py, questions.py, sentence.py, answers.py and save.py.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import person_of
from bot.ids import is_id, parse_id
from bot.notes import NoteUnreadable
from handlers.logs.answers import (
    day_pressed,
    day_typed,
    edit_pressed,
    group_typed,
    kind_pressed,
    minutes_pressed,
    minutes_typed,
    note_typed,
    offline_typed,
    partner_pressed,
    partner_typed,
    theme_pressed,
    who_pressed,
    who_typed,
)
from handlers.logs.draft import (
    DRAFT,
    EDIT,
    GROUP,
    KIND,
    MINUTES,
    OFFLINE,
    PARTNER,
    STALE_AFTER,
    SUMMARY,
    WHEN,
    WHO,
    Draft,
    as_mentor,
    has_who,
)
from handlers.logs.questions import ask_next
from handlers.logs.save import discard, save
from handlers.logs.sentence import from_sentence
from storage.clock import from_text, to_text
from storage.models import LogEntry


async def start_log(update: Update, context: Context) -> int:
    """/log, or /log followed by a sentence."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    sentence = (message.text or "").partition(" ")[2].strip()
    kept = context.user_data.get(DRAFT) or {}
    if not sentence and kept.pop("set_aside", False):
        _ = texts(update, context, me)
        await message.reply_text(_("log-resumed"))
        return await ask_next(update, context, me)
    context.user_data[DRAFT] = {"themes": []}
    if sentence:
        return await from_sentence(update, context, me, sentence)
    return await ask_next(update, context, me)


async def edit_logged(update: Update, context: Context) -> int:
    """hist:edit:<id> from /history: the saved log becomes the draft, at the summary."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    log_id = (query.data or "").rsplit(":", 1)[-1]
    db = context.bot_data.db
    entry = await db.logs.get(int(log_id), me.telegram_id) if is_id(log_id) else None
    if entry is None or not db.logs.editable(entry):
        await edit_message(query, _("log-gone"))
        return ConversationHandler.END
    context.user_data[DRAFT] = _from_entry(entry, context)
    return await ask_next(update, context, me)  # complete: the summary, timed like any step


async def log_for_link(update: Update, context: Context) -> int:
    """log:for:<link> from a silence nudge: a follow-up with that youth, from the next question."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    link_id = parse_id((query.data or "").rsplit(":", 1)[-1])
    link = await context.bot_data.db.links.get(link_id) if link_id is not None else None
    if link is None or not link.active or link.mentor_id != me.telegram_id:
        _ = texts(update, context, me)
        await context.bot.send_message(me.telegram_id, _("silence-link-gone"))
        return ConversationHandler.END
    context.user_data[DRAFT] = {"themes": [], "youth_id": link.youth_id}
    return await ask_next(update, context, me)


def _from_entry(entry: LogEntry, context: Context) -> Draft:
    draft: Draft = {
        "edit_id": entry.id,
        "youth_id": entry.youth_id,
        "offline_id": entry.offline_id,
        "group": entry.group_label,
        "kind": entry.kind,
        "day": entry.day.isoformat(),
        "minutes": entry.minutes,
        "themes": list(entry.themes),
        "partner_id": entry.partner_id,
        "partner_name": None if entry.partner_id else entry.partner_name,
    }
    if entry.note is not None:
        draft["note"] = entry.note.decode("ascii")
        try:
            draft["note_length"] = len(context.bot_data.notes.open(entry.note))
        except NoteUnreadable:  # sealed with a lost key: kept as it is unless deleted
            draft["note_length"] = 0
    # The youth was forgotten: the time stays, the person is gone.
    draft["anonymous"] = not has_who(draft)
    return draft


async def use_buttons(update: Update, context: Context) -> int | None:
    """Text where a button is expected: say so, stay on the question."""
    message = update.effective_message
    if message is not None:
        _ = texts(update, context, await person_of(update, context))
        await message.reply_text(_("log-use-buttons"))
    return None


Handler = Callable[[Update, Context], Coroutine[Any, Any, int | None]]


def _unless_stale(handler: Handler) -> Handler:
    """Text long after the last answer is not taken for the log at once: the mentor may be
    writing to a youth. They resend it for the log, or set the log aside and resend it to
    the youth. Nothing is guessed, nothing sent to the wrong person, the draft is kept."""

    async def checked(update: Update, context: Context) -> int | None:
        draft = context.user_data.get(DRAFT) if context.user_data is not None else None
        touched = draft.get("touched") if draft else None
        now = context.bot_data.clock()
        message = update.effective_message
        if draft and touched and now - from_text(touched) > STALE_AFTER and message:
            draft["touched"] = to_text(now)  # the same text sent again goes to the log
            _ = texts(update, context, await person_of(update, context))
            aside = InlineKeyboardButton(_("log-set-aside"), callback_data="log:aside")
            await message.reply_text(_("log-stale"), reply_markup=InlineKeyboardMarkup([[aside]]))
            return None
        return await handler(update, context)

    return checked


async def set_aside(update: Update, context: Context) -> int:
    """log:aside: leave the conversation, keep the draft for the next /log."""
    query = update.callback_query
    if query is None:
        return ConversationHandler.END
    _ = texts(update, context, await person_of(update, context))
    await answer_press(query)
    draft = context.user_data.get(DRAFT) if context.user_data is not None else None
    if draft:
        draft["set_aside"] = True
    await edit_message(query, _("log-was-set-aside"))
    return ConversationHandler.END


def conversation() -> ConversationHandler[Context]:
    text = f.TEXT & ~f.COMMAND
    return ConversationHandler(
        entry_points=[
            CommandHandler("log", start_log),
            CallbackQueryHandler(edit_logged, pattern=r"^hist:edit:\d+$"),
            CallbackQueryHandler(log_for_link, pattern=r"^log:for:"),
        ],
        states={
            WHO: [
                CallbackQueryHandler(who_pressed, pattern=r"^log:[yog]"),
                MessageHandler(text, _unless_stale(who_typed)),
            ],
            OFFLINE: [MessageHandler(text, _unless_stale(offline_typed))],
            GROUP: [MessageHandler(text, _unless_stale(group_typed))],
            KIND: [
                CallbackQueryHandler(kind_pressed, pattern=r"^log:k:"),
                MessageHandler(text, _unless_stale(use_buttons)),
            ],
            WHEN: [
                CallbackQueryHandler(day_pressed, pattern=r"^log:d:"),
                MessageHandler(text, _unless_stale(day_typed)),
            ],
            MINUTES: [
                CallbackQueryHandler(minutes_pressed, pattern=r"^log:m:"),
                MessageHandler(text, _unless_stale(minutes_typed)),
            ],
            PARTNER: [
                CallbackQueryHandler(partner_pressed, pattern=r"^log:p:"),
                MessageHandler(text, _unless_stale(partner_typed)),
            ],
            SUMMARY: [
                CallbackQueryHandler(theme_pressed, pattern=r"^log:t:"),
                CallbackQueryHandler(save, pattern=r"^log:save$"),
                CallbackQueryHandler(edit_pressed, pattern=r"^log:edit$"),
                MessageHandler(text, _unless_stale(note_typed)),
            ],
            EDIT: [
                CallbackQueryHandler(edit_pressed, pattern=r"^log:e:"),
                MessageHandler(text, _unless_stale(use_buttons)),
            ],
        },
        fallbacks=[
            CommandHandler("cancel", discard),
            CallbackQueryHandler(discard, pattern=r"^log:discard$"),
            CallbackQueryHandler(set_aside, pattern=r"^log:aside$"),
        ],
        name="log",
        persistent=True,
        allow_reentry=True,
    )
