"""Peer-aidance session ratings (issue 14): after a session, each youth who came rates it
with one tap; its peer helper sees the average once, at the fifth rating, never before nor
again; bad taps change nothing; /mydata shows a rating and /forget erases it."""

from __future__ import annotations

import json
from datetime import timedelta

from storage.models import Role
from storage.stats import ALL, Period
from tests.conftest import Flow
from tests.test_broadcast import HELPER, TEAM_COPIL, person

YOUTHS = [1201, 1202, 1203, 1204, 1205, 1206]  # fictitious


async def _session_with_six_who_came(flow: Flow) -> int:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await person(flow, HELPER, Role.PEER_HELPER, 1)
    for youth in YOUTHS:
        await person(flow, youth, Role.YOUTH, 1)
    group = await flow.db.groups.create(
        name="Les Mardis", team_id=1, size_limit=10, rhythm="", helpers=[HELPER],
        sessions=[flow.clock() + timedelta(hours=1)], created_by=TEAM_COPIL,
    )  # fmt: skip
    (session,) = await flow.db.groups.sessions(group.id, flow.clock() - timedelta(days=1))
    for youth in YOUTHS:
        await flow.db.groups.answer(session.id, youth, "yes")
        await flow.db.groups.toggle_attended(session.id, youth)
    await flow.db.groups.answer(session.id, 1299, "yes")  # said yes, did not come
    return int(session.id)


def _rating_id(flow: Flow, youth: int) -> int:
    return int(flow.buttons(youth)["4"].split(":")[1])


async def test_who_came_rate_once_and_the_helper_sees_the_average_at_the_fifth(
    flow: Flow,
) -> None:
    await _session_with_six_who_came(flow)
    await flow.later(hours=4)  # the session is over; the hourly window asks
    await flow.settle()
    for youth in YOUTHS:
        assert "Comment c'était" in flow.text(youth)
    assert await flow.db.ratings.ask_due() == []  # asked once
    helper_before = len(flow.tg.bot_messages(HELPER))
    stars = [5, 4, 4, 3, 5]
    for youth, n in zip(YOUTHS, stars, strict=False):
        rating = _rating_id(flow, youth)
        if youth == YOUTHS[0]:
            await flow.press(youth, f"rt:{rating}:9")  # forged: refused, nothing kept
            await flow.press(YOUTHS[1], f"rt:{rating}:1")  # someone else's: refused
        await flow.press(youth, f"rt:{rating}:{n}")
        assert "Merci pour ta note" in flow.text(youth)
        await flow.settle()
        if youth != YOUTHS[4]:  # under five ratings: the helper hears nothing
            assert len(flow.tg.bot_messages(HELPER)) == helper_before
    # The fifth: the average (4.2), once.
    assert len(flow.tg.bot_messages(HELPER)) == helper_before + 1
    assert "4,2 sur 5 en moyenne (5 notes" in flow.text(HELPER)
    await flow.press(YOUTHS[0], f"rt:{_rating_id(flow, YOUTHS[5])}:1")  # not theirs
    await flow.press(YOUTHS[5], f"rt:{_rating_id(flow, YOUTHS[5])}:1")
    await flow.press(YOUTHS[4], "rt:2:2")  # a second tap on their own: refused
    await flow.settle()
    assert len(flow.tg.bot_messages(HELPER)) == helper_before + 1  # never again
    async with flow.db.conn.execute(
        "SELECT youth_id, stars FROM session_ratings ORDER BY youth_id"
    ) as cur:
        rows = [tuple(r) for r in await cur.fetchall()]
    assert rows == list(zip(YOUTHS, [*stars, 1], strict=True))
    # /mydata shows the rating, /forget erases it.
    await flow.send(YOUTHS[0], "/mydata")
    body = json.loads(flow.tg.file_bytes(flow.last(YOUTHS[0])["document"]["file_id"]))
    assert [r["stars"] for r in body["session_ratings"]] == [5]
    await flow.send(YOUTHS[0], "/forget")
    await flow.press(YOUTHS[0], "forget:yes")
    async with flow.db.conn.execute(
        "SELECT count(*) FROM session_ratings WHERE youth_id = ?", (YOUTHS[0],)
    ) as cur:
        assert (await cur.fetchone())[0] == 0
    # /stats counts the ratings by value (each under five here: shown as "< 5").
    zone = flow.app.bot_data.settings.zone
    day = flow.clock().astimezone(zone).date()
    figures = await flow.db.stats.collect(Period.of(day, day, zone, flow.clock()))
    counts = {f.key: f.basis for f in figures[ALL] if f.name == "session_rating"}
    assert counts == {"1": 1, "2": 0, "3": 1, "4": 2, "5": 1}  # YOUTHS[0]'s 5 is erased
