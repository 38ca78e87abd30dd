"""The typed context every handler receives: settings, database, translations, clock."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import CallbackContext, ExtBot

from bot.i18n import I18n, Texts, pick_language
from bot.inbox import InboxQueue
from bot.notes import Notes, load_key
from bot.outbox import Sender
from bot.reports import Reports
from bot.safety import SafetyNet
from bot.settings import Settings
from storage.clock import Clock
from storage.database import Database
from storage.models import Person, Role


class BotData:
    """Shared state. build_application sets settings, i18n and clock; the database is
    opened by whichever comes first of persistence loading and post_init."""

    settings: Settings
    i18n: I18n
    clock: Clock
    db: Database
    notes: Notes
    safety: SafetyNet
    inbox: InboxQueue  # the Application's update_queue: updates kept before processing
    outbox: Sender  # bulk sending (broadcasts), paced by itself
    bulk_bot: ExtBot[None]  # the outbox's Bot: no AIORateLimiter in the way
    reports: Reports  # /stats, the COPIL's /hours: one at a time, in a child process

    async def open_database(self) -> Database:
        if not hasattr(self, "db"):
            # The notes key is read (or created) with the database it belongs beside.
            self.notes = Notes(load_key(self.settings))
            self.db = await Database.open(self.settings.database_target, self.clock)
            self.reports = Reports(
                self.settings.database_target,
                self.db.reader,
                timeout=self.settings.report_timeout,
                child=self.settings.report_process,
                idle=self.settings.report_idle_seconds,
            )
        return self.db


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]


def texts(
    update: Update, context: Context, person: Person | None = None, chosen: str | None = None
) -> Texts:
    """The texts in this person's language (chosen now, saved, Telegram's, then the default)."""
    data = context.bot_data
    user = update.effective_user
    saved = chosen or (person.language if person else None)
    language = pick_language(
        saved, user.language_code if user else None, data.settings.default_locale
    )
    return Texts(data.i18n, language, data.settings.zone, familiar(person))


def familiar(person: Person | None) -> bool:
    """« tu » for youths, peer helpers and strangers; « vous » for mentors and the COPIL."""
    return person is None or person.role in (Role.YOUTH, Role.PEER_HELPER)
