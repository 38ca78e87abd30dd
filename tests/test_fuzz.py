"""Random and forged updates from every role through the real application (the sandbox's
in-process Bot API, as in the flow tests): none may reach the error handler or get the
"Oups" answer, which is for real bugs only.

A few hundred updates in `make test` (the same ones each run, so a red run is not luck);
`LIEN_FUZZ_UPDATES=100000 .venv/bin/python -m pytest tests/test_fuzz.py -q -s` runs long,
with new random updates, and prints the counts."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as fuzz_settings
from hypothesis import strategies as st
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler

from bot.app import LienApp, build_application
from bot.context import Context
from bot.settings import Settings
from sandbox import SandboxRequest, Telegram
from sandbox.core import MEDIA
from storage.models import Role
from tests.conftest import COPIL, TOKEN, FakeClock, Flow
from tests.test_broadcast import (
    HELPER,
    MENTOR_A,
    MENTOR_OTHER,
    OTHER_COPIL,
    TEAM_COPIL,
    YOUTH_NEWS,
    YOUTH_QUIET,
    person,
    two_teams,
)
from tests.test_groups import create_group
from tests.youth_steps import ask, make_mentor, notice_of

UPDATES = int(os.environ.get("LIEN_FUZZ_UPDATES", "300"))
LONG = "LIEN_FUZZ_UPDATES" in os.environ

MARC, LINKED_YOUTH, ASKING_YOUTH, DEACTIVATED, HALF_JOINED, STRANGER = (
    2001,
    1001,
    1002,
    2301,
    7002,
    7001,
)
PEOPLE = [
    COPIL,
    TEAM_COPIL,
    OTHER_COPIL,
    MARC,
    MENTOR_A,
    MENTOR_OTHER,
    HELPER,
    LINKED_YOUTH,
    ASKING_YOUTH,
    YOUTH_NEWS,
    YOUTH_QUIET,
    DEACTIVATED,
    HALF_JOINED,
    STRANGER,
]
GROUP_CHAT, CHANNEL = -1001234, -1009876
PHRASES = [
    "Bonjour",
    "je veux mourir",
    "jveux en finir",
    "Salut Inès, tu es là ?",
    "samedi 14h",
    "12.11 18h",
    "1h30",
    "<b>gras</b> & <i>",
    "0",
    "-1",
    "99999999999999999999",
    "oui",
    "non",
    "Je serai là !",
    "appel 45 min avec Zoé hier, logement",
    " ",
    "\u200b",
    "\n\n",
]


class World:
    """The application with people in every role and state, and what the fuzz saw."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.errors: list[str] = []
        self.oups: list[str] = []
        self.updates = 0
        self.seen_events = 0
        self.group_link = ""
        app = flow.app
        self.commands = sorted(
            {c for h in _handlers(app) if isinstance(h, CommandHandler) for c in h.commands}
        )
        self.patterns = sorted(
            {
                h.pattern.pattern
                for h in _handlers(app)
                if isinstance(h, CallbackQueryHandler) and isinstance(h.pattern, re.Pattern)
            }
        )
        self.forged = forged(self.patterns)
        i18n = app.bot_data.i18n
        self.oups_texts = [i18n.text(lang, "error-nothing-lost") for lang in i18n.bundles]
        app.add_error_handler(self._record_error)

    async def _record_error(self, update: object, context: Context) -> None:
        error = context.error
        where = traceback.extract_tb(error.__traceback__)[-1] if error else None
        kinds = update.to_dict().keys() - {"update_id"} if isinstance(update, Update) else ["job"]
        self.errors.append(
            f"{'/'.join(kinds)}: {type(error).__name__}: {str(error)[:120]}"
            + (f" at {Path(where.filename).name}:{where.lineno}" if where else "")
        )
        if LONG:  # a long run says each failure as it comes
            print(f"after {self.updates} updates: {self.errors[-1]}", flush=True)

    async def build(self) -> None:
        flow = self.flow
        await two_teams(flow)
        await make_mentor(flow, MARC, "Marc")
        request = await ask(flow, LINKED_YOUTH, name="Zoé")
        await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
        await ask(flow, ASKING_YOUTH, name="Inès")
        self.group_link = await create_group(flow)
        await flow.send(YOUTH_NEWS, f"/start {self.group_link}")
        await person(flow, DEACTIVATED, Role.MENTOR, 1)
        await flow.db.people.set_active(DEACTIVATED, False)
        await flow.send(HALF_JOINED, "/start")
        await flow.deliver()
        self.check()  # the world itself was built without an error
        assert not self.errors and not self.oups, (self.errors, self.oups)

    def summary(self) -> str:
        return (
            f"fuzz: {self.updates} updates, {len(self.errors)} unhandled exceptions, "
            f"{len(self.oups)} Oups replies"
        )

    def check(self) -> None:
        """New "Oups" answers since the last check."""
        for event in self.flow.tg.events[self.seen_events :]:
            message = event.get("message") or {}
            said = str(message.get("text") or message.get("caption") or "")
            if event["kind"] in ("message", "edit") and any(o in said for o in self.oups_texts):
                self.oups.append(f"chat {event['chat_id']}")
        self.seen_events = len(self.flow.tg.events)


def _handlers(app: LienApp) -> Iterator[BaseHandler[Any, Any, Any]]:
    def walk(handlers: list[Any]) -> Iterator[BaseHandler[Any, Any, Any]]:
        for handler in handlers:
            if isinstance(handler, ConversationHandler):
                yield from walk(list(handler.entry_points))
                for state in handler.states.values():
                    yield from walk(list(state))
                yield from walk(list(handler.fallbacks))
            else:
                yield handler

    for group in app.handlers.values():
        yield from walk(group)


# ---------------------------------------------------------------- what people do


def texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(PHRASES),
        st.text(min_size=1, max_size=200),
        st.text(alphabet=" \t\n\u00a0\u200b", min_size=1, max_size=5),
        st.text(min_size=1, max_size=40).map(lambda t: (t * (4096 // len(t)))[:4096]),
    )


def forged(patterns: list[str]) -> st.SearchStrategy[str]:
    """Callback data: every handler's pattern with anything after it, or anything."""
    return st.one_of([st.from_regex(p, fullmatch=False) for p in patterns] + [st.text(max_size=64)])


def mutated(real: str, number: int, tail: str) -> str:
    """A real button's data with its ids replaced and something appended."""
    return re.sub(r"\d+", str(number), real) + tail


def pick(items: list[Any], index: int) -> Any:
    """Draws never depend on the world (hypothesis replays them): an index picks in it."""
    return items[index % len(items)] if items else None


def at_most_64_bytes(data: str) -> str:
    return data.encode()[:64].decode(errors="ignore")


async def act(world: World, data: st.DataObject) -> None:
    flow, tg = world.flow, world.flow.tg
    who = data.draw(st.one_of(st.sampled_from(PEOPLE), st.integers(1, 2**40)), label="who")
    kind = data.draw(
        st.sampled_from(
            [
                "text",
                "text",
                "command",
                "command",
                "press",
                "press",
                "forged",
                "forged",
                "media",
                "edited",
                "group",
                "channel",
                "no sender",
                "blocked",
                "time",
            ]
        ),
        label="kind",
    )
    # The chat as it is, not tg.chat_messages' copy: copying every chat at each step made
    # long runs slow down as the chats grew.
    mine = [m for m in tg.messages.get(who, {}).values() if not m.get("deleted")]
    with_buttons = [m for m in mine if m.get("reply_markup") and m["from"]["id"] == tg.bot_id]
    await tg.user(who, first_name=data.draw(st.sampled_from(["Zoé", "", "Ô'<b>", "x" * 64])))
    index = data.draw(st.integers(0, 2**16), label="index")
    if kind == "text":
        text = data.draw(texts(), label="text")
        reply = data.draw(st.booleans(), label="reply")
        replied = pick(mine, index) if reply else None
        await tg.send(who, text, reply_to=replied["message_id"] if replied else None)
    elif kind == "command":
        argument = data.draw(
            st.one_of(
                st.just(""),
                texts().map(lambda t: " " + t),
                st.sampled_from([" " + world.group_link, " g_x", " i_", " i_" + "A" * 60]),
                st.integers().map(lambda i: f" {i}"),
            ),
            label="argument",
        )
        command = data.draw(st.sampled_from([*world.commands, "nope", "start@lien_sandbox_bot"]))
        await tg.send(who, f"/{command}{argument}")
    elif kind in ("press", "forged"):
        button = data.draw(st.integers(0, 2**16), label="button")
        how = data.draw(st.sampled_from(["pattern", "mutated"]), label="how")
        invented = data.draw(world.forged, label="forged")
        number = data.draw(st.integers(-(2**63), 2**63), label="number")
        tail = data.draw(st.text(max_size=8), label="tail")
        message = pick(with_buttons, index)
        if message is None:
            await tg.send(who, "/start")
        else:
            real = [
                b["callback_data"]
                for row in message["reply_markup"]["inline_keyboard"]
                for b in row
                if "callback_data" in b
            ]
            if kind == "press" and real:
                pressed = pick(real, button)
            elif how == "mutated" and real:
                pressed = mutated(pick(real, button), number, tail)
            else:
                pressed = invented
            await tg.press(who, message["message_id"], at_most_64_bytes(pressed))
    elif kind == "media":
        media = data.draw(st.sampled_from(sorted(MEDIA)), label="media")
        caption = data.draw(st.one_of(st.just(""), texts().map(lambda t: t[:1024])))
        await tg.send_media(who, media, b"fuzz", caption=caption)
    elif kind == "edited":
        text = data.draw(texts(), label="text")
        own = [m for m in mine if m["from"]["id"] == who and "text" in m]
        if not own:
            await tg.send(who, text)
        else:
            message = {k: v for k, v in pick(own, index).items() if k != "deleted"}
            message |= {"text": text, "edit_date": int(time.time())}
            message.pop("entities", None)
            tg.raw({"edited_message": message})
    elif kind == "group":
        text = data.draw(st.one_of(texts(), st.sampled_from(world.commands).map(lambda c: "/" + c)))
        chat_type = data.draw(st.sampled_from(["group", "supergroup"]))
        # Many groups, as a bot added here and there would see: one group alone would be
        # paced by the rate limiter (20 messages a minute), in real time.
        group = GROUP_CHAT - index
        await tg.send(who, text, chat_id=group, chat_type=chat_type, chat_title="Club")
    elif kind == "channel":
        channel = {"id": CHANNEL, "type": "channel", "title": "Annonces"}
        post = {
            "message_id": world.updates + 1,
            "sender_chat": channel,
            "chat": channel,
            "date": int(time.time()),
            "text": data.draw(texts()),
        }
        key = data.draw(st.sampled_from(["channel_post", "edited_channel_post"]))
        tg.raw({key: post})
    elif kind == "no sender":
        anonymous = {"id": GROUP_CHAT - index, "type": "supergroup", "title": "Club"}
        body = data.draw(
            st.sampled_from(
                [
                    {
                        "message_reaction_count": {
                            "chat": anonymous,
                            "message_id": 1,
                            "date": int(time.time()),
                            "reactions": [
                                {"type": {"type": "emoji", "emoji": "👍"}, "total_count": 2}
                            ],
                        }
                    },
                    {
                        "message": {
                            "message_id": 1,
                            "sender_chat": anonymous,
                            "chat": anonymous,
                            "date": int(time.time()),
                            "text": "/help",
                            "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
                        }
                    },
                ]
            )
        )
        tg.chats.setdefault(anonymous["id"], anonymous)  # the bot is in that group
        tg.raw(body)
    elif kind == "blocked":
        status = data.draw(st.sampled_from(["kicked", "member"]))
        bot = {"id": tg.bot_id, "is_bot": True, "first_name": "Lien"}
        tg.raw(
            {
                "my_chat_member": {
                    "chat": {"id": who, "type": "private", "first_name": "X"},
                    "from": {"id": who, "is_bot": False, "first_name": "X"},
                    "date": int(time.time()),
                    "old_chat_member": {"status": "member", "user": bot},
                    "new_chat_member": {"status": status, "user": bot, "until_date": 0}
                    if status == "kicked"
                    else {"status": "member", "user": bot},
                }
            }
        )
    else:  # time passes: what is due goes out (reminders, the outbox)
        flow.clock.advance(minutes=data.draw(st.integers(1, 3 * 24 * 60), label="minutes"))
        await flow.deliver()
        await flow.run_jobs("requests:check")
        world.check()
        return
    world.updates += 1
    await flow.pump()
    world.check()
    if LONG and world.updates % 5000 == 0:
        print(world.summary(), flush=True)


def test_random_and_forged_updates_never_fail_or_say_oups(settings: Settings) -> None:
    # In memory where the machine has it: each update waits for SQLite's fsyncs
    # (synchronous=FULL), which made three quarters of a long run's time; this test is
    # about answers, not durability.
    if Path("/dev/shm").is_dir():
        folder = Path(tempfile.mkdtemp(prefix="lien-fuzz-", dir="/dev/shm"))
        settings = settings.model_copy(update={"database": folder / "lien.db"})
    loop = asyncio.new_event_loop()
    tg = Telegram(token=TOKEN)
    app = build_application(settings, request=SandboxRequest(tg), clock=FakeClock())

    async def start() -> World:
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        world = World(Flow(tg, app, app.bot_data.clock))  # type: ignore[arg-type]
        await world.build()
        return world

    async def stop() -> None:
        await app.shutdown()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)

    @fuzz_settings(
        max_examples=UPDATES,
        deadline=None,
        database=None,
        derandomize=not LONG,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def fuzz(data: st.DataObject) -> None:
        loop.run_until_complete(act(world, data))

    try:  # whatever fails, the loop closes and the folder in memory goes
        world = loop.run_until_complete(start())
        started = time.perf_counter()
        fuzz()
    finally:
        loop.run_until_complete(stop())
        loop.close()
        if settings.database.parent.parent == Path("/dev/shm"):
            shutil.rmtree(settings.database.parent)
    seconds = time.perf_counter() - started
    causes = Counter(world.errors)
    print(f"\n{world.summary()} in {seconds:.0f} s")
    for cause, count in causes.most_common():
        print(f"  {count:6d}  {cause}")
    assert tg.unknown_methods == [], tg.unknown_methods
    assert not world.errors and not world.oups, causes.most_common(10)


# ---------------------------------------------------------------- what the fuzz found


async def test_a_deactivated_person_sending_only_spaces_is_told_access_is_closed(
    flow: Flow,
) -> None:
    """A blank message split into no word at all: IndexError in the guard, then "Oups"."""
    await person(flow, DEACTIVATED, Role.MENTOR, 1)
    await flow.db.people.set_active(DEACTIVATED, False)
    await flow.send(DEACTIVATED, " \n ")
    assert "accès à Lien est fermé" in flow.text(DEACTIVATED)
