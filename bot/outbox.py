"""The outbox sender: delivers outbox rows (notices and broadcasts) at Telegram's pace,
durably, by priority: safety first, then personal notices, then broadcasts.

- Pace: evenly spaced sends (a token bucket of one token, on a monotonic clock, with a
  drift-free schedule), a little under 30 a second overall, several calls in flight at once
  so a slow answer never holds the pace; at most one message a second to one chat.
- 429: the whole sender waits `retry_after`, then the row goes again (not an attempt).
- 403 (blocked the bot, or never started it): `on_blocked` marks the person; their notice is
  held (sent when they come back, see bot.sending.came_back), a broadcast's copy and any
  other chat's row unreachable. "Chat not found": unreachable. Neither is retried.
- Network errors, timeouts and 5xx: retried with growing back-off (RETRIES: per priority,
  how soon, how long at most between tries, how many tries), then failed; safety rows
  never give up. A timeout may hide a message that went out (Telegram has no idempotent
  send): the retry can then deliver it twice, never zero times.
- Notices are worded at send time by the renderer of their kind (`kinds`); a renderer
  returning None means the message is no longer wanted (the request was taken meanwhile):
  the row is cancelled, nothing goes out; so is a notice whose `until` has passed (a
  question held for someone who blocked the bot, see bot.sending). A sent row keeps its
  message id.
- Durable: a row is marked 'sending' before its call (claimed a batch ahead) and final
  after it (written by a background task as answers come, batched under load); at
  start-up rows left 'sending' go out again (see Outbox.requeue_in_flight).

It sends with its own Bot without PTB's AIORateLimiter: that limiter would retry 429s on its
own and pace nothing (overall_max_rate=0), while bulk sending must pace itself."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError, TimedOut

from storage.broadcasts import Broadcast
from storage.clock import Clock, from_text
from storage.database import Database
from storage.outbox import OutboxItem, Priority

logger = logging.getLogger(__name__)

LIMIT = 30  # Telegram: messages in any one second, overall
MAX_ATTEMPTS = 5  # a broadcast's row
MAX_IN_FLIGHT = 32
BACKOFF = timedelta(seconds=10)  # then 20, 40, 80 s


@dataclass(frozen=True)
class Retries:
    first: timedelta  # the wait after the first failure, doubled after each next one
    longest: timedelta
    attempts: int | None  # None: until delivered


RETRIES = {
    # A crisis alert or the youth's emergency numbers: soon, and until someone has it.
    Priority.SAFETY: Retries(timedelta(seconds=2), timedelta(seconds=30), None),
    # A notice to one person: about fifty minutes of tries before giving up.
    Priority.PERSONAL: Retries(BACKOFF, timedelta(minutes=15), 10),
    Priority.BULK: Retries(BACKOFF, BACKOFF * 8, MAX_ATTEMPTS),
}
Content = tuple[str, InlineKeyboardMarkup | None]
# Messages about an event or a session are worded per recipient (their language, their
# role's words) with their buttons: purpose -> (text, buttons) for one chat.
Render = Callable[[Broadcast, int], Awaitable[Content]]
# A notice's words for its recipient, or None if it is no longer wanted.
RenderNotice = Callable[[OutboxItem], Awaitable[Content | None]]
Finished = Callable[[Broadcast], Awaitable[None]]
SentHook = Callable[[OutboxItem, int], Awaitable[None]]


def _seconds(value: object) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(str(value))


class Sender:
    def __init__(
        self,
        *,
        rate: float,
        per_chat: float = 1.0,
        speedup: float = 1.0,
        clock: Clock,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / (rate * speedup)
        self.chat_interval = 1.0 / (per_chat * speedup)
        self.speedup = speedup
        self.clock = clock
        self.monotonic = monotonic
        self.sleep = sleep
        self.renderers: dict[str, Render] = {}
        self.kinds: dict[str, RenderNotice] = {}
        # Told of a notice's sent message (its params name one as "on_sent").
        self.sent_hooks: dict[str, SentHook] = {}
        # Told of a 403 for a chat; True if it is a person's (their notices are then held).
        self.on_blocked: Callable[[int], Awaitable[bool]] | None = None
        self._next = 0.0  # monotonic time of the next allowed send
        # About a tenth of a second of sends is claimed at once.
        self.batch = max(4, int(rate * speedup / 10))
        self._finished: list[tuple[int, str, int | None]] = []  # answered, not yet written
        self._answered = asyncio.Event()
        self._stopping = False
        self._closed = False  # the bot is stopping: finish what is in flight, start nothing
        self._unclaimed: list[int] = []  # claimed, never tried: they go back at the end
        self._paused_until = 0.0
        # The guard against bunching: a call counts from its start until one second after
        # its answer (it reached Telegram somewhere in between), and at most LIMIT such
        # calls may be open at once. Delays on the way then never squeeze more than the
        # limit into one of Telegram's seconds, whatever the even spacing became.
        self.window_cap = int(LIMIT * speedup)
        self._answered_at: deque[float] = deque()
        self._calls_open = 0
        self._last_to: dict[int, float] = {}
        self._chat_turns: dict[int, asyncio.Future[None]] = {}  # each chat's last row in flight
        self._lock = asyncio.Lock()
        self._again = False
        self._broadcasts: dict[int, Broadcast] = {}
        self.stats = {"sent": 0, "429": 0, "retried": 0, "timeouts": 0}

    def close(self) -> None:
        """The bot is stopping: a drain ends once its calls in flight are answered, and
        rows it claimed ahead go back to the queue as they were, for the next start."""
        self._closed = True

    async def drain(self, bot: Bot, db: Database, finished: Finished) -> None:
        """Send every due row, then report finished broadcasts. One drain at a time: a call
        while one runs makes it look again before it stops."""
        if self._lock.locked():
            self._again = True
            return
        async with self._lock:
            while not self._closed:
                self._again = False
                await self._send_due(bot, db)
                for broadcast in await db.broadcasts.finish_done():
                    await finished(broadcast)
                    self._again = True  # its report is a notice: send it too
                if not self._again:
                    break
            self._broadcasts.clear()

    async def send_now(self, bot: Bot, db: Database, keys: list[str]) -> bool:
        """Send these notices at once, in this order, outside the paced loop (the safety
        net's few messages, while the person who wrote waits). What fails stays in the
        outbox for its retries. True if every one of them went out."""
        items = await db.outbox.claim_keys(keys)
        for item in items:
            # A notice, worded in its turn; urgent: it goes even while the bot stops.
            await self._deliver(bot, db, item, None, urgent=True)
        finished, self._finished = self._finished, []
        if finished:
            await db.outbox.finish(finished)
        sent = {item_id for item_id, status, _m in finished if status == "sent"}
        return len(items) == len(keys) and all(item.id in sent for item in items)

    async def _send_due(self, bot: Bot, db: Database) -> None:
        """The pacing loop. Rows are claimed a batch ahead by a background task and final
        states are written by another, so the loop never waits for the disk."""
        in_flight: set[asyncio.Task[None]] = set()
        slots = asyncio.Semaphore(MAX_IN_FLIGHT)
        queue: deque[OutboxItem] = deque()
        prefetch: asyncio.Task[list[OutboxItem]] | None = None
        self._stopping = False
        flusher = asyncio.create_task(self._flush(db))
        try:
            while not self._closed:
                if prefetch is not None and prefetch.done():
                    queue.extend(prefetch.result())
                    prefetch = None
                if prefetch is None and len(queue) <= self.batch // 2:
                    prefetch = asyncio.create_task(db.outbox.claim_many(self.batch))
                if not queue:
                    assert prefetch is not None
                    queue.extend(await prefetch)
                    prefetch = None
                    if not queue:
                        if not in_flight:
                            return
                        # A row in flight may come back (a 429): look again once they land.
                        await asyncio.wait(in_flight)
                        continue
                item = queue.popleft()
                content: Content | None = None
                if item.broadcast_id is not None:
                    broadcast = await self._broadcast(db, item.broadcast_id)
                    # Worded for its reader before the turn, so the turn goes to the call.
                    content = await self._render(broadcast, item.chat_id) if broadcast else None
                await slots.acquire()
                await self._wait_turn()
                if self._closed:
                    slots.release()
                    self._unclaimed.append(item.id)
                    break
                task = asyncio.create_task(self._deliver(bot, db, item, content))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
                task.add_done_callback(lambda _: slots.release())
        finally:
            if in_flight:
                await asyncio.wait(in_flight)
            if prefetch is not None:
                queue.extend(await prefetch)
            unclaimed, self._unclaimed = self._unclaimed + [i.id for i in queue], []
            await db.outbox.unclaim(unclaimed)
            self._stopping = True
            self._answered.set()
            await flusher

    async def _flush(self, db: Database) -> None:
        """Write final states as they come, each batch in one transaction."""
        while True:
            await self._answered.wait()
            self._answered.clear()
            finished, self._finished = self._finished, []
            if finished:
                await db.outbox.finish(finished)
            if self._stopping and not self._finished:
                return

    def _done(self, item_id: int, status: str, message_id: int | None = None) -> None:
        self._finished.append((item_id, status, message_id))
        self._answered.set()

    async def _wait_turn(self) -> None:
        """Sleep until the next evenly spaced send time (and past any 429 pause)."""
        now = self.monotonic()
        # Never catch up after a stall: a burst would be the one that trips the limit.
        self._next = max(self._next, now, self._paused_until)
        if self._next > now:
            await self.sleep(self._next - now)
        self._next += self.interval
        while True:
            now = self.monotonic()
            while self._answered_at and self._answered_at[0] <= now - 1.0:
                self._answered_at.popleft()
            if len(self._answered_at) + self._calls_open < self.window_cap:
                return
            wait = self._answered_at[0] + 1.0 - now if self._answered_at else 0.001
            await self.sleep(max(wait, 0.001))

    async def _broadcast(self, db: Database, broadcast_id: int) -> Broadcast | None:
        """What to send (read once per broadcast, before its turn, so the turn goes to
        the call itself)."""
        if broadcast_id not in self._broadcasts:
            found = await db.broadcasts.get(broadcast_id)
            if found is None:
                return None
            self._broadcasts[broadcast_id] = found
        return self._broadcasts[broadcast_id]

    async def _deliver(
        self,
        bot: Bot,
        db: Database,
        item: OutboxItem,
        content: Content | None,
        *,
        urgent: bool = False,
    ) -> None:
        broadcast = None
        if item.broadcast_id is not None:
            broadcast = self._broadcasts.get(item.broadcast_id)
            if broadcast is None:
                self._done(item.id, "cancelled")
                return
            if content is None:  # its renderer failed (logged): never left in flight
                self._done(item.id, "failed")
                return
        what = f"broadcast {item.broadcast_id}" if broadcast else f"notice {item.kind}"
        # One row at a time to a chat, in the order claimed (priority, then age): a person
        # reads "accepted" before "ended" even when the first one's wording takes longer.
        ahead = self._chat_turns.get(item.chat_id)
        mine = asyncio.get_running_loop().create_future()
        self._chat_turns[item.chat_id] = mine
        try:
            if ahead is not None:
                await ahead
            if self._closed and not urgent:  # stopping: the row waits for the next start
                self._unclaimed.append(item.id)
                return
            await self._deliver_in_turn(bot, db, item, broadcast, content, what)
        finally:
            mine.set_result(None)
            if self._chat_turns.get(item.chat_id) is mine:
                del self._chat_turns[item.chat_id]

    async def _deliver_in_turn(
        self,
        bot: Bot,
        db: Database,
        item: OutboxItem,
        broadcast: Broadcast | None,
        content: Content | None,
        what: str,
    ) -> None:
        last = self._last_to.get(item.chat_id)
        if last is not None and self.monotonic() - last < self.chat_interval:
            await self.sleep(self.chat_interval - (self.monotonic() - last))
        self._last_to[item.chat_id] = self.monotonic()
        self._calls_open += 1
        try:
            if broadcast is not None and content is not None:
                message_id: int | None = await self._send(bot, broadcast, item.chat_id, content)
            else:
                message_id = await self._send_notice(bot, item)
        except RetryAfter as error:
            # Telegram asks everyone to wait: pause the whole sender, not just this row.
            wait = _seconds(error.retry_after) / self.speedup
            self._paused_until = max(self._paused_until, self.monotonic() + wait)
            self.stats["429"] += 1
            await db.outbox.retry_later(item.id, self.clock(), counts=False)
            logger.info("429 from Telegram: every send waits %.2f s", wait)
        except Forbidden:
            # Blocked the bot: no message went out, so this turn did not count.
            self._next -= self.interval
            try:
                person = self.on_blocked is not None and await self.on_blocked(item.chat_id)
            except Exception:  # the mark failed: the row still ends, as before the mark
                logger.exception("a chat that blocked the bot could not be marked")
                person = False
            held = person and item.broadcast_id is None
            self._done(item.id, "held" if held else "unreachable")
        except BadRequest as error:
            chat_gone = "chat not found" in error.message.lower()
            self._done(item.id, "unreachable" if chat_gone else "failed")
            if not chat_gone:
                logger.warning("%s: refused by Telegram: %s", what, error)
        except (TelegramError, OSError) as error:
            self.stats["timeouts" if isinstance(error, TimedOut) else "retried"] += 1
            retries = RETRIES[Priority(min(item.priority, Priority.BULK))]
            if retries.attempts is not None and item.attempts >= retries.attempts:
                self._done(item.id, "failed")
                logger.warning("%s: gave up after %s tries", what, item.attempts)
            else:
                delay = min(retries.first * 2 ** (item.attempts - 1), retries.longest)
                delay /= self.speedup
                await db.outbox.retry_later(item.id, self.clock() + delay)
                logger.info("%s: %s, trying again in %s", what, type(error).__name__, delay)
        except Exception:  # a renderer's bug: the row must not stay in flight for ever
            logger.exception("%s: could not be sent", what)
            self._done(item.id, "failed")
        else:
            if message_id is None:  # no longer wanted
                self._next -= self.interval
                self._done(item.id, "cancelled")
                return
            self._answered_at.append(self.monotonic())  # a message went out: it counts
            self._last_to[item.chat_id] = self.monotonic()  # the chat's next one a second on
            self._done(item.id, "sent", message_id)
            self.stats["sent"] += 1
            copy_of = item.params.get("copy_of")
            if copy_of:  # a copy of a decision: kept so it is edited once someone decides
                await db.copies.record(copy_of[0], copy_of[1], item.chat_id, message_id)
            hook = self.sent_hooks.get(item.params.get("on_sent") or "")
            if hook is not None:
                await hook(item, message_id)
        finally:
            self._calls_open -= 1

    async def _render(self, broadcast: Broadcast, chat_id: int) -> Content | None:
        render = self.renderers.get(broadcast.purpose)
        try:
            return await render(broadcast, chat_id) if render else (broadcast.text, None)
        except Exception:  # a renderer's bug: the row is marked failed, the pace goes on
            logger.exception("broadcast %s: could not be worded", broadcast.id)
            return None

    async def _send(self, bot: Bot, broadcast: Broadcast, chat_id: int, content: Content) -> int:
        text, markup = content
        sent = await send_content(
            bot,
            chat_id,
            text,
            photo=broadcast.photo_file_id,
            document=broadcast.document_file_id,
            markup=markup,
        )
        self._forget_old_chats()
        return sent.message_id

    async def _send_notice(self, bot: Bot, item: OutboxItem) -> int | None:
        until = item.params.get("until")
        if until and from_text(until) <= self.clock():  # held or retried past its moment
            return None
        render = self.kinds.get(item.kind or "")
        if render is None:
            raise BadRequest(f"no renderer for the outbox kind {item.kind!r}")
        content = await render(item)
        if content is None:
            return None
        text, markup = content
        reply_to = item.params.get("reply_to")
        sent = await bot.send_message(
            item.chat_id,
            text,
            reply_markup=markup,
            reply_to_message_id=reply_to if isinstance(reply_to, int) else None,
            allow_sending_without_reply=True,
        )
        self._forget_old_chats()
        return sent.message_id

    def _forget_old_chats(self) -> None:
        if len(self._last_to) > 10_000:  # forget chats not written to for a while
            horizon = self.monotonic() - self.chat_interval
            self._last_to = {c: t for c, t in self._last_to.items() if t > horizon}


async def send_content(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    photo: str | None = None,
    document: str | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """One message as every recipient sees it (the author's preview uses it too)."""
    if photo:
        return await bot.send_photo(chat_id, photo, caption=text or None, reply_markup=markup)
    if document:
        return await bot.send_document(chat_id, document, caption=text or None, reply_markup=markup)
    return await bot.send_message(chat_id, text, reply_markup=markup)
