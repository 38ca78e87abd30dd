"""Answering a pressed button, the one place that does it: what a person can do with a
button (tap it twice, press it on a photo, press it long after, on a message that is gone)
is never an error and never ends in "Oups"."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardMarkup
from telegram.constants import MessageLimit
from telegram.error import BadRequest, NetworkError, RetryAfter

logger = logging.getLogger(__name__)


async def answer_press(
    query: CallbackQuery, text: str | None = None, *, show_alert: bool = False
) -> None:
    """Answer the press (stop the button's spinner, maybe with a toast). A press answered
    already (a double tap) or too late (the bot was busy or restarting) has nobody waiting
    for the toast: the work the press asked for still goes on."""
    try:
        await query.answer(text, show_alert=show_alert)
    except BadRequest as error:
        if not _says(error, "query is too old", "query id is invalid"):
            raise
        logger.info("button answered too late")
    except (NetworkError, RetryAfter) as error:  # Telegram failing: the spinner stops alone
        logger.info("button not answered: %s", type(error).__name__)


async def edit_message(
    query: CallbackQuery, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Show `text` (and these buttons) in place of the pressed message: as its caption when it
    is a photo or a document, as a new message when it is gone or can no longer be edited;
    an edit that changes nothing (a double tap) is already done."""
    message = query.message
    if message is None:  # inline mode, which Lien does not use
        return
    bot = query.get_bot()
    chat_id, message_id = message.chat.id, message.message_id
    try:
        await bot.edit_message_text(
            text, chat_id=chat_id, message_id=message_id, reply_markup=reply_markup
        )
        return
    except BadRequest as error:
        if _says(error, "not modified"):
            return
        if not _says(error, "no text in the message"):
            if not _says(error, "not found", "can't be edited"):
                raise
            await bot.send_message(chat_id, text, reply_markup=reply_markup)
            return
    # A photo or a document: its caption carries the text, when it fits.
    try:
        if len(text) <= MessageLimit.CAPTION_LENGTH:
            await bot.edit_message_caption(
                chat_id=chat_id, message_id=message_id, caption=text, reply_markup=reply_markup
            )
            return
        # Too long for a caption: the photo keeps its own, loses the buttons, and the text
        # comes below it.
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id)
    except BadRequest as error:
        if not _says(error, "not modified"):
            raise
        if len(text) <= MessageLimit.CAPTION_LENGTH:
            return
    await bot.send_message(chat_id, text, reply_markup=reply_markup)


def _says(error: BadRequest, *phrases: str) -> bool:
    said = error.message.lower()
    return any(phrase in said for phrase in phrases)
