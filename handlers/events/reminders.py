"""Reminders the day before and two hours before, to those who said Yes or Maybe; planned
in the database, so they come back after a restart."""

from __future__ import annotations

import logging

from telegram.error import TelegramError
from telegram.ext import Application

from bot import sending
from bot.context import BotData, Context
from bot.i18n import Texts
from bot.jobs import cancel as cancel_job
from bot.jobs import horizon, run_at, scheduled
from handlers.events.common import upload_calendar
from storage.events import Event

logger = logging.getLogger(__name__)


async def plan_reminders(app: Application, found: Event) -> None:  # type: ignore[type-arg]
    """(Re)plan the day-before and two-hours-before reminders and their jobs."""
    data: BotData = app.bot_data
    for kind in ("day", "2h"):
        cancel_job(app, f"reminder:event:{found.id}:{kind}")
    for reminder in await data.db.reminders.plan("event", found.id, found.starts_at):
        run_at(
            app,
            f"reminder:event:{found.id}:{reminder.kind}",
            reminder.due_at,
            reminder_job,
            (found.id, reminder.kind),
        )


async def reminder_job(context: Context) -> None:
    """Remind Yes and Maybe. Late (the bot was down) is fine until the event starts; after,
    the reminder is skipped."""
    job = context.job
    if job is None or not isinstance(job.data, tuple | list):
        return
    event_id, kind = job.data
    db = context.bot_data.db
    reminder = await db.reminders.get("event", event_id, kind)
    found = await db.events.get(event_id)
    if reminder is None:
        return
    if found is None or found.status != "open" or context.bot_data.clock() >= found.starts_at:
        await db.reminders.close(reminder.id, "skipped")
        return
    if not await db.reminders.close(reminder.id, "sent"):
        return
    coming = await db.events.coming(event_id)
    if not coming:
        return
    await db.broadcasts.create(
        author_id=found.author_id,
        team_id=found.team_id,
        audience=found.audience,
        purpose="reminder",
        event_id=found.id,
        text=kind,
        recipients=coming,
    )
    await sending.drain(context.application)


async def restore(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up and each hour: pending event reminders falling due within the window get
    their jobs (sessions' reminders are handlers.groups'), and a queued invitation without
    its calendar file gets it."""
    data: BotData = app.bot_data
    for reminder in await data.db.reminders.due_before("event", horizon(app)):
        name = f"reminder:event:{reminder.subject_id}:{reminder.kind}"
        if not scheduled(app, name):
            run_at(app, name, reminder.due_at, reminder_job, (reminder.subject_id, reminder.kind))
    await _calendars_for_queued_invitations(app)


async def _calendars_for_queued_invitations(app: Application) -> None:  # type: ignore[type-arg]
    """An invitation queued before the bot was up (the demo's) has no calendar file yet:
    upload it to the author, as /event does, before the outbox sends the invitation."""
    data: BotData = app.bot_data
    for waiting in await data.db.broadcasts.without_document("invitation"):
        found = await data.db.events.get(waiting.event_id or 0)
        author = await data.db.people.get(waiting.author_id)
        if found is None or author is None:
            continue
        _ = Texts(data.i18n, author.language, data.settings.zone)
        try:
            file_id = await upload_calendar(app.bot, author, found, _)
        except TelegramError as error:  # the invitation still goes, without its file
            logger.warning("event %s: calendar file not uploaded: %s", found.id, error)
            continue
        await data.db.broadcasts.set_document(waiting.id, file_id)
