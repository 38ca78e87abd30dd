"""Peer-aidance session ratings (issue 14): after a session, each youth ticked as present
gets one question with five taps; the session's peer helpers see its average once, when the
fifth rating comes in (storage/ratings.py says why only then). The question is an outbox
row written with its mark, from the hourly jobs window."""

from __future__ import annotations

import html
from datetime import datetime

from telegram import Update

from bot.buttons import answer_press, edit_message
from bot.context import Context
from bot.guards import pressed
from bot.ids import parse_id
from bot.sending import QUESTION, fluent, queued
from storage.models import Role

STARS = 5


async def ask_due(context: Context) -> None:
    """The job: a question to each youth who came to a session that ended lately."""
    db = context.bot_data.db
    async with queued(context) as q:
        notices = [
            fluent(
                asked.youth_id,
                "rating-ask",
                key=f"rating:{asked.id}",
                buttons=[[(f"rating-{n}", f"rt:{asked.id}:{n}") for n in range(1, STARS + 1)]],
                until=context.bot_data.clock() + QUESTION,
                group=html.escape(asked.group),
            )
            for asked in await db.ratings.ask_due()
        ]
        await q.add(notices)


async def rate_button(update: Update, context: Context) -> None:
    """rt:<rating>:<1-5>, once; the fifth rating shows the average to the peer helpers."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None:
        return
    query, me, _ = press
    parts = ((query.data or "") + "::").split(":")
    rating_id, stars = parse_id(parts[1]), parse_id(parts[2])
    if rating_id is None or stars is None or not 1 <= stars <= STARS:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    db = context.bot_data.db
    async with queued(context) as q:  # the rating and, at the fifth, the helpers' message
        session_id = await db.ratings.rate(rating_id, me.telegram_id, stars)
        average = await db.ratings.average_once(session_id) if session_id else None
        if average is not None:
            group = await db.groups.get(average.group_id)
            day = datetime.fromisoformat(average.starts_at).astimezone(_.zone)
            await q.add(
                [
                    fluent(
                        helper,
                        "rating-average",
                        key=f"rating-average:{average.session_id}:{helper}",
                        group=html.escape(group.name) if group else "",
                        day=f"{day:%d.%m.%Y}",
                        stars=round(average.stars, 1),  # "4,2" in French, by Fluent
                        count=average.count,
                    )
                    for helper in await db.groups.helpers(average.group_id)
                ]
            )
    if session_id is None:  # not theirs, or a second tap: nothing changes
        await answer_press(query, _("checkin-already"), show_alert=True)
        return
    await answer_press(query)
    await edit_message(query, _("rating-thanks"))
