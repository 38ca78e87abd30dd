"""Conversations that wait for typed text do not wait forever.

A question left open (a search prompt, a team name, a broadcast's text) would otherwise take
the next message, hours later, that was meant for a youth, a mentor or a resource person.
PTB's `conversation_timeout` needs a running job queue and forgets its timers at a restart,
while our conversations are persistent; so, like /log's staleness check, each conversation's
last step time is kept in user_data. Typed text that comes more than TIMEOUT after it ends the
conversation: the sender is told, and the text goes where plain text goes (the relay).
Buttons and commands still work as before: they are explicit."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, ConversationHandler

from bot.context import Context, texts
from bot.guards import person_of
from handlers import relay
from storage.clock import from_text, to_text

TIMEOUT = timedelta(hours=1)
KEY = "conversation_touched"  # conversation name -> time of its last step

Callback = Callable[[Update, Context], Coroutine[Any, Any, object]]


def expiring(
    conversation: ConversationHandler[Context], after: timedelta = TIMEOUT
) -> ConversationHandler[Context]:
    """Wrap every handler of the conversation (once each, some are shared between states)."""
    name = conversation.name or "?"
    wrapped: set[int] = set()
    handlers = [*conversation.entry_points, *conversation.fallbacks]
    for state in conversation.states.values():
        handlers.extend(state)
    for handler in handlers:
        if id(handler) not in wrapped:
            wrapped.add(id(handler))
            _wrap(handler, name, after)
    return conversation


def _wrap(handler: BaseHandler[Any, Context, Any], name: str, after: timedelta) -> None:
    callback: Callback = handler.callback

    async def timed(update: Update, context: Context) -> object:
        touched: dict[str, str] | None = None
        if context.user_data is not None:
            touched = context.user_data.setdefault(KEY, {})
        now = context.bot_data.clock()
        last = touched.get(name) if touched is not None else None
        message = update.message
        typed = message is not None and not (message.text or "").startswith("/")
        if typed and last and now - from_text(last) > after and touched is not None:
            touched.pop(name, None)
            assert message is not None
            _ = texts(update, context, await person_of(update, context))
            await message.reply_text(_("conversation-expired"))
            await relay.relay(update, context)
            return ConversationHandler.END
        state = await callback(update, context)
        if touched is not None:
            if state == ConversationHandler.END:
                touched.pop(name, None)
            else:
                touched[name] = to_text(now)
        return state

    handler.callback = timed
