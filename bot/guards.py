"""Checks that run before any feature (each update once is bot.inbox's work): private
chats only, active people only. And `require`, which every handler calls to check a role in
the database."""

from __future__ import annotations

import logging
from typing import cast

from telegram import CallbackQuery, Update, User
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.buttons import answer_press
from bot.commands import set_person_menu
from bot.context import Context, texts
from bot.i18n import Texts, pick_language
from bot.sending import came_back
from storage.chats import GroupStep
from storage.models import Person, Role

logger = logging.getLogger(__name__)


async def private_chats_only(update: Update, context: Context) -> None:
    """In a group the bot only says to write to it privately, at most once an hour, and
    leaves when it keeps being used there: nothing personal in groups, and no group's traffic
    (Telegram allows 20 messages a minute per group) holds up anyone. The update stops here
    whether or not the answer could be sent."""
    chat = update.effective_chat
    if chat is None or chat.type == chat.PRIVATE:
        return
    message = update.effective_message
    command = message is not None and (message.text or "").startswith("/")
    if not command and update.callback_query is None:
        raise ApplicationHandlerStop  # talk among the group's members: not for the bot
    try:
        step = await context.bot_data.db.group_chats.used(chat.id)
        if step is GroupStep.LEAVE:
            logger.info("left group chat %s: it kept using the bot", chat.id)
            await context.bot.leave_chat(chat.id)
        elif update.callback_query is not None:  # a toast: no message in the group
            await answer_press(
                update.callback_query, texts(update, context)("group-write-privately")
            )
        elif step is GroupStep.ANSWER and message is not None:
            await message.reply_text(texts(update, context)("group-write-privately"))
    except TelegramError as error:
        logger.warning("group chat %s: the answer failed (%s); the update stops", chat.id, error)
    raise ApplicationHandlerStop


# What a deactivated person keeps: ending their link, their data, and its erasure.
RIGHTS_COMMANDS = ("stop", "forget", "mydata")
RIGHTS_BUTTONS = ("stop:", "forget:")


async def active_people_only(update: Update, context: Context) -> None:
    """A deactivated person gets no feature from their next update on, except their rights
    (RIGHTS_COMMANDS and their buttons; the safety net ran before this guard). The update
    stops here whether or not the answer could be sent."""
    person = await person_of(update, context)
    if person is not None and person.blocked:  # they blocked the bot and are back
        await came_back(context.application, person.telegram_id)
    if person is None or person.active or _a_right(update):
        return
    _ = texts(update, context, person)
    try:
        if update.callback_query is not None:
            await answer_press(update.callback_query, _("access-closed"), show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(_("access-closed"))
    except TelegramError as error:
        logger.warning("closed access: the answer failed (%s); the update stops", error)
    raise ApplicationHandlerStop


def _a_right(update: Update) -> bool:
    query = update.callback_query
    if query is not None:
        return (query.data or "").startswith(RIGHTS_BUTTONS)
    text = update.message.text if update.message is not None else None
    command = next(iter((text or "").split(maxsplit=1)), "").split("@")[0]
    return command in tuple(f"/{c}" for c in RIGHTS_COMMANDS)


# Where person_of keeps the sender for the rest of the update (the context is the update's).
_SENDER = "lien_sender"


async def person_of(update: Update, context: Context) -> Person | None:
    """The sender as the database knows them, read once per update: the guards' read serves
    the handler after them, unless someone's row changed since (People.changes); the next
    update reads again, so a role or access changed in between is always seen. People
    listed in LIEN_COPIL_IDS are programme-wide COPIL from their first message on, with the
    COPIL's commands menu."""
    user = update.effective_user
    if user is None:
        return None
    db = context.bot_data.db
    kept = vars(context).get(_SENDER)
    if kept is not None and kept[0] is update and kept[1] == db.people.changes:
        return cast(Person | None, kept[2])
    person = await _read(update, context, user)
    vars(context)[_SENDER] = (update, db.people.changes, person)
    return person


async def _read(update: Update, context: Context, user: User) -> Person | None:
    db = context.bot_data.db
    person = await db.people.get(user.id)
    settings = context.bot_data.settings
    if user.id in settings.copil_ids and (
        person is None or person.role != Role.COPIL or not person.programme_wide
    ):
        language = pick_language(
            person.language if person else None, user.language_code, settings.default_locale
        )
        person = await db.people.add_or_update(
            user.id,
            role=Role.COPIL,
            team_id=person.team_id if person else None,
            programme_wide=True,
            display_name=user.first_name,
            language=language,
        )
        # Nobody else sets this person's menu: no consent step, no invitation.
        await set_person_menu(context.bot, user.id, Role.COPIL, texts(update, context, person))
    return person


async def require(
    update: Update, context: Context, *roles: Role, even_inactive: bool = False
) -> Person | None:
    """The sender if they are active (or `even_inactive`: their rights) and have one of these
    roles; otherwise say so, None."""
    person = await person_of(update, context)
    if person is not None and (person.active or even_inactive) and person.role in roles:
        return person
    _ = texts(update, context, person)
    if update.callback_query is not None:
        await answer_press(update.callback_query, _("not-allowed"), show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(_("not-allowed"))
    return None


async def pressed(
    update: Update, context: Context, *roles: Role, even_inactive: bool = False
) -> tuple[CallbackQuery, Person, Texts] | None:
    """A button's opening: the press, its sender as the database knows them with one of these
    roles (else told, as by `require`), and their texts; None when it is not for them."""
    query = update.callback_query
    me = await require(update, context, *roles, even_inactive=even_inactive)
    if query is None or me is None:
        return None
    return query, me, texts(update, context, me)
