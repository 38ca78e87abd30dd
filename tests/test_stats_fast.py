"""/stats' figures read the fast way (storage/stats.py: columns counted in C, groups counted
in SQL, closed days from their kept totals, storage/totals.py) against a straightforward
recomputation, row by row in Python from whole tables, on the demo's year: several periods,
live and then with every closed day kept, after a follow-up logged for last week, a link
ended late, an old request answered, and a youth's /forget. The sections compared are those
whose reads were made faster."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from bot.demo import seed
from storage.clock import to_text
from storage.database import Database
from storage.logs import LogFields
from storage.stats import (
    REASONS,
    UNKNOWN,
    Period,
    Tallies,
    checkins,
    followups,
    links,
    requests,
)
from tests.conftest import Flow

pytestmark = pytest.mark.both


async def _all(db: Database, sql: str) -> list[tuple[Any, ...]]:
    async with db.conn.execute(sql) as cur:
        return [tuple(row) for row in await cur.fetchall()]


def _hours(a: str, b: str) -> float:
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600


async def _recomputed(db: Database, p: Period) -> tuple[Counter[Any], dict[Any, list[float]]]:
    """The figures of requests, links and follow-ups, one row at a time, as the README
    defines them."""
    start, end = p.start, p.end
    counts: Counter[Any] = Counter()
    samples: dict[Any, list[float]] = {}

    def sample(key: Any, value: float) -> None:
        samples.setdefault(key, []).append(value)

    for row in await _all(
        db,
        """SELECT team_id, group_id, mentor_id, themes, age_band, met, status, created_at,
                  answered_at, closed_at, reminded_at, escalated_at FROM requests""",
    ):
        team, group, mentor, themes, age, met, status, created, answered, closed = row[:10]
        asked = datetime.fromisoformat(created)
        if not start <= asked < end:
            continue
        channel = "group" if group is not None else "team" if mentor is None else "mentor_link"
        counts[team, "requests", "received", ""] += 1
        counts[team, "requests", "by_channel", channel] += 1
        for theme in filter(None, themes.split(",")):
            counts[team, "requests", "by_theme", theme] += 1
        counts[team, "requests", "by_age", age or UNKNOWN] += 1
        counts[team, "requests", "by_met", met or UNKNOWN] += 1
        counts[team, "requests", "by_month", f"{asked.astimezone(p.start.tzinfo):%Y-%m}"] += 1
        if status in ("withdrawn", "accepted"):
            counts[team, "requests", status, ""] += 1
        if status == "accepted":
            sample((team, "requests", "hours_to_acceptance"), _hours(created, closed))
        if answered:
            sample((team, "requests", "hours_to_first_answer"), _hours(created, answered))
        counts[team, "requests", "past_reminder", ""] += row[10] is not None
        counts[team, "requests", "past_escalation", ""] += row[11] is not None
    for team, started, ended, reason in await _all(
        db, "SELECT team_id, started_at, ended_at, end_reason FROM links"
    ):
        began = datetime.fromisoformat(started)
        over = datetime.fromisoformat(ended) if ended else None
        if over is not None and over < start:
            continue  # over before the period
        if start <= began < end:
            counts[team, "links", "started", ""] += 1
        if began < end and (over is None or over >= end):
            counts[team, "links", "active_at_end", ""] += 1
        if over is not None and start <= over < end:
            counts[team, "links", "ended", ""] += 1
            counts[team, "links", "ended_by_reason", reason if reason in REASONS else "other"] += 1
            sample((team, "links", "length_days"), _hours(started, ended) / 24)
    domains = dict(await _all(db, "SELECT id, domain FROM partners"))
    active = set()
    first, last = p.first.isoformat(), p.last_day.isoformat()
    for team, mentor, kind, day, minutes, themes, partner in await _all(
        db, "SELECT team_id, mentor_id, kind, day, minutes, themes, partner_id FROM logs"
    ):
        if not first <= day <= last:
            continue
        active.add((team, mentor))
        counts[team, "followups", "count", ""] += 1
        counts[team, "followups", "count_by_kind", kind] += 1
        for theme in filter(None, themes.split(",")):
            counts[team, "followups", "count_by_theme", theme] += 1
        if kind == "relay" or partner is not None:
            counts[team, "followups", "relays_by_domain", domains.get(partner, "unlisted")] += 1
        sample((team, "followups", "minutes"), minutes)
    for team, _mentor in active:
        counts[team, "followups", "mentors_active", ""] += 1
    answers: dict[int, list[tuple[int, int, int]]] = {}
    for id_, youth, team, asked_at, mood, theme in await _all(
        db, "SELECT id, youth_id, team_id, asked_at, mood, theme FROM checkins"
    ):
        if not start <= datetime.fromisoformat(asked_at) < end:
            continue
        counts[team, "checkins", "checkins_asked", ""] += 1
        if mood is not None:
            counts[team, "checkins", "checkins_answered", ""] += 1
            counts[team, "checkins", "mood", str(mood)] += 1
            if theme:
                counts[team, "checkins", "checkin_theme", theme] += 1
            answers.setdefault(youth, []).append((id_, team, mood))
    for moods in answers.values():
        moods.sort()
        (_i, _t, first), (_j, team, last) = moods[0], moods[-1]
        counts[team, "checkins", "youths_checked_in", ""] += 1
        if len(moods) > 1:
            change = "better" if last > first else "worse" if last < first else "same"
            counts[team, "checkins", "mood_change", change] += 1
    return +counts, {k: sorted(v) for k, v in samples.items()}


async def _fast(db: Database, p: Period) -> tuple[Counter[Any], dict[Any, list[float]]]:
    t = Tallies([])
    for section in (requests, links, followups, checkins):
        await section(db.reader, p, t)
    counts = Counter({k: n for k, n in t.counts.items() if k[1:3] != ("followups", "mentors")})
    samples = {k: sorted(v) for k, v in t.samples.items()}
    # Follow-ups' minutes are summed, not sampled: compare their sums per team.
    minutes: dict[Any, list[float]] = {}
    for (team, _s, name, key), value in t.sums.items():
        if name == "hours" and not key:
            minutes[team, "followups", "minutes"] = [value * 60]
    return +counts, samples | minutes


async def same_as_recount(db: Database, p: Period) -> None:
    """The fast figures (kept totals, then live reads) equal a row-by-row recount; also
    run on a database moved to PostgreSQL (tests/test_transfer.py)."""
    counts, samples = await _recomputed(db, p)
    fast_counts, fast_samples = await _fast(db, p)
    assert fast_counts == counts
    minutes = {k: [sum(v)] for k, v in samples.items() if k[2] == "minutes"}
    assert fast_samples.keys() == (samples | minutes).keys()
    for key, values in (samples | minutes).items():
        assert fast_samples[key] == pytest.approx(values), key


async def test_fast_figures_equal_a_row_by_row_recount_before_and_after_changes(
    flow: Flow,
) -> None:
    await seed(flow.db, flow.clock, notes=flow.app.bot_data.notes)
    zone = flow.app.bot_data.settings.zone
    now = flow.clock()
    today = now.astimezone(zone).date()
    periods = [
        Period.of(first, last, zone, now)
        for first, last in (
            (date(2025, 12, 1), date(2026, 11, 30)),  # the demo's year, not over yet
            (date(2026, 1, 1), date(2026, 3, 31)),  # a quarter
            (today - timedelta(days=10), today - timedelta(days=3)),  # last week
            (date(2026, 10, 31), date(2026, 10, 31)),  # a single day
        )
    ]

    async def same_everywhere() -> None:
        for period in periods:
            await same_as_recount(flow.db, period)

    await same_everywhere()  # nothing kept yet: every day read live
    await flow.run_jobs("stats:keep")  # the bot's hourly job keeps every closed day
    assert await _kept_days(flow) > 50  # closed months, and the days of this month
    assert await flow.db.stats.fill(now) == 0  # kept days stay kept
    await same_everywhere()  # closed days from their totals, the rest live
    year, week = periods[0], periods[2]

    # A follow-up logged today for last week: that day's totals go, the figures follow.
    async with flow.db.conn.execute(
        "SELECT mentor_id, team_id, youth_id FROM logs WHERE youth_id IS NOT NULL LIMIT 1"
    ) as cur:
        mentor, team, youth = await cur.fetchone()
    logged = _total(await _fast(flow.db, week), "followups", "count")
    await flow.db.logs.add(
        mentor, team, LogFields("long_term", today - timedelta(days=7), 75, ("work",), youth)
    )
    assert not await _kept(flow, "followups", (today - timedelta(days=7)).isoformat())
    assert _total(await _fast(flow.db, week), "followups", "count") == logged + 1

    # A link of last spring ended today, and an old request answered today: the days they
    # started and were received are read live until filled again.
    async with flow.db.conn.execute(
        "SELECT id, youth_id, started_at FROM links WHERE ended_at IS NULL ORDER BY started_at"
    ) as cur:
        link, linked, began = await cur.fetchone()
    assert await _kept(flow, "links", began[:10])
    assert await flow.db.links.end(link, linked, "work") is not None
    assert not await _kept(flow, "links", began[:10])
    async with flow.db.conn.execute(
        """SELECT id, created_at FROM requests
           WHERE created_at < ? AND status = 'withdrawn' ORDER BY created_at LIMIT 1""",
        (to_text(week.start),),
    ) as cur:
        asked, received = await cur.fetchone()
    # Back to open, as if unanswered since, then a mentor accepts it now.
    await flow.db.conn.execute(
        "UPDATE requests SET status = 'open', closed_at = NULL WHERE id = ?", (asked,)
    )
    await flow.db.stats.fill(now)
    assert await _kept(flow, "requests", received[:10])
    assert await flow.db.requests.accept(asked, mentor)
    assert not await _kept(flow, "requests", received[:10])
    await same_everywhere()

    # A youth erases their data: their request and link leave every period's figures.
    async with flow.db.conn.execute(
        "SELECT youth_id FROM links WHERE ended_at IS NOT NULL AND started_at >= ? LIMIT 1",
        (to_text(year.start),),
    ) as cur:
        (gone,) = await cur.fetchone()
    started = _total(await _fast(flow.db, year), "links", "started")
    await flow.db.forget(gone)
    assert _total(await _fast(flow.db, year), "links", "started") < started
    await same_everywhere()
    await flow.db.stats.fill(now)
    await same_everywhere()

    # The kept totals are what the fast path reads: a kept day changed behind the
    # triggers' back shows in the figures.
    async with flow.db.conn.execute(
        "UPDATE stat_totals SET n = n + 100 WHERE section = 'followups' AND name = 'count'"
        " AND day = ?",
        ((today - timedelta(days=5)).isoformat(),),
    ) as cur:
        changed = cur.rowcount
    assert changed > 0
    recounted = _total(await _recomputed(flow.db, week), "followups", "count")
    assert _total(await _fast(flow.db, week), "followups", "count") == recounted + 100 * changed


async def _kept_days(flow: Flow) -> int:
    async with flow.db.conn.execute("SELECT COUNT(*) FROM stat_days") as cur:
        (n,) = await cur.fetchone()
    return int(n)


async def _kept(flow: Flow, section: str, day: str) -> bool:
    """Whether the day is kept, alone or in its month."""
    async with flow.db.conn.execute(
        "SELECT 1 FROM stat_days WHERE section = ? AND day IN (?, ?)", (section, day, day[:7])
    ) as cur:
        return await cur.fetchone() is not None


def _total(figures: tuple[Counter[Any], dict[Any, list[float]]], section: str, name: str) -> int:
    return sum(n for key, n in figures[0].items() if key[1:3] == (section, name) and not key[3])
