"""Events (trainings, intervision, information sessions), their answers and reminders.

An answer is one row per person; a Yes when the event is full becomes 'waiting', and the
oldest waiting person moves up when a Yes goes away. Both are single statements, so two
people pressing at once never take the same last place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.tx import Conn, transaction

KINDS = ("training", "intervision", "info")
ANSWERS = ("yes", "maybe", "no")
# Reminders: the day before and two hours before.
LONGEST = timedelta(days=7)  # the longest an event runs (a training week)
REMINDERS = {"day": timedelta(days=1), "2h": timedelta(hours=2)}


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    title: str
    team_id: int | None
    audience: str
    starts_at: datetime
    minutes: int
    place: str
    capacity: int | None
    status: str
    author_id: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Answer:
    person_id: int
    name: str
    answer: str
    attended: bool | None


@dataclass(frozen=True)
class Reminder:
    id: int
    subject: str
    subject_id: int
    kind: str
    due_at: datetime


_COLUMNS = (
    "id, kind, title, team_id, audience, starts_at, minutes, place, capacity, status, author_id"
)


def _event(row: Any) -> Event:
    return Event(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        team_id=row["team_id"],
        audience=row["audience"],
        starts_at=from_text(row["starts_at"]),
        minutes=row["minutes"],
        place=row["place"],
        capacity=row["capacity"],
        status=row["status"],
        author_id=row["author_id"],
    )


class Events:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def create(
        self,
        *,
        kind: str,
        title: str,
        team_id: int | None,
        audience: str,
        starts_at: datetime,
        minutes: int,
        place: str,
        capacity: int | None,
        author_id: int,
    ) -> Event:
        async with self._conn.execute(
            f"""INSERT INTO events (kind, title, team_id, audience, starts_at, minutes, place,
                                   capacity, author_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {_COLUMNS}""",
            (
                kind,
                title,
                team_id,
                audience,
                to_text(starts_at),
                minutes,
                place,
                capacity,
                author_id,
                to_text(self._clock()),
            ),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return _event(row)

    async def get(self, event_id: int) -> Event | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,)
        ) as cur:
            row = await cur.fetchone()
        return _event(row) if row else None

    async def of_teams(self, team_ids: list[int] | None, since: datetime) -> list[Event]:
        """Events of these teams (None: all) ending after `since`, soonest first."""
        where, params = "1 = 1", []
        if team_ids is not None:
            where = f"team_id IN ({','.join('?' * len(team_ids))})"
            params = list(team_ids)
        # No date arithmetic in SQL both databases share: those under way (started within
        # LONGEST before `since`) are checked here, then the next 20 to start.
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM events WHERE {where} AND starts_at >= ? AND starts_at < ?
                ORDER BY starts_at""",
            (*params, to_text(since - LONGEST), to_text(since)),
        ) as cur:
            found = [e for e in map(_event, await cur.fetchall()) if e.ends_at >= since]
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM events WHERE {where} AND starts_at >= ?
                ORDER BY starts_at LIMIT 20""",
            (*params, to_text(since)),
        ) as cur:
            found += map(_event, await cur.fetchall())
        return found[:20]

    async def invited(self, event_id: int, person_id: int) -> bool:
        """Whether this person got the invitation (only they may answer)."""
        async with self._conn.execute(
            """SELECT 1 FROM outbox o JOIN broadcasts b ON b.id = o.broadcast_id
               WHERE b.event_id = ? AND b.purpose = 'invitation' AND o.chat_id = ?""",
            (event_id, person_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def answer(self, event: Event, person_id: int, answer: str) -> tuple[str, int | None]:
        """Record an answer; returns (what was recorded, who moved up from the waiting list).

        A Yes when the places are taken becomes 'waiting'. When a Yes goes away, the oldest
        waiting person takes the place."""
        assert answer in ANSWERS
        now = to_text(self._clock())
        async with transaction(self._conn):
            async with self._conn.execute(
                """INSERT INTO event_answers (event_id, person_id, answer, answered_at)
                   VALUES (:event, :person,
                       CASE WHEN :answer = 'yes' AND CAST(:capacity AS BIGINT) IS NOT NULL AND (
                                SELECT count(*) FROM event_answers WHERE event_id = :event
                                AND answer = 'yes' AND person_id != :person) >= :capacity
                            THEN 'waiting' ELSE :answer END, :now)
                   ON CONFLICT (event_id, person_id) DO UPDATE SET
                       answer = CASE WHEN excluded.answer = 'waiting'
                                     AND event_answers.answer = 'yes' THEN 'yes'
                                     ELSE excluded.answer END,
                       answered_at = CASE WHEN excluded.answer = event_answers.answer
                                          OR (excluded.answer = 'waiting'
                                              AND event_answers.answer = 'yes')
                                          THEN event_answers.answered_at
                                          ELSE excluded.answered_at END
                   RETURNING answer""",
                {
                    "event": event.id,
                    "person": person_id,
                    "answer": answer,
                    "capacity": event.capacity,
                    "now": now,
                },
            ) as cur:
                row = await cur.fetchone()
            recorded = str(row["answer"]) if row else answer
            moved = await self._move_up(event)
        return recorded, moved

    async def _move_up(self, event: Event) -> int | None:
        if event.capacity is None:
            return None
        async with self._conn.execute(
            """UPDATE event_answers SET answer = 'yes'
               WHERE event_id = :event AND person_id = (
                   SELECT person_id FROM event_answers WHERE event_id = :event
                   AND answer = 'waiting' ORDER BY answered_at, person_id LIMIT 1)
               AND (SELECT count(*) FROM event_answers WHERE event_id = :event
                    AND answer = 'yes') < :capacity
               RETURNING person_id""",
            {"event": event.id, "capacity": event.capacity},
        ) as cur:
            row = await cur.fetchone()
        return int(row["person_id"]) if row else None

    async def answers(self, event_id: int) -> list[Answer]:
        async with self._conn.execute(
            """SELECT a.person_id, coalesce(p.display_name, '?') AS name, a.answer, a.attended
               FROM event_answers a LEFT JOIN people p ON p.telegram_id = a.person_id
               WHERE a.event_id = ? ORDER BY a.answer, a.answered_at""",
            (event_id,),
        ) as cur:
            return [
                Answer(
                    r["person_id"],
                    r["name"],
                    r["answer"],
                    None if r["attended"] is None else bool(r["attended"]),
                )
                for r in await cur.fetchall()
            ]

    async def coming(self, event_id: int) -> list[int]:
        """Who gets the reminders: Yes and Maybe."""
        async with self._conn.execute(
            """SELECT person_id FROM event_answers WHERE event_id = ?
               AND answer IN ('yes', 'maybe') ORDER BY person_id""",
            (event_id,),
        ) as cur:
            return [r["person_id"] for r in await cur.fetchall()]

    async def answered(self, event_id: int) -> list[int]:
        """Who is told when the event moves or is cancelled: everyone who answered."""
        async with self._conn.execute(
            "SELECT person_id FROM event_answers WHERE event_id = ? ORDER BY person_id",
            (event_id,),
        ) as cur:
            return [r["person_id"] for r in await cur.fetchall()]

    async def mark_attended(self, event_id: int, person_id: int) -> bool | None:
        """Toggle whether this person came; None if they never answered."""
        async with self._conn.execute(
            """UPDATE event_answers SET attended = 1 - coalesce(attended, 0)
               WHERE event_id = ? AND person_id = ? RETURNING attended""",
            (event_id, person_id),
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else bool(row["attended"])

    async def came(self, event_id: int, person_id: int, attended: bool) -> None:
        """A past event's answer and attendance at once (the demo's history), without the
        waiting list's transaction, so that a whole history fits in one."""
        await self._conn.execute(
            """INSERT INTO event_answers (event_id, person_id, answer, answered_at, attended)
               VALUES (?, ?, 'yes', ?, ?)
               ON CONFLICT (event_id, person_id) DO UPDATE SET attended = excluded.attended""",
            (event_id, person_id, to_text(self._clock()), int(attended)),
        )

    async def move(self, event_id: int, starts_at: datetime) -> bool:
        async with self._conn.execute(
            "UPDATE events SET starts_at = ? WHERE id = ? AND status = 'open'",
            (to_text(starts_at), event_id),
        ) as cur:
            return cur.rowcount == 1

    async def cancel(self, event_id: int) -> bool:
        async with self._conn.execute(
            "UPDATE events SET status = 'cancelled' WHERE id = ? AND status = 'open'",
            (event_id,),
        ) as cur:
            done = cur.rowcount == 1
        if done:
            await self._conn.execute(
                """UPDATE reminders SET status = 'cancelled'
                   WHERE subject = 'event' AND subject_id = ? AND status = 'pending'""",
                (event_id,),
            )
        return done


class Reminders:
    """Reminders of events and sessions, each sent once (a conditional update)."""

    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def plan(self, subject: str, subject_id: int, starts_at: datetime) -> list[Reminder]:
        """(Re)plan the day-before and two-hours-before reminders; those already past at
        planning time are not planned (nobody needs a reminder of what was just set)."""
        now = self._clock()
        planned = []
        for kind, before in REMINDERS.items():
            due = starts_at - before
            status = "pending" if due > now else "skipped"
            async with self._conn.execute(
                """INSERT INTO reminders (subject, subject_id, kind, due_at, status)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (subject, subject_id, kind) DO UPDATE SET
                       due_at = excluded.due_at, status = excluded.status
                   RETURNING id""",
                (subject, subject_id, kind, to_text(due), status),
            ) as cur:
                row = await cur.fetchone()
            if row is not None and status == "pending":
                planned.append(Reminder(row["id"], subject, subject_id, kind, due))
        return planned

    async def plan_many(self, subject: str, moments: list[tuple[int, datetime]]) -> None:
        """Plan both reminders of each (subject id, start) unless they exist (sent ones stay
        sent); those already past are planned as skipped. One statement for them all."""
        now = self._clock()
        rows = []
        for subject_id, starts_at in moments:
            for kind, before in REMINDERS.items():
                due = starts_at - before
                status = "pending" if due > now else "skipped"
                rows.append((subject, subject_id, kind, to_text(due), status))
        async with transaction(self._conn):  # one commit, not one per row
            await self._conn.executemany(
                """INSERT INTO reminders (subject, subject_id, kind, due_at, status)
                   VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject, subject_id, kind) DO NOTHING""",
                rows,
            )

    async def due_before(self, subject: str, until: datetime) -> list[Reminder]:
        """Pending reminders of this subject due before `until` (those whose jobs are kept
        in memory), late ones included."""
        async with self._conn.execute(
            """SELECT id, subject, subject_id, kind, due_at FROM reminders
               WHERE status = 'pending' AND due_at < ? AND subject = ? ORDER BY due_at""",
            (to_text(until), subject),
        ) as cur:
            return [
                Reminder(r["id"], r["subject"], r["subject_id"], r["kind"], from_text(r["due_at"]))
                for r in await cur.fetchall()
            ]

    async def pending(self) -> list[Reminder]:
        async with self._conn.execute(
            """SELECT id, subject, subject_id, kind, due_at FROM reminders
               WHERE status = 'pending' ORDER BY due_at"""
        ) as cur:
            return [
                Reminder(r["id"], r["subject"], r["subject_id"], r["kind"], from_text(r["due_at"]))
                for r in await cur.fetchall()
            ]

    async def get(self, subject: str, subject_id: int, kind: str) -> Reminder | None:
        async with self._conn.execute(
            """SELECT id, subject, subject_id, kind, due_at FROM reminders
               WHERE subject = ? AND subject_id = ? AND kind = ? AND status = 'pending'""",
            (subject, subject_id, kind),
        ) as cur:
            r = await cur.fetchone()
        if r is None:
            return None
        return Reminder(r["id"], r["subject"], r["subject_id"], r["kind"], from_text(r["due_at"]))

    async def close(self, reminder_id: int, status: str) -> bool:
        """pending -> sent or skipped, once: a second run of the same job does nothing."""
        async with self._conn.execute(
            "UPDATE reminders SET status = ? WHERE id = ? AND status = 'pending'",
            (status, reminder_id),
        ) as cur:
            return cur.rowcount == 1
