"""Reminders the day before and two hours before, to those who said Yes or Maybe; planned
in the database, so they come back after a restart."""

from __future__ import annotations

from telegram.ext import Application

from bot import sending
from bot.context import BotData, Context
from bot.jobs import cancel as cancel_job
from bot.jobs import run_at
from storage.events import Event


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
    """At start-up: every pending reminder gets its job back (events and sessions alike
    share the table; sessions' reminders are restored by handlers.groups)."""
    data: BotData = app.bot_data
    for reminder in await data.db.reminders.pending():
        if reminder.subject == "event":
            run_at(
                app,
                f"reminder:event:{reminder.subject_id}:{reminder.kind}",
                reminder.due_at,
                reminder_job,
                (reminder.subject_id, reminder.kind),
            )
