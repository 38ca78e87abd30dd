"""Sessions through time: the outbox's wording of session messages, sessions topped up
from a rhythm once a day, and the reminders (the day before with Yes / No, two hours
before to members who did not say no)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.ext import Application

from bot import sending
from bot.context import BotData, Context
from bot.i18n import Texts
from bot.jobs import horizon, run_at, scheduled
from bot.notify import sent_by
from bot.rhythm import repeats, sessions_for
from handlers.groups.common import session_line
from storage.broadcasts import Broadcast


def install(app: Application) -> None:  # type: ignore[type-arg]
    """How the outbox words session messages for each recipient."""
    data: BotData = app.bot_data

    async def render(broadcast: Broadcast, chat_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
        person = await data.db.people.get(chat_id)
        _ = Texts(data.i18n, person.language if person else "fr", data.settings.zone)
        session = await data.db.groups.session(broadcast.session_id or 0)
        group = await data.db.groups.get(session.group_id) if session else None
        if session is None or group is None:
            return _("event-gone"), None
        head = _(f"group-message-{broadcast.text}", group=html.escape(group.name))
        sender = await sent_by(data.db, _, person, group.team_id)
        body = f"{sender}\n{head}\n{session_line(session, _)}"
        if broadcast.text == "day":
            buttons = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(_("group-yes"), callback_data=f"ses:yes:{session.id}"),
                        InlineKeyboardButton(_("group-no"), callback_data=f"ses:no:{session.id}"),
                    ]
                ]
            )
            return body, buttons
        return body, None

    data.outbox.renderers["session"] = render


EXTEND_SECONDS = 24 * 3600  # once a day, the rhythm gives the sessions of the next months


def start(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up: sessions ahead are topped up once a day (and their reminders planned)."""
    if app.job_queue is not None:
        app.job_queue.run_repeating(extend_job, EXTEND_SECONDS, first=60, name="groups:extend")


async def extend_job(context: Context) -> None:
    """Keep about three months of sessions ahead of every group with a rhythm."""
    data = context.bot_data
    now = data.clock().astimezone(data.settings.zone)
    planned = {
        found.id: sessions_for(found.rhythm, now) or []
        for found in await data.db.groups.all_active()
        if repeats(found.rhythm)  # a list of dates was planned in full at creation
    }
    await data.db.groups.add_sessions(planned)
    await plan_all(context.application)


async def plan_all(app: Application) -> None:  # type: ignore[type-arg]
    """Plan the reminders of new sessions ahead (one statement), then give a job to each
    pending one that falls due within the window and has none yet."""
    data: BotData = app.bot_data
    new = await data.db.groups.sessions_without_reminders()
    if new:
        await data.db.reminders.plan_many("session", [(s.id, s.starts_at) for s in new])
    for reminder in await data.db.reminders.due_before("session", horizon(app)):
        name = f"reminder:session:{reminder.subject_id}:{reminder.kind}"
        if not scheduled(app, name):
            run_at(app, name, reminder.due_at, reminder_job, (reminder.subject_id, reminder.kind))


async def reminder_job(context: Context) -> None:
    """The day before (with Yes / No) to every member; two hours before to members who did
    not say no. Late is fine until the session starts; after, it is skipped."""
    job = context.job
    if job is None or not isinstance(job.data, tuple | list):
        return
    session_id, kind = job.data
    db = context.bot_data.db
    reminder = await db.reminders.get("session", session_id, kind)
    session = await db.groups.session(session_id)
    if reminder is None:
        return
    found = await db.groups.get(session.group_id) if session else None
    now = context.bot_data.clock()
    if session is None or found is None or session.status != "planned" or now >= session.starts_at:
        await db.reminders.close(reminder.id, "skipped")
        return
    if not await db.reminders.close(reminder.id, "sent"):
        return
    members = [m.person_id for m in await db.groups.members(found.id) if m.status == "member"]
    if kind == "2h":
        said_no = {p for p, a in (await db.groups.answers(session.id)).items() if a == "no"}
        members = [m for m in members if m not in said_no]
    if members:
        await db.broadcasts.create(
            author_id=found.created_by,
            team_id=found.team_id,
            audience="group",
            purpose="session",
            session_id=session.id,
            text=kind,
            recipients=members,
        )
        await sending.drain(context.application)
