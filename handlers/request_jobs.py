"""Nobody is left in silence: a repeating job reminds the mentors of a request nobody
answered (LIEN_REQUEST_REMIND_HOURS) and later alerts the team's COPIL
(LIEN_REQUEST_ESCALATE_HOURS), telling the youth that the team is on it.

The database marks each request as reminded or escalated in the same statement that finds
it, and the messages are outbox rows written in the same transaction: the job may run
often, twice, or after a restart without repeating itself, and a Telegram error delays a
message without losing it."""

from __future__ import annotations

import html
from datetime import timedelta

from bot.context import Context
from bot.notify import copil_of
from bot.sending import Queued, fluent, queued
from handlers.silence import offer_pause
from storage.requests import Request

INTERVAL = timedelta(minutes=10)


async def check_requests(context: Context) -> None:
    """The job: remind, then escalate, what is due now (the clock is the injected one)."""
    settings = context.bot_data.settings
    db = context.bot_data.db
    async with queued(context) as q:
        for request in await db.requests.due_for_reminder(
            timedelta(hours=settings.request_remind_hours)
        ):
            await _remind(context, q, request)
        for request in await db.requests.due_for_escalation(
            timedelta(hours=settings.request_escalate_hours)
        ):
            await escalate(context, q, request, reason="unanswered")


async def _remind(context: Context, q: Queued, request: Request) -> None:
    db = context.bot_data.db
    escalate_hours = context.bot_data.settings.request_escalate_hours
    notices = []
    for notice in await db.requests.notices(request.id):
        mentor = await db.people.get(notice.mentor_id)
        if notice.declined or mentor is None or not mentor.active:
            continue
        notices.append(
            fluent(
                notice.chat_id,
                "request-reminder",
                key=f"req:{request.id}:remind:{notice.mentor_id}",
                reply_to=notice.message_id,
                # Its "can you accept?" is a copy of the decision too: it says who took it.
                copy_of=(f"request:{request.id}", request.youth_id),
                about=request.youth_id,
                until=request.created_at + timedelta(hours=escalate_hours),
                name=html.escape(request.first_name),
            )
        )
    await q.add(notices)


async def escalate(context: Context, q: Queued, request: Request, *, reason: str) -> None:
    """Alert the team's COPIL (with /assign) and tell the youth the team is on it: outbox
    rows, written in the transaction that marks the request escalated."""
    db = context.bot_data.db
    team = await db.teams.get(request.team_id) if request.team_id else None
    notices = [
        fluent(
            member.telegram_id,
            f"escalation-{reason}",
            key=f"req:{request.id}:escalation:{member.telegram_id}",
            copy_of=(f"request:{request.id}", request.youth_id),  # edited once decided
            about=request.youth_id,
            name=html.escape(request.first_name),
            team=html.escape(team.name if team else "—"),
            hours=context.bot_data.settings.request_escalate_hours,
        )
        for member in await copil_of(context, request.team_id)
    ]
    notices.append(
        fluent(request.youth_id, "request-team-on-it", key=f"req:{request.id}:escalation:youth")
    )
    await q.add(notices)
    # Every mentor it was sent to let it pass (or declined): perhaps time for a pause.
    await offer_pause(context, [n.mentor_id for n in await db.requests.notices(request.id)])
