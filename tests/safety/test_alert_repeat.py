"""Every alert is answered (issue 12): an alert nobody took goes again to every COPIL member
of the programme after LIEN_SAFETY_REPEAT_MINUTES, then as often again, until someone takes
it; each repeat once, and the repeats come back after a restart."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot import jobs
from handlers import safety
from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.test_broadcast import person
from tests.test_youth_safety import YOUTH, _linked

OTHER_TEAM_COPIL = 9201  # fictitious
CRISIS = "je veux mourir"

pytestmark = pytest.mark.both  # the atomic steps hold on both databases


def _alerts_to(flow: Flow, chat: int) -> list[dict[str, Any]]:
    return [m for m in flow.tg.bot_messages(chat) if "Alerte du filet" in (m.get("text") or "")]


def _repeats_to(flow: Flow, chat: int) -> list[str]:
    texts = [m["text"] for m in _alerts_to(flow, chat)]
    return [t for t in texts if "Personne ne l'a encore prise" in t]


def _due_in(flow: Flow, name: str) -> float:
    """Seconds until the job runs, as the job queue would run it."""
    assert flow.app.job_queue is not None
    job = flow.app.job_queue.scheduler.get_job(name)
    assert job is not None, name
    return float((job.trigger.run_date - datetime.now(UTC)).total_seconds())


async def _alert_nobody_takes(flow: Flow) -> int:
    await flow.db.teams.create("Littoral")  # team 2
    await person(flow, OTHER_TEAM_COPIL, Role.COPIL, 2)
    await _linked(flow)
    await flow.send(YOUTH, CRISIS)
    async with flow.db.conn.execute("SELECT max(id) FROM safety_alerts") as cur:
        return int((await cur.fetchone())[0])


async def test_an_untaken_alert_goes_to_every_copil_every_ten_minutes_until_taken(
    flow: Flow,
) -> None:
    alert_id = await _alert_nobody_takes(flow)
    name = f"safety:repeat:{alert_id}"
    assert len(_alerts_to(flow, COPIL)) == 1 and _alerts_to(flow, OTHER_TEAM_COPIL) == []
    assert 590 < _due_in(flow, name) <= 600
    flow.clock.advance(minutes=10)
    assert await flow.run_jobs(name) == 1
    for member in (COPIL, OTHER_TEAM_COPIL):  # the whole programme now, whatever the team
        assert len(_repeats_to(flow, member)) == 1
        assert "10 min" in _repeats_to(flow, member)[0]
        assert CRISIS not in _repeats_to(flow, member)[0]  # the words stay in the first alert
    assert 590 < _due_in(flow, name) <= 600  # and again ten minutes later
    flow.clock.advance(minutes=10)
    await flow.run_jobs(name)
    assert "20 min" in _repeats_to(flow, OTHER_TEAM_COPIL)[-1]
    # Taken from a repeat: every copy, the first alert's too, says who; no more repeats.
    await flow.press(OTHER_TEAM_COPIL, f"sfo:take:{alert_id}")
    said = {
        COPIL: f"✅ P{OTHER_TEAM_COPIL} s'en occupe",
        OTHER_TEAM_COPIL: "✅ Vous vous en occupez",
    }
    for member in (COPIL, OTHER_TEAM_COPIL):
        for message in _alerts_to(flow, member):
            assert message["reply_markup"]["inline_keyboard"][0][0]["text"] == said[member]
    assert not jobs.scheduled(flow.app, name)
    await safety.restore(flow.app)
    assert not jobs.scheduled(flow.app, name)


async def test_each_repeat_goes_once_even_from_a_stale_job(flow: Flow) -> None:
    alert_id = await _alert_nobody_takes(flow)
    name = f"safety:repeat:{alert_id}"
    assert flow.app.job_queue is not None
    # The same repeat planned twice (a restart while it ran): the second finds it sent.
    flow.app.job_queue.run_once(safety.alerts.repeat, 3600, data=(alert_id, 1), name="stale")
    await flow.run_jobs(name)
    await flow.run_jobs("stale")
    await flow.settle()
    assert len(_repeats_to(flow, OTHER_TEAM_COPIL)) == 1


async def test_repeats_come_back_after_a_restart(flow: Flow) -> None:
    alert_id = await _alert_nobody_takes(flow)
    name = f"safety:repeat:{alert_id}"
    flow.clock.advance(minutes=10)
    await flow.run_jobs(name)
    jobs.cancel(flow.app, name)  # the process stops; memory is gone, the database is not
    flow.clock.advance(minutes=4)
    await safety.restore(flow.app)  # start-up
    assert 350 < _due_in(flow, name) <= 360  # the second repeat, on time
    await flow.run_jobs(name)
    assert "20 min" in _repeats_to(flow, OTHER_TEAM_COPIL)[-1]


async def test_a_question_answered_ok_is_never_repeated_but_its_silence_is(flow: Flow) -> None:
    await _linked(flow)
    await flow.send(YOUTH, "j'ai des idées noires ces temps")
    async with flow.db.conn.execute("SELECT max(id), max(level) FROM safety_alerts") as cur:
        alert_id, level = await cur.fetchone()
    assert level == "medium"
    assert not jobs.scheduled(flow.app, f"safety:repeat:{alert_id}")  # only the youth asked
    flow.clock.advance(minutes=30)
    await flow.run_jobs(f"safety:ask:{alert_id}")  # no answer: the COPIL is alerted quietly
    assert jobs.scheduled(flow.app, f"safety:repeat:{alert_id}")


async def test_a_team_chooses_how_often_its_untaken_alerts_go_again(flow: Flow) -> None:
    alert_id = await _alert_nobody_takes(flow)  # team 1's youth
    name = f"safety:repeat:{alert_id}"
    await flow.send(COPIL, "/alerts")
    await flow.press(COPIL, "sfo:rep")  # programme-wide: which team first
    assert flow.buttons(COPIL).keys() >= {"Équipe principale", "Littoral"}
    await flow.press(COPIL, "sfo:rep:1")
    assert "toutes les 10 min" in flow.text(COPIL)
    assert "✅ 10 min" in flow.buttons(COPIL)
    await flow.press(COPIL, "sfo:rep:1:5")
    assert "5 min" in flow.text(COPIL) and "✅ 5 min" in flow.buttons(COPIL)
    assert await flow.db.safety.repeat_minutes(1) == 5
    # The alert waiting now follows at once: five minutes after the first alert, then five.
    assert 290 < _due_in(flow, name) <= 300
    flow.clock.advance(minutes=5)
    await flow.run_jobs(name)
    assert "5 min" in _repeats_to(flow, OTHER_TEAM_COPIL)[-1]
    assert 290 < _due_in(flow, name) <= 300
    # Another team keeps the setting's ten minutes.
    assert await flow.db.safety.repeat_minutes(2) is None
    # Forged presses change nothing: another team's member, a youth, a minute not offered.
    for who, data in (
        (OTHER_TEAM_COPIL, "sfo:rep:1:30"),
        (YOUTH, "sfo:rep:1:30"),
        (COPIL, "sfo:rep:1:7"),
        (COPIL, "sfo:rep:1:5:5"),
        (COPIL, "sfo:rep:99"),
    ):
        await flow.press(who, data)
    assert await flow.db.safety.repeat_minutes(1) == 5
    # A team's own member goes straight to their team's choice.
    await flow.send(OTHER_TEAM_COPIL, "/alerts")
    await flow.press(OTHER_TEAM_COPIL, "sfo:rep")
    assert "Littoral" in flow.text(OTHER_TEAM_COPIL) and "10 min" in flow.text(OTHER_TEAM_COPIL)
    await flow.press(OTHER_TEAM_COPIL, "sfo:rep:2:30")
    assert await flow.db.safety.repeat_minutes(2) == 30
