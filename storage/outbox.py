"""The outbox: every message to someone other than the person acting, kept until delivered.

Two sorts of rows share one queue. A broadcast's rows (one per recipient, written by
storage.broadcasts) say only who; the broadcast says what. A notice (`Notice`) is written by
the handler in the same transaction as the state change that causes it, so the change and
its messages are kept or lost together: a kind and parameters, worded when it is sent (in
the recipient's language, that day), and an idempotency key, unique, so a repeated button or
a re-processed update adds nothing. Rows go out by priority (safety first, then personal
notices, then broadcasts), oldest first; each moves pending -> sending -> a final state and
keeps the sent message's id. A notice for someone who blocked the bot waits as 'held' (not
tried, not lost) until they write again (`resume`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.tx import Conn, transaction

FINAL = ("sent", "unreachable", "failed", "cancelled")
HELD = "held"  # for someone who blocked the bot: sent when they come back


class Priority(IntEnum):
    """Lower goes first."""

    SAFETY = 0  # the safety net: emergency numbers, COPIL alerts
    PERSONAL = 1  # a notice to one person about their request, link, group...
    BULK = 2  # broadcasts: news, invitations, reminders


@dataclass(frozen=True)
class Notice:
    """A message to write into the outbox: to `chat_id`, rendered by the sender's renderer
    for `kind` from `params` (JSON-able). `key` is unique for all time: the same key twice
    is one message. `about`: the person it names, when not its recipient (/forget erases
    it with their data)."""

    chat_id: int
    kind: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    priority: Priority = Priority.PERSONAL
    about: int | None = None


@dataclass(frozen=True)
class OutboxItem:
    id: int
    broadcast_id: int | None  # None: a notice
    chat_id: int
    attempts: int
    priority: int = Priority.BULK
    kind: str | None = None
    key: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Delivery:
    """Where a notice stands: its status, and the message once sent."""

    key: str
    chat_id: int
    status: str
    message_id: int | None
    params: dict[str, Any] = field(default_factory=dict)
    about: int | None = None


_RETURNING = "id, broadcast_id, chat_id, attempts, priority, kind, key, params"


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        broadcast_id=row["broadcast_id"],
        chat_id=row["chat_id"],
        attempts=row["attempts"],
        priority=row["priority"],
        kind=row["kind"],
        key=row["key"],
        params=json.loads(row["params"]) if row["params"] else {},
    )


class Outbox:
    """The delivery queue."""

    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def add(self, notices: list[Notice]) -> int:
        """Queue notices; those whose key is already there are left alone. Call it inside
        the transaction of the change that causes them. Returns how many are new. A notice
        for someone who blocked the bot is held at once: no call that Telegram would refuse."""
        now = to_text(self._clock())
        added = 0
        for notice in notices:
            async with self._conn.execute(
                """INSERT INTO outbox (chat_id, status, priority, key, kind, params, created_at,
                                      about)
                   VALUES (?, CASE WHEN EXISTS (SELECT 1 FROM people WHERE telegram_id = ?
                                                AND blocked_at IS NOT NULL)
                                   THEN 'held' ELSE 'pending' END, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (key) DO NOTHING""",
                (
                    notice.chat_id,
                    notice.chat_id,
                    int(notice.priority),
                    notice.key,
                    notice.kind,
                    json.dumps(notice.params, ensure_ascii=False),
                    now,
                    notice.about,
                ),
            ) as cur:
                added += cur.rowcount
        return added

    async def delivery(self, key: str) -> Delivery | None:
        """Where the notice with this key stands (None: never queued)."""
        rows = await self.deliveries(key, prefix=False)
        return rows[0] if rows else None

    async def deliveries(self, key: str, *, prefix: bool = True) -> list[Delivery]:
        """Every notice whose key starts with `key` (e.g. all copies of one alert)."""
        where = "key >= ? AND key < ?" if prefix else "key = ?"
        args = (key, key + "\uffff") if prefix else (key,)
        async with self._conn.execute(
            f"""SELECT key, chat_id, status, message_id, params, about FROM outbox
                WHERE {where} ORDER BY id""",
            args,
        ) as cur:
            return [
                Delivery(
                    r["key"],
                    r["chat_id"],
                    r["status"],
                    r["message_id"],
                    json.loads(r["params"]) if r["params"] else {},
                    r["about"],
                )
                for r in await cur.fetchall()
            ]

    async def forget_words(self, prefix: str, created_before: datetime) -> int:
        """Remove the quoted words (`text` argument) of final notices under this key prefix
        made before this time: a crisis alert quotes the youth's message, and relayed words
        are not kept once nothing needs them. Such a notice held for someone who blocked the
        bot is cancelled with its words: the quote is not kept for their return."""
        async with transaction(self._conn):
            # The JSON is edited here: SQLite's json_remove and PostgreSQL's #- differ.
            async with self._conn.execute(
                f"""SELECT id, params, status FROM outbox
                    WHERE key >= ? AND key < ? AND created_at < ?
                    AND status IN ({", ".join("?" * (len(FINAL) + 1))})""",
                (prefix, prefix + "\uffff", to_text(created_before), *FINAL, HELD),
            ) as cur:
                rows = await cur.fetchall()
            edited = [
                (p, "cancelled" if row["status"] == HELD else row["status"], row["id"])
                for row in rows
                if (p := _without_words(row["params"]))
            ]
            await self._conn.executemany(
                "UPDATE outbox SET params = ?, status = ? WHERE id = ?", edited
            )
        return len(edited)

    async def claim(self) -> OutboxItem | None:
        """The first due row, marked 'sending' (in flight) before anything is sent."""
        items = await self.claim_many(1)
        return items[0] if items else None

    async def claim_many(self, limit: int) -> list[OutboxItem]:
        """Up to `limit` due rows, by priority then age, marked 'sending' in one transaction
        (one disk sync for a batch). A claimed row not yet sent when the process dies goes
        out again at start-up: claiming ahead never causes a duplicate.

        Fresh rows (next_try_at NULL) and rows waiting for a retry are looked up apart, so
        each lookup walks the index outbox_due instead of sorting every pending row."""
        # execute_fetchall: the statement runs to its end in one go, so no transaction
        # elsewhere on the shared connection ever commits while it is half done.
        rows = await self._conn.execute_fetchall(
            f"""UPDATE outbox SET status = 'sending', attempts = attempts + 1
               WHERE id IN (SELECT id FROM (
                   SELECT id, priority FROM (SELECT id, priority FROM outbox
                                   WHERE status = 'pending' AND next_try_at IS NULL
                                   ORDER BY priority, id LIMIT :limit) AS fresh
                   UNION ALL
                   SELECT id, priority FROM (SELECT id, priority FROM outbox
                                   WHERE status = 'pending' AND next_try_at <= :now
                                   ORDER BY priority, id LIMIT :limit) AS retried) AS due
                   ORDER BY priority, id LIMIT :limit)
               RETURNING {_RETURNING}""",
            {"limit": limit, "now": to_text(self._clock())},
        )
        return sorted((_item(r) for r in rows), key=lambda item: (item.priority, item.id))

    async def claim_keys(self, keys: list[str]) -> list[OutboxItem]:
        """These notices, if still pending, marked 'sending' (to send them at once)."""
        if not keys:
            return []
        rows = await self._conn.execute_fetchall(
            f"""UPDATE outbox SET status = 'sending', attempts = attempts + 1
                WHERE status = 'pending' AND key IN ({", ".join("?" * len(keys))})
                RETURNING {_RETURNING}""",
            keys,
        )
        order = {key: i for i, key in enumerate(keys)}
        return sorted((_item(r) for r in rows), key=lambda item: order[item.key or ""])

    async def finish(self, finished: list[tuple[int, str, int | None]]) -> None:
        """Final states (sent with its message id, unreachable: the chat is gone, failed,
        cancelled) or held (blocked the bot): one statement per state, each its own
        transaction (no explicit one that could meet a statement in progress elsewhere on
        the connection)."""
        assert all(status in (*FINAL, HELD) for _, status, _m in finished)
        now = to_text(self._clock())
        for status in sorted({status for _, status, _m in finished}):
            rows = [(item, m) for item, s, m in finished if s == status]
            cases = " ".join("WHEN ? THEN CAST(? AS BIGINT)" for _ in rows)
            await self._conn.execute(
                f"""UPDATE outbox SET status = ?, sent_at = ?, message_id = CASE id {cases} END
                   WHERE status = 'sending' AND id IN ({", ".join("?" * len(rows))})""",
                (
                    status,
                    now if status == "sent" else None,
                    *(v for row in rows for v in row),
                    *(item for item, _m in rows),
                ),
            )

    async def retry_later(self, item_id: int, at: datetime, *, counts: bool = True) -> None:
        """Back to the queue; a 429 does not count as an attempt (nothing was wrong)."""
        await self._conn.execute(
            """UPDATE outbox SET status = 'pending', next_try_at = ?,
                   attempts = attempts - ? WHERE id = ? AND status = 'sending'""",
            (to_text(at), 0 if counts else 1, item_id),
        )

    async def unclaim(self, ids: list[int]) -> None:
        """Rows claimed but never tried (the sender stopped first): back as they were."""
        if ids:
            await self._conn.execute(
                f"""UPDATE outbox SET status = 'pending', attempts = attempts - 1
                   WHERE status = 'sending' AND id IN ({", ".join("?" * len(ids))})""",
                ids,
            )

    async def hold(self, chat_id: int) -> int:
        """They blocked the bot: their notices still waiting are held, not tried."""
        async with self._conn.execute(
            """UPDATE outbox SET status = 'held'
               WHERE chat_id = ? AND status = 'pending' AND broadcast_id IS NULL""",
            (chat_id,),
        ) as cur:
            return cur.rowcount

    async def resume(self, chat_id: int) -> int:
        """They came back: their held notices go out, with all their tries ahead of them."""
        async with self._conn.execute(
            """UPDATE outbox SET status = 'pending', attempts = 0, next_try_at = NULL
               WHERE chat_id = ? AND status = 'held'""",
            (chat_id,),
        ) as cur:
            return cur.rowcount

    async def requeue_in_flight(self) -> int:
        """At start-up: rows left 'sending' by a crash go out again. The call may or may not
        have reached Telegram; sending again risks one duplicate, skipping risks a loss."""
        async with self._conn.execute(
            "UPDATE outbox SET status = 'pending' WHERE status = 'sending'"
        ) as cur:
            return cur.rowcount

    async def next_due(self) -> datetime | None:
        async with self._conn.execute(
            "SELECT min(coalesce(next_try_at, '')) AS at FROM outbox WHERE status = 'pending'"
        ) as cur:
            row = await cur.fetchone()
        if row is None or row["at"] is None:
            return None
        return from_text(row["at"]) if row["at"] else self._clock()

    async def pending_count(self) -> int:
        """Rows not yet in a final state (tests drain until this is 0)."""
        async with self._conn.execute(
            "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')"
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def cancel_pending(self, broadcast_id: int) -> int:
        async with self._conn.execute(
            "UPDATE outbox SET status = 'cancelled' WHERE broadcast_id = ? AND status = 'pending'",
            (broadcast_id,),
        ) as cur:
            return cur.rowcount


def _without_words(params: str | None) -> str | None:
    """The parameters without their quoted words (`args.text`, `args.said.args.text`), or
    None when there were none."""
    data = json.loads(params) if params else {}
    args = data.get("args") if isinstance(data, dict) else None
    if not isinstance(args, dict):
        return None
    said = args.get("said")
    inner = said.get("args") if isinstance(said, dict) else None
    found = args.pop("text", None) is not None
    if isinstance(inner, dict):
        found = inner.pop("text", None) is not None or found
    return json.dumps(data, ensure_ascii=False) if found else None
