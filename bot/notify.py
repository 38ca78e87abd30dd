"""Writing to someone other than the sender: in their language, and without failing the
whole update when they blocked the bot (Telegram answers 403: note it and move on)."""

from __future__ import annotations

import html
import logging
from typing import Any

from telegram import Message
from telegram.error import BadRequest, Forbidden

from bot.context import Context, familiar
from bot.i18n import Texts
from storage.database import Database
from storage.models import Person, Role

logger = logging.getLogger(__name__)


def texts_for(context: Context, person: Person) -> Texts:
    """The texts in another person's saved language."""
    data = context.bot_data
    return Texts(data.i18n, person.language, data.settings.zone, familiar(person))


async def send(context: Context, chat_id: int, text: str, **kwargs: Any) -> Message | None:
    """Send a message; None when the person blocked the bot or the chat is gone."""
    try:
        return await context.bot.send_message(chat_id, text, **kwargs)
    except (Forbidden, BadRequest) as error:
        logger.warning("could not write to a chat: %s", type(error).__name__)
        return None


async def edit(context: Context, chat_id: int, message_id: int | None, text: str) -> None:
    """Replace a notice's text and drop its buttons; a vanished message is not an error."""
    if message_id is None:
        return
    try:
        await context.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id)
    except (Forbidden, BadRequest) as error:
        logger.info("could not edit a notice: %s", type(error).__name__)


async def sent_by(db: Database, _: Texts, reader: Person | None, team_id: int | None) -> str:
    """Who a broadcast, an invitation or a reminder comes from, on its first line, so nobody
    mistakes it for a youth's message: youths and peer helpers read "l'équipe", the others
    "le COPIL" (a youth never sees the word COPIL)."""
    team = await db.teams.get(team_id) if team_id is not None else None
    where = html.escape(team.name) if team else _("whole-programme")
    familiar_reader = reader is None or reader.role in (Role.YOUTH, Role.PEER_HELPER)
    return _("sent-by-team" if familiar_reader else "sent-by-copil", team=where)


async def copil_of(
    context: Context, team_id: int | None, *, everyone: bool = False
) -> list[Person]:
    """Who to alert for a team: its active COPIL members and the programme-wide ones,
    including those listed in LIEN_COPIL_IDS who have not written to the bot yet.
    `everyone`: every COPIL member of the programme, whatever their team."""
    settings = context.bot_data.settings
    people = context.bot_data.db.people
    members = await (people.copil_everyone() if everyone else people.copil_of(team_id))
    known = {m.telegram_id for m in members}
    for copil_id in sorted(settings.copil_ids - known):
        if await context.bot_data.db.people.get(copil_id) is None:
            members.append(
                Person(copil_id, Role.COPIL, None, True, "", settings.default_locale, True)
            )
    return members
