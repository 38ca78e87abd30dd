"""The database is the schedule: memory holds only the jobs falling due within a day, the
hourly top-up brings in the rest, and a job that fell due during start-up still runs."""

from __future__ import annotations

from datetime import timedelta

from bot.jobs import WINDOW, run_at
from handlers.events.reminders import reminder_job
from tests.conftest import COPIL, Flow


async def _year_of_sessions(flow: Flow, groups: int) -> None:
    """Groups meeting every day for a year, straight into the database."""
    now = flow.clock.now
    for g in range(groups):
        await flow.db.groups.create(
            name=f"G{g}", team_id=1, size_limit=10, rhythm="chaque mardi 18h", helpers=[],
            sessions=[now + timedelta(days=d, hours=g % 24 + 1) for d in range(1, 366)],
            created_by=COPIL,
        )  # fmt: skip


def _reminder_jobs(flow: Flow) -> list[str]:
    return [name for name in flow.job_names() if name.startswith("reminder:")]


async def test_a_year_ahead_stays_in_the_database_and_comes_in_as_it_nears(flow: Flow) -> None:
    await _year_of_sessions(flow, 8)  # 2,920 sessions, 5,840 reminders
    await flow.run_jobs("jobs:window")  # what start-up does too
    planned = await flow.db.reminders.due_before("session", flow.clock.now + timedelta(days=400))
    assert len(planned) == 2 * 8 * 365
    within = [r for r in planned if r.due_at < flow.clock.now + WINDOW]
    assert sorted(_reminder_jobs(flow)) == sorted(
        f"reminder:session:{r.subject_id}:{r.kind}" for r in within
    )
    assert len(within) < 40
    # A day later the next day's reminders are in memory, and the top-up doubles nothing.
    await flow.later(days=1)
    await flow.later(hours=1)
    names = _reminder_jobs(flow)
    assert len(names) == len(set(names))
    assert f"reminder:session:{planned[-1].subject_id}:day" not in names
    tomorrow = [r for r in planned if r.due_at < flow.clock.now + WINDOW]
    assert {f"reminder:session:{r.subject_id}:{r.kind}" for r in tomorrow} <= set(names)


async def test_an_event_far_ahead_waits_in_the_database(flow: Flow) -> None:
    event = await flow.db.events.create(
        kind="training", title="Écoute", team_id=1, audience="mentors",
        starts_at=flow.clock.now + timedelta(days=30), minutes=60, place="Salle",
        capacity=None, author_id=COPIL,
    )  # fmt: skip
    await flow.db.reminders.plan("event", event.id, event.starts_at)
    await flow.run_jobs("jobs:window")
    assert not _reminder_jobs(flow)
    await flow.later(days=29)
    assert f"reminder:event:{event.id}:day" in flow.job_names()


async def test_a_job_due_while_starting_is_never_dropped_as_missed(flow: Flow) -> None:
    late = flow.clock.now - timedelta(minutes=5)
    run_at(flow.app, "reminder:event:1:day", late, reminder_job, (1, "day"))
    assert flow.app.job_queue is not None
    job = flow.app.job_queue.scheduler.get_job("reminder:event:1:day")
    assert job is not None and job.misfire_grace_time is None
    # Planned again (a restart, the top-up): still one job of that name.
    run_at(flow.app, "reminder:event:1:day", late, reminder_job, (1, "day"))
    assert flow.job_names().count("reminder:event:1:day") == 1
