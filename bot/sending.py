"""Running the outbox from jobs: a kick sends what is due at once, a tick now and then picks
up rows whose back-off is over, and the author of a finished broadcast gets a report.

Notices for the outbox are made here: `fluent` (a locale key and its arguments, worded when
sent in the recipient's language and register) or `ready` (text and buttons as they are).
A handler writes them in the transaction of the change that causes them, through `queued`,
which kicks the sender once that transaction is committed (and never if it fails):

    async with queued(context) as q:
        if await db.requests.accept(request.id, me.telegram_id):
            await q.add([fluent(youth_id, "request-accepted", key=f"req:{request.id}:yes",
                                name=html.escape(mentor_name))])

What a person finds when they come back after blocking the bot (their notices were held):
what tells of a change that still stands (a request accepted, a link ended or closed, their
mentor's or youth's news, a decision waiting for them, an alert) is delivered however late.
A question or a reminder whose moment has passed is not: such a notice carries `until`
(a check-in until the next one, a session to rate, a silence step, a pause offered, a
request to remind until it is escalated, a freed seat until the event begins), and the
sender drops it at delivery time, as a notice no longer wanted. Broadcasts' copies (news,
event and session reminders) are never held: they end unreachable.
"""

from __future__ import annotations

import html
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.ext import Application

from bot.context import BotData, Context, familiar
from bot.i18n import Texts, pick_language
from bot.outbox import RETRIES, Content
from storage.broadcasts import Broadcast
from storage.clock import to_text
from storage.models import Role
from storage.outbox import Notice, OutboxItem, Priority

logger = logging.getLogger(__name__)

TICK_SECONDS = 30  # how often retries that waited (back-off) are looked at
QUESTION = timedelta(days=7)  # a one-off question is worth asking this long after its moment


# Buttons as stored: rows of (label, callback data); a fluent notice's labels are locale keys.
Buttons = list[list[tuple[str, str]]]


def fluent(
    chat_id: int,
    text_key: str,
    *,
    key: str,
    priority: Priority = Priority.PERSONAL,
    buttons: Buttons | None = None,
    language: str | None = None,
    reply_to: int | None = None,
    copy_of: tuple[str, int | None] | None = None,
    on_sent: str | None = None,
    about: int | None = None,
    until: datetime | None = None,
    **args: Any,
) -> Notice:
    """A notice worded from `text_key` in the recipient's language when it is sent. An
    argument given as `{"key": k, "args": {...}}` is itself a text to word. `key` is the
    idempotency key (unique for all time). Arguments are HTML as the caller made them
    (escape people's text). `language`: for someone not signed up yet (no saved one);
    `reply_to`: a message of theirs it answers (sent anyway if that one is gone);
    `copy_of`: (subject, about) of a decision it offers, so bot.copies edits it later;
    `on_sent`: the name of a hook (Sender.sent_hooks) told of the sent message;
    `about`: the person it names, when not the recipient (erased by their /forget);
    `until`: the moment after which it is not worth sending (see `until` below)."""
    params = {
        "key": text_key,
        "args": args,
        "buttons": buttons or [],
        "language": language,
        "reply_to": reply_to,
        "copy_of": list(copy_of) if copy_of else None,
        "on_sent": on_sent,  # a Sender.sent_hooks name, told of the sent message
    }
    if until is not None:
        params["until"] = to_text(until)
    return Notice(chat_id, "fluent", key, params, priority, about)


def ready(
    chat_id: int,
    text: str,
    *,
    key: str,
    priority: Priority = Priority.PERSONAL,
    buttons: Buttons | None = None,
    about: int | None = None,
    until: datetime | None = None,
) -> Notice:
    """A notice already worded (HTML), sent as it is. `about`, `until`: as for `fluent`."""
    params: dict[str, Any] = {"text": text, "buttons": buttons or []}
    if until is not None:
        params["until"] = to_text(until)
    return Notice(chat_id, "ready", key, params, priority, about)


async def texts_of(
    app: Application,  # type: ignore[type-arg]
    chat_id: int,
    fallback: str | None = None,
) -> Texts:
    """The texts of the person behind this chat: their saved language and register (for
    someone not yet known, the fallback language, else the programme's default)."""
    data: BotData = app.bot_data
    person = await data.db.people.get(chat_id)
    language = pick_language(
        person.language if person else fallback, None, data.settings.default_locale
    )
    return Texts(data.i18n, language, data.settings.zone, familiar(person))


def markup(buttons: list[list[Any]], word: Any = None) -> InlineKeyboardMarkup | None:
    """Stored buttons as Telegram's; `word` translates the labels."""
    rows = [
        [
            InlineKeyboardButton(word(label) if word else label, callback_data=data)
            for label, data in row
        ]
        for row in buttons
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def install(app: Application) -> None:  # type: ignore[type-arg]
    """The renderers of the general notice kinds."""
    data: BotData = app.bot_data

    def word(_: Texts, value: Any) -> Any:
        if isinstance(value, dict) and "key" in value:
            args = {k: word(_, v) for k, v in value.get("args", {}).items()}
            return _(value["key"], **args)
        return value

    async def render_fluent(item: OutboxItem) -> Content:
        _ = await texts_of(app, item.chat_id, item.params.get("language"))
        text = word(_, item.params)
        return text, markup(item.params.get("buttons", []), _)

    async def render_ready(item: OutboxItem) -> Content:
        return item.params["text"], markup(item.params.get("buttons", []))

    data.outbox.kinds["fluent"] = render_fluent
    data.outbox.kinds["ready"] = render_ready

    async def on_blocked(chat_id: int) -> bool:
        return await blocked(app, chat_id)

    data.outbox.on_blocked = on_blocked


class Queued:
    """The notices of one transaction (see `queued`)."""

    def __init__(self, data: BotData) -> None:
        self._data = data
        self.added = False  # any notice given: the sender is kicked after the commit

    async def add(self, notices: Iterable[Notice]) -> int:
        """Write these notices in the open transaction; how many are new (a key already
        there is one message)."""
        notices = list(notices)
        self.added = self.added or bool(notices)
        return await self._data.db.outbox.add(notices)


# The queue whose transaction this task holds: a `queued` inside another joins it.
_open: ContextVar[Queued | None] = ContextVar("lien_queued", default=None)


@asynccontextmanager
async def queued(
    context: Context | Application,  # type: ignore[type-arg]
) -> AsyncIterator[Queued]:
    """One transaction for a change and the notices it causes, then one kick of the sender
    once it is committed: nothing goes out if it fails. Inside another `queued` (a helper
    called by a handler) it joins that one: one transaction, one kick at its end."""
    outer = _open.get()
    if outer is not None:
        yield outer
        return
    app = context if isinstance(context, Application) else context.application
    data: BotData = app.bot_data
    q = Queued(data)
    token = _open.set(q)
    try:
        async with data.db.atomic():
            yield q
    finally:
        _open.reset(token)
    if q.added:
        kick(app, notices=True)


async def blocked(app: Application, chat_id: int) -> bool:  # type: ignore[type-arg]
    """Telegram refused a message to this chat with 403 (they blocked the bot). A person is
    marked, their waiting notices are held (kept for their return, never tried meanwhile),
    and a youth's mentor is told, once per blocking. True if the chat is a person's."""
    data: BotData = app.bot_data
    db = data.db
    async with queued(app) as q:
        person = await db.people.mark_blocked(chat_id)
        if person is None:  # marked already, or a chat that is nobody's
            return await db.people.get(chat_id) is not None
        await db.outbox.hold(chat_id)
        link = await db.links.active_of_youth(chat_id) if person.role == Role.YOUTH else None
        if link is not None:
            # The name the mentor knows them by: the one given in their request.
            request = await db.requests.get(link.request_id) if link.request_id else None
            name = request.first_name if request else person.display_name
            key = f"blocked:{chat_id}:{data.clock().isoformat()}"
            told = fluent(
                link.mentor_id, "blocked-mentor", key=key, about=chat_id, name=html.escape(name)
            )
            await q.add([told])
    logger.info("a person blocked the bot: their notices wait for their return")
    return True


async def came_back(app: Application, person_id: int) -> None:  # type: ignore[type-arg]
    """Someone marked as having blocked the bot wrote again: the mark goes and the notices
    held for them go out."""
    db = app.bot_data.db
    async with db.atomic():
        back = await db.people.clear_blocked(person_id)
        if back:
            await db.outbox.resume(person_id)
    if back:
        kick(app, notices=True)


def kick(app: Application, *, notices: bool = False) -> None:  # type: ignore[type-arg]
    """Ask the outbox to send what is due, at once (a job: tests run it by calling it).
    `notices`: kicked for notices a handler just wrote (the flow tests run these at once,
    and a broadcast's kick when they choose); both drain the whole outbox."""
    if app.job_queue is not None:
        name = "outbox:notices" if notices else "outbox:kick"
        app.job_queue.run_once(_drain_job, 0, name=name)


async def send_now(app: Application, keys: list[str]) -> bool:  # type: ignore[type-arg]
    """Send these notices at once (the safety net's, while the youth waits). Whatever fails
    stays in the outbox: a kick is set for its first retry. True if all went out."""
    data: BotData = app.bot_data
    if await data.outbox.send_now(data.bulk_bot, data.db, keys):
        return True
    if app.job_queue is not None:
        retry = RETRIES[Priority.SAFETY].first.total_seconds() / data.outbox.speedup
        app.job_queue.run_once(_drain_job, retry, name="outbox:retry")
    return False


async def _drain_job(context: Context) -> None:
    await drain(context.application)


async def _tick_job(context: Context) -> None:
    """Now and then: rows that wait for a retry. A kick, so the tick itself stays short."""
    if await context.bot_data.db.outbox.next_due() is not None:
        kick(context.application)


async def drain(app: Application) -> None:  # type: ignore[type-arg]
    """Send every due outbox row, then report finished broadcasts to their authors."""
    data: BotData = app.bot_data

    async def finished(done: Broadcast) -> None:
        await report(app, done)

    await data.outbox.drain(data.bulk_bot, data.db, finished)


async def report(app: Application, done: Broadcast) -> None:  # type: ignore[type-arg]
    """Tell the author how their news or their event's invitations went: sent, unreachable
    (blocked the bot), failed. Each in its own words: an event is named by its title, never
    by a broadcast's number (those are the news' numbers in /broadcasts). A notice through
    the outbox, once per broadcast."""
    if done.purpose not in ("news", "invitation"):
        return
    data: BotData = app.bot_data
    progress = await data.db.broadcasts.progress(done.id)
    counts: dict[str, Any] = {
        "sent": progress.sent,
        "unreachable": progress.unreachable,
        "failed": progress.failed,
    }
    key = f"broadcast:{done.id}:report"
    if done.purpose == "invitation":
        event = await data.db.events.get(done.event_id or 0)
        title = html.escape(event.title) if event else "?"
        notice = fluent(done.author_id, "event-report", key=key, title=title, **counts)
    else:
        notice = fluent(done.author_id, "broadcast-report", key=key, id=done.id, **counts)
    async with queued(app) as q:
        await q.add([notice])


def start(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up: the tick, and a kick to resume what a stop interrupted."""
    if app.job_queue is not None:
        app.job_queue.run_repeating(_tick_job, TICK_SECONDS, first=TICK_SECONDS, name="outbox:tick")
    kick(app)
