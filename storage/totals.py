"""/stats' additive figures kept per team and closed day (migration 027), read with the live
rows of the days not kept: a national year sums a few thousand kept rows instead of
counting a million.

A kept section is one function that counts the rows belonging to a range of days into a
Tallies (storage.stats), the same function whether it fills a day or reads what is not
kept, so a kept day holds exactly what a live read of it would give. A day belongs to a
section's rows by the UTC day of their timestamp, or for follow-ups by the day they were
logged for. The migration's triggers drop a day's totals and its mark in stat_days in the
same statement that writes, changes or erases one of its rows: a day without its mark is
read live, and `fill` (the bot's hourly job) keeps it again. A report's child opens the
database read-only: it never fills, it reads what is missing live.

Medians keep their exact values (space-separated reprs, read back as the same floats);
distinct counts (active mentors, youths who checked in) are not additive and stay live."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from storage.clock import to_text
from storage.tx import Conn, transaction

if TYPE_CHECKING:
    from storage.stats import Tallies  # which imports this module

Count = Callable[[Conn, str, str, "Tallies"], Awaitable[None]]  # rows of [lo, hi)


@dataclass(frozen=True)
class Kept:
    section: str  # the name in stat_days and stat_totals, as the triggers spell it
    count: Count
    utc: bool  # days of UTC timestamps (ISO text), else the follow-ups' own `day`

    def text(self, day: date) -> str:
        """The day's first moment in the section's text, compared with its rows'."""
        return f"{day.isoformat()}T00:00:00+00:00" if self.utc else day.isoformat()

    def full_days(self, lo: str, hi: str) -> tuple[date, date]:
        """The whole days inside the range [lo, hi): from the first to the last, exclusive."""
        first = date.fromisoformat(lo[:10])
        if self.text(first) < lo:
            first += timedelta(days=1)
        return first, max(first, date.fromisoformat(hi[:10]))


# One statement, so one snapshot: the days kept, their sums, and their medians' values. The
# triggers drop a day's totals and its mark together, so what is read here agrees with itself.
_READ = """
    SELECT day, 0, '', '', 0, 0, NULL FROM stat_days WHERE section = ? AND day >= ? AND day < ?
    UNION ALL
    SELECT NULL, team_id, name, key, SUM(n), SUM(total), NULL FROM stat_totals
    WHERE section = ? AND day >= ? AND day < ? GROUP BY team_id, name, key
    UNION ALL
    SELECT NULL, team_id, name, key, 0, 0, vals FROM stat_totals
    WHERE section = ? AND day >= ? AND day < ? AND vals IS NOT NULL"""


async def read(conn: Conn, kept: Kept, lo: str, hi: str, t: Tallies) -> None:
    """Count the section's rows of [lo, hi) into t: kept days from their totals, the rest
    (the range's partial first and last day, today, days not kept yet) live."""
    first, last = kept.full_days(lo, hi)
    kept_days: list[date] = []
    if first < last:
        span = (kept.section, first.isoformat(), last.isoformat())
        for day, team, name, key, n, total, vals in await _rows(conn, _READ, span * 3):
            who = int(team) or None  # 0 in the table: no team
            if day is not None:
                kept_days.append(date.fromisoformat(day))
            elif vals is not None:
                t.samples[who, kept.section, name].extend(map(float, vals.split()))
            else:
                if n:
                    t.counts[who, kept.section, name, key] += int(n)
                if total:
                    t.sums[who, kept.section, name, key] += float(total)
    at = lo
    for day in sorted(kept_days):
        if at < kept.text(day):
            await kept.count(conn, at, kept.text(day), t)
        at = kept.text(day + timedelta(days=1))
    if at < hi:
        await kept.count(conn, at, hi, t)


async def fill(
    conn: Conn, kept: Kept, now: datetime, since: date, tallies: Callable[[], Tallies]
) -> int:
    """Keep the section's closed days from `since` that are not kept yet, one transaction a
    day (a writer waits for one day's count, never for the whole history); the number of
    days filled. Closed: before yesterday in UTC, so a follow-up's day is over in any zone."""
    until = now.date() - timedelta(days=1)
    kept_days = {
        row[0]
        for row in await _rows(
            conn,
            "SELECT day FROM stat_days WHERE section = ? AND day >= ?",
            (kept.section, since.isoformat()),
        )
    }
    filled, day = 0, since
    while day < until:
        if day.isoformat() not in kept_days:
            await _fill_day(conn, kept, day, now, tallies())
            filled += 1
        day += timedelta(days=1)
    return filled


async def _fill_day(conn: Conn, kept: Kept, day: date, now: datetime, t: Tallies) -> None:
    on = day.isoformat()
    async with transaction(conn):  # the count and its rows, with no write in between
        await kept.count(conn, kept.text(day), kept.text(day + timedelta(days=1)), t)
        rows: list[tuple[object, ...]] = [
            (kept.section, on, team or 0, name, key, n, 0.0, None)
            for (team, _s, name, key), n in t.counts.items()
            if n
        ]
        rows += [
            (kept.section, on, team or 0, name, key, 0, value, None)
            for (team, _s, name, key), value in t.sums.items()
            if value
        ]
        rows += [
            (kept.section, on, team or 0, name, "", 0, 0.0, " ".join(map(repr, values)))
            for (team, _s, name), values in t.samples.items()
            if values
        ]
        await conn.execute(
            "DELETE FROM stat_totals WHERE section = ? AND day = ?", (kept.section, on)
        )
        if rows:
            await conn.executemany(
                """INSERT INTO stat_totals (section, day, team_id, name, key, n, total, vals)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                rows,
            )
        await conn.execute(
            """INSERT INTO stat_days (section, day, filled_at) VALUES (?, ?, ?)
               ON CONFLICT (section, day) DO NOTHING""",
            (kept.section, on, to_text(now)),
        )


# Mentors who logged a follow-up: a distinct count, not additive by day. Each closed month
# keeps its set of (team, mentor) (section 'mentors', day 'YYYY-MM'); a period's count is the
# union of its whole months' sets and the rows of its other days, in one statement (one
# snapshot): a month whose set is not kept is read from its rows, a condition SQLite and
# PostgreSQL test once, before reading them.
_LIVE_MENTORS = """SELECT COALESCE(team_id, 0) AS team, CAST(mentor_id AS TEXT) AS mentor FROM logs
                   WHERE day >= ? AND day < ?"""


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


async def active_mentors(conn: Conn, first: date, end: date) -> list[tuple[int | None, int]]:
    """(team, mentors who logged a follow-up for a day in [first, end)), None: no team."""
    lo = first if first.day == 1 else _next_month(first)
    hi = max(lo, end.replace(day=1))
    parts: list[str] = []
    params: list[object] = []
    for a, b in ((first, lo), (hi, end)) if lo < hi else ((first, end),):
        if a < b:
            parts.append(_LIVE_MENTORS)
            params += [a.isoformat(), b.isoformat()]
    if lo < hi:
        parts.append(
            """SELECT team_id AS team, key AS mentor FROM stat_totals
               WHERE section = 'mentors' AND day >= ? AND day < ?"""
        )
        params += [f"{lo:%Y-%m}", f"{hi:%Y-%m}"]
        month = lo
        while month < hi:
            parts.append(
                _LIVE_MENTORS
                + " AND NOT EXISTS (SELECT 1 FROM stat_days WHERE section = 'mentors' AND day = ?)"
            )
            params += [month.isoformat(), _next_month(month).isoformat(), f"{month:%Y-%m}"]
            month = _next_month(month)
    if not parts:
        return []
    rows = await _rows(
        conn,
        f"SELECT team, COUNT(DISTINCT mentor) FROM ({' UNION ALL '.join(parts)}) u GROUP BY team",
        tuple(params),
    )
    return [(int(team) or None, int(n)) for team, n in rows]


async def fill_mentors(conn: Conn, now: datetime, since: date) -> int:
    """Keep the set of each closed month from `since`'s not kept yet; the months filled."""
    until = now.date() - timedelta(days=1)
    kept = {
        row[0]
        for row in await _rows(
            conn,
            "SELECT day FROM stat_days WHERE section = 'mentors' AND day >= ?",
            (f"{since:%Y-%m}",),
        )
    }
    filled, month = 0, since.replace(day=1)
    while _next_month(month) <= until:
        on = f"{month:%Y-%m}"
        if on not in kept:
            async with transaction(conn):
                await conn.execute(
                    "DELETE FROM stat_totals WHERE section = 'mentors' AND day = ?", (on,)
                )
                await conn.execute(
                    """INSERT INTO stat_totals (section, day, team_id, name, key, n, total)
                       SELECT DISTINCT 'mentors', CAST(? AS TEXT), COALESCE(team_id, 0),
                              'mentor', CAST(mentor_id AS TEXT), 1, 0
                       FROM logs WHERE day >= ? AND day < ?""",
                    (on, month.isoformat(), _next_month(month).isoformat()),
                )
                await conn.execute(
                    """INSERT INTO stat_days (section, day, filled_at) VALUES ('mentors', ?, ?)
                       ON CONFLICT (section, day) DO NOTHING""",
                    (on, to_text(now)),
                )
            filled += 1
        month = _next_month(month)
    return filled


async def _rows(conn: Conn, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
    async with conn.execute(sql, params) as cur:
        cur.row_factory = None
        return cast(list[tuple[Any, ...]], await cur.fetchall())
