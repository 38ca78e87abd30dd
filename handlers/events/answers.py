"""An invited person answers Yes / Maybe / No, until the event starts, and reads their
answer on the invitation (or reminder), where they can change it; when a place frees up,
the first one waiting is told."""

from __future__ import annotations

from telegram import Update

from bot.buttons import answer_press
from bot.context import Context, texts
from bot.guards import person_of
from bot.i18n import Texts
from bot.ids import is_id
from bot.sending import queued, ready
from handlers.basics import show_answer
from handlers.events.common import describe, familiar_form, person_texts
from storage.clock import to_text
from storage.events import ANSWERS, Event
from storage.models import Person


async def answer_button(update: Update, context: Context) -> None:
    """ev:<yes|maybe|no>:<event> — only someone invited may answer, before it starts."""
    query = update.callback_query
    me = await person_of(update, context)
    if query is None:
        return
    _ = texts(update, context, me)
    _prefix, answer, raw = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    found = await db.events.get(int(raw)) if is_id(raw) else None
    if (
        me is None
        or not me.active
        or found is None
        or answer not in ANSWERS
        or not await db.events.invited(found.id, me.telegram_id)
    ):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if found.status != "open" or context.bot_data.clock() >= found.starts_at:
        await answer_press(query, _("event-closed"), show_alert=True)
        return
    # The one moved up from the waiting list is told through the outbox, in the answer's
    # transaction: their place is never given without them hearing of it.
    async with queued(context) as q:
        recorded, moved = await db.events.answer(found, me.telegram_id, answer)
        if moved is not None:
            person, their = await person_texts(context.bot_data, moved)
            now = to_text(context.bot_data.clock())
            told = f"event:{found.id}:moved:{moved}:{now}"
            text = _moved_up_text(found, person, their)
            await q.add([ready(moved, text, key=told, until=found.starts_at)])
    familiar = familiar_form(me)
    said = _(f"event-answered-{recorded}", tu=familiar)
    await answer_press(query, said, show_alert=recorded == "waiting")
    await show_answer(query, said, _)


def _moved_up_text(event: Event, person: Person | None, _: Texts) -> str:
    return _("event-moved-up", tu=familiar_form(person)) + "\n\n" + describe(event, person, _)
