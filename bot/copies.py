"""Every copy of a decision is updated when someone decides: the messages that offered the
same choice to several people are recorded as they are sent (storage.copies), and edited,
each in its reader's language, once one of them decides."""

from __future__ import annotations

from collections.abc import Callable

from telegram import Message

from bot.context import Context
from bot.i18n import Texts
from bot.notify import edit, texts_for


async def offered(context: Context, subject: str, about: int | None, sent: Message | None) -> None:
    """Keep a message that offers this decision (None: it could not be sent)."""
    if sent is not None:
        await context.bot_data.db.copies.record(subject, about, sent.chat_id, sent.message_id)


async def decided(
    context: Context,
    subject: str,
    outcome: Callable[[Texts], str],
    *,
    pressed: Message | None = None,
) -> None:
    """Edit every other copy to say what happened (the pressed one is answered by its
    handler); their buttons go, so nobody decides twice."""
    db = context.bot_data.db
    for copy in await db.copies.take(subject):
        if pressed is not None and (copy.chat_id, copy.message_id) == (
            pressed.chat_id,
            pressed.message_id,
        ):
            continue
        reader = await db.people.get(copy.chat_id)
        if reader is not None:
            await edit(context, copy.chat_id, copy.message_id, outcome(texts_for(context, reader)))
