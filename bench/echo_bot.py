"""A bare python-telegram-bot echo bot: the baseline bench/updates.py compares Lien with.

It makes the same Bot API calls per update as Lien does in the benchmark: one sendMessage per
message, answerCallbackQuery + editMessageText per button press."""

from __future__ import annotations

import logging
import sys

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("fr", callback_data="lang:fr")]])
    await update.effective_message.reply_text(
        update.effective_message.text or "?", reply_markup=markup
    )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await query.edit_message_text(f"pressed {query.data}")


def main() -> None:
    api_url, token = sys.argv[1], sys.argv[2]
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = Application.builder().token(token).base_url(api_url).build()
    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    app.run_polling()


if __name__ == "__main__":
    main()
