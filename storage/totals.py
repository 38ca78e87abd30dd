"""/stats' additive figures kept per team and closed month or day (migration 027), read
with the live rows of what is not kept: a national year sums a few hundred kept rows instead
of counting a million.

A kept section is one function that counts the rows belonging to a range into a Tallies
(storage.stats), the same function whether it fills a month or a day or reads what is not
kept, so a kept month holds exactly what a live read of it gives. A row belongs to the UTC
day (and month) of its timestamp, or for follow-ups to the day they were logged for. Closed
months are kept whole, the closed days of the current month one by one. The migration's
triggers drop the totals and the mark (stat_days) of a row's day and month in the statement
that writes, changes or erases it: what has no mark is read live, and `fill` (the bot's
hourly job) keeps it again. A report's child opens the database read-only: it never fills.

Medians keep their exact values (space-separated reprs, read back as the same floats). Of
the distinct counts, the mentors who logged are kept as a set per month; the youths who
checked in (and their first and last mood) stay live."""

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

    def units(self, lo: str, hi: str) -> list[tuple[str, str, str]]:
        """(label, start, end) of the whole months inside [lo, hi), then of the whole days
        inside it outside those months, in time order: what may be kept of the range."""
        first = date.fromisoformat(lo[:10])
        if self.text(first) < lo:
            first += timedelta(days=1)
        last = date.fromisoformat(hi[:10])
        out, day = [], first
        while day < last:
            month_end = _next_month(day)
            if day.day == 1 and month_end <= last:
                out.append((f"{day:%Y-%m}", self.text(day), self.text(month_end)))
                day = month_end
            else:
                out.append((day.isoformat(), self.text(day), self.text(day + _DAY)))
                day += _DAY
        return out


_DAY = timedelta(days=1)


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


# One statement, so one snapshot: the months and days kept, their sums, and their medians'
# values. The triggers drop totals and marks together, so what is read agrees with itself.
_READ = """
    SELECT day, 0, '', '', 0, 0, NULL FROM stat_days WHERE section = ? AND day IN ({labels})
    UNION ALL
    SELECT NULL, team_id, name, key, SUM(n), SUM(total), NULL FROM stat_totals
    WHERE section = ? AND day IN ({labels}) GROUP BY team_id, name, key
    UNION ALL
    SELECT NULL, team_id, name, key, 0, 0, vals FROM stat_totals
    WHERE section = ? AND day IN ({labels}) AND vals IS NOT NULL"""


async def read(conn: Conn, kept: Kept, lo: str, hi: str, t: Tallies) -> None:
    """Count the section's rows of [lo, hi) into t: kept months and days from their totals,
    the rest (the range's partial first and last day, today, what is not kept yet) live."""
    units = kept.units(lo, hi)
    kept_labels: set[str] = set()
    if units:
        labels = [label for label, _start, _end in units]
        sql = _READ.format(labels=", ".join("?" * len(labels)))
        for day, team, name, key, n, total, vals in await rows(
            conn, sql, (kept.section, *labels) * 3
        ):
            who = int(team) or None  # 0 in the table: no team
            if day is not None:
                kept_labels.add(day)
            elif vals is not None:
                t.samples[who, kept.section, name].extend(map(float, vals.split()))
            else:
                if n:
                    t.counts[who, kept.section, name, key] += int(n)
                if total:
                    t.sums[who, kept.section, name, key] += float(total)
    at = lo
    for label, start, end in units:
        if label in kept_labels:
            if at < start:
                await kept.count(conn, at, start, t)
            at = end
    if at < hi:
        await kept.count(conn, at, hi, t)


async def fill(
    conn: Conn, kept: Kept, now: datetime, since: date, tallies: Callable[[], Tallies]
) -> int:
    """Keep the section's closed months and days from `since` that are not kept yet, one
    transaction each (a writer waits for one month's count, never for the whole history);
    the number kept. Closed: before yesterday in UTC, so a follow-up's day is over in any
    zone. A month kept replaces its days."""
    start = since.replace(day=1)
    kept_labels = {
        row[0]
        for row in await rows(
            conn,
            "SELECT day FROM stat_days WHERE section = ? AND day >= ?",
            (kept.section, f"{start:%Y-%m}"),
        )
    }
    filled = 0
    for label, lo, hi in kept.units(kept.text(start), kept.text(now.date() - _DAY)):
        if label not in kept_labels:
            await _fill(conn, kept, label, lo, hi, now, tallies())
            filled += 1
    return filled


async def _fill(
    conn: Conn, kept: Kept, label: str, lo: str, hi: str, now: datetime, t: Tallies
) -> None:
    async with transaction(conn):  # the count and its rows, with no write in between
        await kept.count(conn, lo, hi, t)
        out: list[tuple[object, ...]] = [
            (kept.section, label, team or 0, name, key, n, 0.0, None)
            for (team, _s, name, key), n in t.counts.items()
            if n
        ]
        out += [
            (kept.section, label, team or 0, name, key, 0, value, None)
            for (team, _s, name, key), value in t.sums.items()
            if value
        ]
        out += [
            (kept.section, label, team or 0, name, "", 0, 0.0, " ".join(map(repr, values)))
            for (team, _s, name), values in t.samples.items()
            if values
        ]
        # The unit's rows, and for a month its days' ('YYYY-MM' < 'YYYY-MM-DD' < 'YYYY-MM~').
        within = (kept.section, label, label + "~")
        for table in ("stat_totals", "stat_days"):
            await conn.execute(
                f"DELETE FROM {table} WHERE section = ? AND day >= ? AND day < ?", within
            )
        if out:
            await conn.executemany(
                """INSERT INTO stat_totals (section, day, team_id, name, key, n, total, vals)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                out,
            )
        await conn.execute(
            "INSERT INTO stat_days (section, day, filled_at) VALUES (?, ?, ?)",
            (kept.section, label, to_text(now)),
        )


# Mentors who logged a follow-up: a distinct count, not additive by day. Each closed month
# keeps its set of (team, mentor) (section 'mentors', day 'YYYY-MM'); a period's count is the
# union of its whole months' sets and the rows of its other days, in one statement (one
# snapshot): a month whose set is not kept is read from its rows, a condition SQLite and
# PostgreSQL test once, before reading them.
_LIVE_MENTORS = """SELECT COALESCE(team_id, 0) AS team, CAST(mentor_id AS TEXT) AS mentor FROM logs
                   WHERE day >= ? AND day < ?"""


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
    found = await rows(
        conn,
        f"SELECT team, COUNT(DISTINCT mentor) FROM ({' UNION ALL '.join(parts)}) u GROUP BY team",
        tuple(params),
    )
    return [(int(team) or None, int(n)) for team, n in found]


async def fill_mentors(conn: Conn, now: datetime, since: date) -> int:
    """Keep the set of each closed month from `since`'s not kept yet; the months filled."""
    until = now.date() - timedelta(days=1)
    kept = {
        row[0]
        for row in await rows(
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


async def rows(conn: Conn, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
    async with conn.execute(sql, params) as cur:
        cur.row_factory = None  # plain tuples: a national year is many rows
        return cast(list[tuple[Any, ...]], await cur.fetchall())
