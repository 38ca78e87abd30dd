"""Nobody is left in silence: a repeating job reminds the mentors of a request nobody
answered (LIEN_REQUEST_REMIND_HOURS) and later alerts the team's COPIL
(LIEN_REQUEST_ESCALATE_HOURS), telling the youth that the team is on it.

The database marks each request as reminded or escalated in the same statement that finds
it, so the job may run often, twice, or after a restart without repeating itself."""

from __future__ import annotations

import html
from datetime import timedelta

from bot.context import Context
from bot.copies import offered
from bot.notify import copil_of, send, texts_for
from storage.requests import Request

INTERVAL = timedelta(minutes=10)


async def check_requests(context: Context) -> None:
    """The job: remind, then escalate, what is due now (the clock is the injected one)."""
    settings = context.bot_data.settings
    db = context.bot_data.db
    for request in await db.requests.due_for_reminder(
        timedelta(hours=settings.request_remind_hours)
    ):
        await _remind(context, request)
    for request in await db.requests.due_for_escalation(
        timedelta(hours=settings.request_escalate_hours)
    ):
        await escalate(context, request, reason="unanswered")


async def _remind(context: Context, request: Request) -> None:
    db = context.bot_data.db
    for notice in await db.requests.notices(request.id):
        mentor = await db.people.get(notice.mentor_id)
        if notice.declined or mentor is None or not mentor.active:
            continue
        _ = texts_for(context, mentor)
        reply = {"reply_to_message_id": notice.message_id} if notice.message_id else {}
        sent = await send(
            context,
            notice.chat_id,
            _("request-reminder", name=html.escape(request.first_name)),
            allow_sending_without_reply=True,
            **reply,
        )
        # Its "can you accept?" is a copy of the decision too: it says who took it.
        await offered(context, f"request:{request.id}", request.youth_id, sent)


async def escalate(context: Context, request: Request, *, reason: str) -> None:
    """Alert the team's COPIL (with /assign) and tell the youth the team is on it."""
    db = context.bot_data.db
    team = await db.teams.get(request.team_id) if request.team_id else None
    for member in await copil_of(context, request.team_id):
        _ = texts_for(context, member)
        sent = await send(
            context,
            member.telegram_id,
            _(
                f"escalation-{reason}",
                name=html.escape(request.first_name),
                team=html.escape(team.name if team else "—"),
                hours=context.bot_data.settings.request_escalate_hours,
            ),
        )
        await offered(context, f"request:{request.id}", request.youth_id, sent)
    youth = await db.people.get(request.youth_id)
    if youth is not None:
        await send(context, youth.telegram_id, texts_for(context, youth)("request-team-on-it"))
