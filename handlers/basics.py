"""/help, /language, /cancel outside a conversation, and hints for anything not understood."""

from __future__ import annotations

from collections.abc import Callable

from telegram import CallbackQuery, Message, Update
from telegram.ext import ConversationHandler

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import person_of
from bot.i18n import Texts
from handlers.start import language_buttons


async def help_command(update: Update, context: Context) -> None:
    """What this person can do, for their role."""
    message = update.effective_message
    if message is None:
        return
    person = await person_of(update, context)
    _ = texts(update, context, person)
    await message.reply_text(_(f"help-{person.role}" if person else "help-stranger"))


async def language(update: Update, context: Context) -> None:
    """Offer the languages; the choice is handled by handlers.start.choose_language."""
    message = update.effective_message
    if message is None:
        return
    _ = texts(update, context, await person_of(update, context))
    await message.reply_text(_("choose-language"), reply_markup=language_buttons(_.i18n))


async def cancel(update: Update, context: Context) -> None:
    """/cancel when no conversation is open."""
    message = update.effective_message
    if message is None:
        return
    _ = texts(update, context, await person_of(update, context))
    await message.reply_text(_("nothing-to-cancel"))


def _cancelled(_: Texts) -> str:
    return _("cancelled")


async def end_conversation(
    update: Update, context: Context, *drafts: str, said: Callable[[Texts], str] = _cancelled
) -> int:
    """/cancel or a stop button inside a conversation: forget its drafts, send nothing, and
    say so where the person is: on the pressed button's message, or below /cancel. `said`
    takes the texts so that the key stays a literal `_("…")` the locale tests can see."""
    if context.user_data is not None:
        for key in drafts:
            context.user_data.pop(key, None)
    _ = texts(update, context, await person_of(update, context))
    query = update.callback_query
    if query is not None:
        await answer_press(query)
        await edit_message(query, said(_))
    elif update.effective_message is not None:
        await update.effective_message.reply_text(said(_))
    return ConversationHandler.END


async def unknown_command(update: Update, context: Context) -> None:
    """A command Lien does not know (or not for this role)."""
    message = update.effective_message
    if message is None:
        return
    _ = texts(update, context, await person_of(update, context))
    await message.reply_text(_("unknown-command"))


async def stray_text(update: Update, context: Context) -> None:
    """Text outside any conversation: a short hint rather than silence."""
    message = update.effective_message
    if message is None:
        return
    person = await person_of(update, context)
    _ = texts(update, context, person)
    await message.reply_text(_("stray-text" if person else "stray-text-stranger"))


async def stale_button(update: Update, context: Context) -> None:
    """A button from an old message or forged data: answer so the phone stops spinning."""
    query = update.callback_query
    if query is None:
        return
    _ = texts(update, context, await person_of(update, context))
    await answer_press(query, _("button-unknown"), show_alert=True)


ANSWER_MARK = "👉"


async def show_answer(query: CallbackQuery, said: str, _: Texts) -> None:
    """Write the person's answer under the invitation or reminder they answered, in place of
    the answer shown before; its buttons stay, so the answer can be changed."""
    message = query.message
    if not isinstance(message, Message):
        return  # too old to be read back: the toast said it
    shown = message.text_html if message.text else (message.caption_html if message.caption else "")
    paragraphs = shown.split("\n\n")
    if paragraphs[-1].startswith(ANSWER_MARK):
        paragraphs.pop()
    line = f"{ANSWER_MARK} {said} {_('answer-can-change')}"
    await edit_message(query, "\n\n".join([*paragraphs, line]), message.reply_markup)
