"""One error handler: log with the traceback but never the token or message text, and
tell the person, in their language, that something went wrong and nothing was lost.
"Oups" is for real bugs only: what a person can do with a button (tap twice, tap late)
is handled where it happens (bot/buttons.py), and never answered with "Oups" here."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest

from bot.context import Context, texts

logger = logging.getLogger("lien.errors")

# Telegram's answers to a second or late tap, when a handler did not use bot/buttons.py.
TAPS = ("message is not modified", "query is too old")


async def on_error(update: object, context: Context) -> None:
    """Log the failure by update id and kind only; reassure the person."""
    if isinstance(update, Update):
        kind = next(
            (
                k
                for k in ("message", "callback_query", "edited_message")
                if getattr(update, k, None) is not None
            ),
            "other",
        )
        logger.error("update %s (%s) failed", update.update_id, kind, exc_info=context.error)
        error = context.error
        if isinstance(error, BadRequest) and any(t in error.message.lower() for t in TAPS):
            return  # the person's screen already shows what they asked for
        chat = update.effective_chat
        if _crisis(update, context):
            # The safety net answered it through the outbox (numbers, retried until they
            # arrive): an "Oups" after them would tell someone in crisis to try again.
            return
        if chat is not None and chat.type == chat.PRIVATE:
            try:
                _ = texts(update, context)
                await context.bot.send_message(chat.id, _("error-nothing-lost"))
            except Exception:  # the reassurance itself failed: the log above has it
                logger.warning("could not tell chat about the error")
    else:
        logger.error("background job failed", exc_info=context.error)


def _crisis(update: Update, context: Context) -> bool:
    message = update.message
    text = (message.text or message.caption) if message is not None else None
    return bool(text) and context.bot_data.safety.check(text or "") is not None
