"""Nothing lost on the way in: the durable inbox, and each person's updates in order.

python-telegram-bot's Updater puts every update it receives into the Application's
`update_queue` and only then tells Telegram it arrived: polling confirms a batch with the
next getUpdates offset after putting it; the webhook answers 200 after putting it. So
`InboxQueue.put` writes the update to the database (committed, synchronous=FULL) before it
returns: a crash after that finds it in the inbox at the next start (`recover`), a crash
before leaves it with Telegram, which delivers it again. An update whose id is already kept
is not queued twice.

`PerPerson` is the Application's update processor: updates of one person (one chat) run one
after the other in the order they arrived; different people's run at once, so a slow export
or a busy group never holds up someone else's answer. It marks each update done when its
handlers have run. A crash while an update runs means it runs again at the next start:
at-least-once for that one update (see README, "Nothing lost").
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable
from contextvars import ContextVar
from typing import Any, Protocol

from telegram import Bot, Update
from telegram.ext import BaseUpdateProcessor
from telegram.request import BaseRequest

from bot.notes import Notes, NoteUnreadable
from storage.database import Database

logger = logging.getLogger(__name__)

# The update the current task is processing, for code that wants to mark it done in its own
# transaction (storage.inbox.Inbox.done is idempotent) or use its id as an idempotency key.
CURRENT_UPDATE: ContextVar[int | None] = ContextVar("lien_current_update", default=None)

# How many people's updates run at once. Each person's are still one at a time.
RUNNING_AT_ONCE = 64
# PTB's own semaphore is taken before our per-person wait: a busy group's queued updates
# would hold its slots and delay everyone. So it is effectively off; RUNNING_AT_ONCE limits.
_PTB_SLOTS = 1_000_000


def person_key(update: Update) -> int:
    """Whose turn an update waits for: its chat (a private chat is one person; a group is
    one key of its own, so it can never delay a private chat), else its sender."""
    chat = update.effective_chat
    if chat is not None:
        return chat.id
    user = update.effective_user
    return user.id if user is not None else 0


def fingerprint(update: Update) -> str:
    """What tells this update apart from another one under the same id, without its text."""
    if update.callback_query is not None:
        query = update.callback_query
        origin = query.message
        where = f"{origin.chat.id}:{origin.message_id}" if origin is not None else ""
        return f"q:{query.from_user.id}:{query.id}:{where}"
    message = update.effective_message
    if message is not None:
        return f"m:{message.chat.id}:{message.message_id}:{int(message.date.timestamp())}"
    kind = next((k for k in update.to_dict() if k != "update_id"), "")
    return f"{kind}:{update.effective_user.id if update.effective_user else ''}"


class Opens(Protocol):
    """Where the inbox finds the database and the notes key (BotData)."""

    notes: Notes

    async def open_database(self) -> Database: ...


class InboxQueue(asyncio.Queue[object]):
    """The Application's update_queue, durable: `put` keeps the update first. Kept updates
    hold message text: they are encrypted with the notes key, and emptied once processed."""

    def __init__(self, data: Opens) -> None:
        super().__init__()
        self._data = data
        self._turns: dict[int, tuple[asyncio.Future[None] | None, asyncio.Future[None]]] = {}
        self._last: dict[int, asyncio.Future[None]] = {}
        self._reused_in_a_row = 0
        self._to_mark: list[int] = []  # processed, not yet marked done
        self._batch: list[Update] = []  # put, not kept yet
        self._batching = False
        self._marking = asyncio.Lock()
        self.stopping = False

    def batch_until_next_poll(self) -> None:
        """Polling: keep a getUpdates batch in one commit, made before the next getUpdates
        (the one whose offset confirms the batch) leaves: see `KeptBeforeConfirming`."""
        self._batching = True

    async def put(self, item: object) -> None:
        if not isinstance(item, Update):
            await super().put(item)
            return
        self._batch.append(item)
        if not self._batching:  # the webhook answers 200 once put returns: keep it now
            await self.flush()

    async def flush(self) -> None:
        """Keep what was put (one commit), then queue what is new, in order."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        marks = [fingerprint(u) for u in batch]
        seal = self._data.notes.seal
        try:
            received = await (await self.database()).inbox.keep(
                [
                    (u.update_id, mark, seal(json.dumps(u.to_dict(), ensure_ascii=False)))
                    for u, mark in zip(batch, marks, strict=True)
                ]
            )
        except BaseException:
            # Not kept: the getUpdates that would confirm them fails with this, and the next
            # one tries to keep them again first.
            self._batch = batch + self._batch
            raise
        for update, mark, kept in zip(batch, marks, received, strict=True):
            if not kept.new:
                self._seen(update.update_id, same=kept.known_fingerprint in ("", mark))
                continue
            self._reused_in_a_row = 0
            self._line_up(update)
            await super().put(update)

    def _seen(self, update_id: int, *, same: bool) -> None:
        if same:  # Telegram delivered it again (we stopped before confirming it): kept already
            logger.info("update %s delivered again, kept already", update_id)
            return
        # Another update under an id we kept: the server's numbering went back (a Bot API
        # server or sandbox started afresh). Say so loudly: these updates are not processed.
        self._reused_in_a_row += 1
        n = self._reused_in_a_row
        if n in (1, 10) or n % 100 == 0:
            logger.warning(
                "%d update(s) in a row dropped: their ids (last %s) belong to other updates "
                "kept before; the Bot API server's update ids went back",
                n,
                update_id,
            )

    def stop_taking(self) -> None:
        """The bot is stopping: what is queued, or waits for its person's turn, is not
        started. It stays kept, not done, and goes first at the next start (`recover`), so
        a stop waits only for the updates already running, never for a backlog."""
        self.stopping = True
        while not self.empty():
            self.get_nowait()
            self.task_done()

    async def recover(self, bot: Bot) -> int:
        """Queue the updates kept but not processed when the process last stopped, in order,
        ahead of anything new. Returns how many."""
        db = await self.database()
        kept = await db.inbox.unfinished()
        for update_id, payload in kept:
            try:
                update = Update.de_json(json.loads(self._data.notes.open(payload)), bot)
            except NoteUnreadable:  # the notes key was replaced: nobody can read it any more
                logger.warning("update %s kept under another notes key, dropped", update_id)
                await db.inbox.done(update_id)
                continue
            self._line_up(update)
            await super().put(update)
        if kept:
            logger.info("%d update(s) kept before the last stop are processed now", len(kept))
        return len(kept)

    async def database(self) -> Database:
        return await self._data.open_database()

    async def mark_done(self, update_id: int) -> None:
        """Mark it done, with every other update that finished meanwhile (one commit for
        them all: with synchronous=FULL a commit is the cost). Returns once it is written."""
        self._to_mark.append(update_id)
        async with self._marking:
            if update_id not in self._to_mark:
                return  # the commit before ours took it along
            ids, self._to_mark = self._to_mark, []
            await (await self.database()).inbox.done(*ids)

    def _line_up(self, update: Update) -> None:
        """Give the update its turn: after the last update of the same person."""
        key = person_key(update)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._turns[update.update_id] = (self._last.get(key), mine)
        self._last[key] = mine

    def turn(self, update: Update) -> tuple[asyncio.Future[None] | None, asyncio.Future[None]]:
        """(the previous update's of this person, this one's), handed over once."""
        found = self._turns.pop(update.update_id, None)
        if found is None:  # processed without passing through put (a test's process_update)
            self._line_up(update)
            found = self._turns.pop(update.update_id)
        return found

    def finished(self, update: Update, mine: asyncio.Future[None]) -> None:
        if not mine.done():
            mine.set_result(None)
        key = person_key(update)
        if self._last.get(key) is mine:
            del self._last[key]


class KeptBeforeConfirming(BaseRequest):
    """The getUpdates transport: before a getUpdates leaves (its offset confirms the batch
    before), the batch is committed to the inbox."""

    def __init__(self, inner: BaseRequest, inbox: InboxQueue) -> None:
        self._inner = inner
        self._inbox = inbox

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        if url.endswith("/getUpdates"):
            await self._inbox.flush()
        return await self._inner.do_request(url, method, *args, **kwargs)


class PerPerson(BaseUpdateProcessor):
    """Each person's updates in order, different people's at once; each marked done."""

    def __init__(self, inbox: InboxQueue, running: int = RUNNING_AT_ONCE) -> None:
        super().__init__(max_concurrent_updates=_PTB_SLOTS)
        self._inbox = inbox
        self._running = asyncio.Semaphore(running)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update):
            await coroutine
            return
        previous, mine = self._inbox.turn(update)
        started = False
        try:
            if previous is not None:
                await previous
            async with self._running:
                if self._inbox.stopping:
                    return  # kept, not done: it runs at the next start
                token = CURRENT_UPDATE.set(update.update_id)
                started = True
                try:
                    await coroutine
                except Exception:  # handlers' errors went to on_error; this is PTB's own
                    logger.exception("update %s could not be processed", update.update_id)
                finally:
                    CURRENT_UPDATE.reset(token)
            # Done even when it failed: replaying it at every start would fail again.
            await self._inbox.mark_done(update.update_id)
        finally:
            if not started and asyncio.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting: it never ran, and runs at restart
            self._inbox.finished(update, mine)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
