"""A youth asks for a mentor from their peer-aidance group: the same /request conversation,
for the group's team (chosen by its name when they are in several); /stats counts it in the
'group' channel; the peer helper hears nothing."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.i18n import I18n, Texts
from handlers.stats import files
from handlers.stats.report import build
from storage.stats import ALL, HIDDEN, Period
from tests.conftest import Flow
from tests.test_broadcast import (
    HELPER,
    MENTOR_A,
    MENTOR_OTHER,
    OTHER_COPIL,
    YOUTH_NEWS,
    YOUTH_QUIET,
    two_teams,
)
from tests.test_groups import create_group
from tests.youth_steps import notice_of

ASK = "request:group:1"


async def _in_group(flow: Flow) -> None:
    await two_teams(flow)
    payload = await create_group(flow)  # group 1, team 1, led by HELPER
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    assert await flow.db.groups.is_member(1, YOUTH_NEWS)


async def _channels(flow: Flow) -> list[list[str]]:
    """The CSV's by_channel rows for the whole programme, read through storage."""
    zone = flow.app.bot_data.settings.zone
    now = flow.clock() + timedelta(minutes=1)  # the period ends at "now", excluded
    today = now.astimezone(zone).date()
    period = Period.of(today - timedelta(days=7), today, zone, now)
    figures = await flow.db.stats.collect(period)
    _ = Texts(I18n(), "fr", zone, familiar=False)
    report = build(_, period, "this_month", "Tout", [("Tout", figures[ALL])])
    rows = csv.reader(io.StringIO(files.to_csv(report).decode("utf-8-sig")), delimiter=";")
    return [r for r in rows if r[8].startswith("requests.by_channel.")]


async def test_a_youth_asks_from_their_group_and_stats_count_the_group_channel(
    flow: Flow,
) -> None:
    await _in_group(flow)
    await flow.send(YOUTH_NEWS, "/groups")
    assert flow.buttons(YOUTH_NEWS)["🙋 Demander un·e mentor·e"] == ASK
    helper_before = len(flow.tg.bot_messages(HELPER))
    await flow.press(YOUTH_NEWS, ASK)
    assert "request:team:" not in "".join(flow.buttons(YOUTH_NEWS).values()), "the group's team"
    await flow.press(YOUTH_NEWS, "request:met:sport")
    await flow.press(YOUTH_NEWS, "request:theme:housing")
    await flow.press(YOUTH_NEWS, "request:themes:ok")
    if "request:age:18_25" in flow.buttons(YOUTH_NEWS).values():
        await flow.press(YOUTH_NEWS, "request:age:18_25")
    await flow.press(YOUTH_NEWS, "request:name")
    await flow.send(YOUTH_NEWS, "Je cherche un logement")
    await flow.press(YOUTH_NEWS, "request:send")
    request = await flow.db.requests.open_of(YOUTH_NEWS)
    assert request is not None and request.team_id == 1 and request.mentor_id is None
    async with flow.db.conn.execute(
        "SELECT group_id FROM requests WHERE id = ?", (request.id,)
    ) as cur:
        assert (await cur.fetchone())[0] == 1
    with_notice = [m for m in (MENTOR_A, MENTOR_OTHER) if _has_notice(flow, m, request.id)]
    assert with_notice == [MENTOR_A], "the group's team's mentors, not another team's"
    await flow.press(MENTOR_A, f"req:acc:{request.id}", notice_of(flow, MENTOR_A, request.id))
    assert await flow.db.links.of_request(request.id) is not None
    helper_saw = [m.get("text", "") for m in flow.tg.bot_messages(HELPER)[helper_before:]]
    assert not [t for t in helper_saw if "logement" in t or "demande" in t.lower()]

    channels = {r[8].rsplit(".", 1)[1]: r[6] for r in await _channels(flow)}
    assert channels == {"mentor_link": "0", "team": "0", "group": HIDDEN}
    # An open link: the group's button gets the same answer as /request.
    await flow.send(YOUTH_NEWS, "/groups")
    await flow.press(YOUTH_NEWS, ASK)
    await flow.send(YOUTH_NEWS, "/request")
    assert (
        flow.tg.bot_messages(YOUTH_NEWS)[-1]["text"] == flow.tg.bot_messages(YOUTH_NEWS)[-2]["text"]
    )


def _has_notice(flow: Flow, mentor: int, request_id: int) -> bool:
    try:
        notice_of(flow, mentor, request_id)
    except AssertionError:
        return False
    return True


async def test_only_a_member_asks_from_a_group_and_plain_request_is_the_team(flow: Flow) -> None:
    await _in_group(flow)
    # YOUTH_QUIET is not in group 1: a forged press is refused and changes nothing.
    await flow.press(YOUTH_QUIET, ASK)
    assert "request:met:sport" not in flow.buttons(YOUTH_QUIET).values()
    await flow.press(YOUTH_NEWS, "request:group:x")
    assert "request:met:sport" not in flow.buttons(YOUTH_NEWS).values()
    assert await flow.db.requests.open_of(YOUTH_QUIET) is None
    # Pressing the group's button, then /cancel, then /request: the team's channel.
    await flow.press(YOUTH_NEWS, ASK)
    await flow.send(YOUTH_NEWS, "/cancel")
    await flow.send(YOUTH_NEWS, "/request")
    if "request:team:1" in flow.buttons(YOUTH_NEWS).values():
        await flow.press(YOUTH_NEWS, "request:team:1")
    await flow.press(YOUTH_NEWS, "request:met:skip")
    await flow.press(YOUTH_NEWS, "request:theme:housing")
    await flow.press(YOUTH_NEWS, "request:themes:ok")
    if "request:age:18_25" in flow.buttons(YOUTH_NEWS).values():
        await flow.press(YOUTH_NEWS, "request:age:18_25")
    await flow.press(YOUTH_NEWS, "request:name")
    await flow.press(YOUTH_NEWS, "request:msg:skip")
    await flow.press(YOUTH_NEWS, "request:send")
    channels = {r[8].rsplit(".", 1)[1]: r[6] for r in await _channels(flow)}
    assert channels["group"] == "0" and channels["team"] == HIDDEN


async def test_a_youth_in_two_groups_chooses_the_group_by_its_name(flow: Flow) -> None:
    await _in_group(flow)  # Les Lundis (team 1); and by its link, Littoral's Les Jeudis
    jeudis = await flow.db.groups.create(
        name="Les Jeudis", team_id=2, size_limit=10, rhythm="", helpers=[], sessions=[],
        created_by=OTHER_COPIL,
    )  # fmt: skip
    assert await flow.db.groups.join(jeudis, YOUTH_NEWS) is not None
    await flow.send(YOUTH_NEWS, "/groups")
    assert flow.buttons(YOUTH_NEWS)["🙋 Demander un·e mentor·e"] == "grp:from"
    await flow.press(YOUTH_NEWS, "grp:from")
    assert "Depuis quel groupe" in flow.text(YOUTH_NEWS)
    assert flow.buttons(YOUTH_NEWS) == {
        "Les Jeudis": f"request:group:{jeudis.id}",
        "Les Lundis": ASK,
        "◀ Retour": "grp:home",
    }
    await flow.press(YOUTH_NEWS, "grp:home")  # the way back: /groups as it was
    assert "Les Jeudis" in flow.text(YOUTH_NEWS)
    assert flow.buttons(YOUTH_NEWS)["🙋 Demander un·e mentor·e"] == "grp:from"
    await flow.press(YOUTH_NEWS, "grp:from")
    await flow.press(YOUTH_NEWS, f"request:group:{jeudis.id}")
    await flow.press(YOUTH_NEWS, "request:met:skip")
    await flow.press(YOUTH_NEWS, "request:theme:work")
    await flow.press(YOUTH_NEWS, "request:themes:ok")
    if "request:age:18_25" in flow.buttons(YOUTH_NEWS).values():
        await flow.press(YOUTH_NEWS, "request:age:18_25")
    await flow.press(YOUTH_NEWS, "request:name")
    await flow.press(YOUTH_NEWS, "request:msg:skip")
    await flow.press(YOUTH_NEWS, "request:send")
    request = await flow.db.requests.open_of(YOUTH_NEWS)
    assert request is not None and request.team_id == 2, "Les Jeudis' team, not the first's"
    with_notice = [m for m in (MENTOR_A, MENTOR_OTHER) if _has_notice(flow, m, request.id)]
    assert with_notice == [MENTOR_OTHER]
    assert not any("COPIL" in str(m) for m in flow.tg.bot_messages(YOUTH_NEWS))
    # A mentor's forged press of the chooser is refused.
    await flow.press(MENTOR_A, "grp:from")
    assert "Depuis quel groupe" not in flow.text(MENTOR_A)
