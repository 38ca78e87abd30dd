"""Fixtures: the real application from the factory, answering through the sandbox core
in-process (flow tests), with a real SQLite file in a temporary folder and a settable clock.

Tests marked `both` (a module's `pytestmark = pytest.mark.both`) run twice: on SQLite, and
on PostgreSQL in a fresh database copied from a migrated template (fast), when
LIEN_TEST_POSTGRES names a server (.ci/run starts one); otherwise that half is skipped."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from apscheduler.triggers.date import DateTrigger
from pydantic import SecretStr
from telegram.ext import CallbackContext

from bot.app import LienApp, build_application
from bot.settings import Settings
from sandbox import SandboxRequest, Telegram

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
COPIL = 9001  # listed in LIEN_COPIL_IDS in these tests


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeMonotonic:
    """The outbox's pacing clock: sleeping moves it forward at once."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(0.0, seconds)
        for _ in range(5):  # let the calls started before this sleep run, as real time would
            await asyncio.sleep(0)


class Flow:
    """Plays people against the bot: the sandbox queues their updates, the bot fetches them
    with getUpdates like in production, and the application processes them."""

    def __init__(self, tg: Telegram, app: LienApp, clock: FakeClock) -> None:
        self.tg = tg
        self.app = app
        self.clock = clock
        self.offset = 0
        # The outbox's kick for notices runs at once after an update, as the job queue would
        # run it: notices to others go out before the test looks (False: the test drains
        # them itself). A broadcast's kick waits for deliver(), so tests see each step.
        self.kick_after_updates = True
        self.monotonic = FakeMonotonic()
        app.bot_data.outbox.monotonic = self.monotonic
        app.bot_data.outbox.sleep = self.monotonic.sleep

    @property
    def db(self) -> Any:
        return self.app.bot_data.db

    async def pump(self) -> None:
        """Fetch like the Updater (each update kept in the inbox before the next offset
        confirms it), then process the queue like the Application."""
        while updates := await self.app.bot.get_updates(offset=self.offset, timeout=0):
            for update in updates:
                await self.app.update_queue.put(update)
            self.offset = updates[-1].update_id + 1
            await self.process_queue()

    async def process_queue(self) -> None:
        """What the Application's update fetcher does with what is queued: each update through
        the update processor (each person's in order, different people's at once)."""
        queue, processor = self.app.update_queue, self.app.update_processor
        running = []
        while not queue.empty():
            update = queue.get_nowait()
            queue.task_done()
            running.append(
                asyncio.create_task(
                    processor.process_update(update, self.app.process_update(update))
                )
            )
        await asyncio.gather(*running)
        if running and self.kick_after_updates:
            await self.run_jobs("outbox:notices")

    async def send(self, user_id: int, text: str, **kwargs: Any) -> dict[str, Any]:
        await self.tg.user(
            user_id,
            first_name=kwargs.pop("first_name", f"User{user_id}"),
            language_code=kwargs.pop("language_code", "fr"),
        )
        message = await self.tg.send(user_id, text, **kwargs)
        await self.pump()
        return message

    async def press(self, user_id: int, data: str, message: dict[str, Any] | None = None) -> None:
        """Press a button; by default on the bot's last message to this user."""
        message = message or self.last(user_id)
        await self.tg.press(user_id, message["message_id"], data)
        await self.pump()

    def job_names(self) -> list[str]:
        assert self.app.job_queue is not None
        return [job.name or "" for job in self.app.job_queue.jobs()]

    async def run_jobs(self, name: str) -> int:
        """Run the pending jobs of this name, as the job queue would when their time comes
        (one-off jobs are then removed); a name ending in ':' runs every job it starts."""
        assert self.app.job_queue is not None
        ran = 0
        for job in self.app.job_queue.jobs():
            job_name = job.name or ""
            if job_name == name or (name.endswith(":") and job_name.startswith(name)):
                if isinstance(job.job.trigger, DateTrigger):
                    job.schedule_removal()
                await job.callback(CallbackContext.from_job(job, self.app))  # type: ignore[arg-type]
                ran += 1
        return ran

    async def later(self, **delta: float) -> None:
        """Time passes: the clock moves on and the hourly jobs' window brings in the jobs
        now due within it, as the job queue would."""
        self.clock.advance(**delta)
        await self.run_jobs("jobs:window")

    async def deliver(self) -> None:
        """Let the outbox send what is due: the tick (rows whose back-off is over), then the
        kicks it and the handlers asked for."""
        await self.run_jobs("outbox:tick")
        await self.run_jobs("outbox:kick")
        await self.run_jobs("outbox:notices")

    async def settle(self, rounds: int = 200) -> int:
        """Deliver, and while rows wait for a retry, move the clock to the next one and
        deliver again, until the outbox is empty. Returns the rounds it took."""
        for done in range(1, rounds + 1):
            await self.deliver()
            if await self.db.outbox.pending_count() == 0:
                return done
            due = await self.db.outbox.next_due()
            if due is not None and due > self.clock.now:
                self.clock.now = due
        raise AssertionError(f"the outbox still holds rows after {rounds} rounds")

    def last(self, chat_id: int) -> dict[str, Any]:
        return self.tg.last(chat_id)

    def text(self, chat_id: int) -> str:
        return str(self.last(chat_id).get("text", ""))

    def buttons(self, chat_id: int) -> dict[str, str]:
        """The last message's inline buttons, label -> callback data."""
        markup = self.last(chat_id).get("reply_markup") or {}
        return {
            b["text"]: b.get("callback_data", "")
            for row in markup.get("inline_keyboard", [])
            for b in row
        }

    async def press_label(self, user_id: int, label_part: str) -> None:
        matches = [d for label, d in self.buttons(user_id).items() if label_part in label]
        assert len(matches) == 1, (label_part, self.buttons(user_id))
        await self.press(user_id, matches[0])

    async def join(self, user_id: int, language: str = "fr", name: str | None = None) -> None:
        """A stranger's /start -> language -> consent."""
        await self.send(user_id, "/start", first_name=name or f"User{user_id}")
        await self.press(user_id, f"lang:{language}")
        await self.press(user_id, f"consent:yes:{language}")

    async def invite_link(self, role: str, by: int = COPIL, team_id: int = 1) -> str:
        """COPIL /invite -> role -> team; returns the deep-link payload."""
        await self.send(by, "/invite")
        await self.press(by, f"invite:role:{role}")
        if "invite:back" in self.buttons(by).values():
            await self.press(by, f"invite:team:{role}:{team_id}")
        found = re.search(r"\?start=(\S+)", self.text(by))
        assert found, self.text(by)
        return found.group(1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# --- the two databases --------------------------------------------------------------------

POSTGRES = os.environ.get("LIEN_TEST_POSTGRES", "")  # a server's maintenance database
# LIEN_TEST_EVERYTHING_ON_BOTH=1: every test with a database runs on both, not only `both`.
EVERYTHING_ON_BOTH = os.environ.get("LIEN_TEST_EVERYTHING_ON_BOTH") == "1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both: run on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "postgresql: run on PostgreSQL only (hot standby)")
    config.addinivalue_line(
        "markers", "sqlite_file(why): reads the SQLite file itself, so skipped on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        marked = metafunc.definition.get_closest_marker
        both, only = marked("both") is not None, marked("postgresql") is not None
        both = both or EVERYTHING_ON_BOTH
        names = ["postgresql"] if only else ["sqlite", "postgresql"] if both else ["sqlite"]
        metafunc.parametrize("backend", names)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


class _Postgres:
    """The test server: one migrated database per test process, put back to its migrated
    state before each test. Deleting the rows takes milliseconds; CREATE DATABASE from a
    template took 0.5 to 2 s a test on the loaded 2-core machine."""

    def __init__(self, url: str) -> None:
        self.url = url
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.name = f"lien_test_{os.getpid()}_{worker}"
        self.address = url.rsplit("/", 1)[0] + "/" + self.name
        self.reset: str | None = None  # the script that empties it, once it exists

    def problem(self) -> str | None:
        """Why the PostgreSQL half cannot run here, or None."""
        import asyncpg

        async def ping() -> None:
            await (await asyncpg.connect(self.url, timeout=3)).close()

        try:
            asyncio.run(ping())
        except (OSError, TimeoutError, asyncpg.PostgresError) as exc:
            return f"PostgreSQL: no server at {self.url} ({exc}); .ci/run starts one"
        return None

    async def _create(self) -> str:
        import asyncpg

        from storage.database import Database

        admin = await asyncpg.connect(self.url, timeout=5)
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
            await admin.execute(f"CREATE DATABASE {self.name}")
        finally:
            await admin.close()
        await (await Database.open(self.address, FakeClock())).close()
        conn = await asyncpg.connect(self.address, timeout=5)
        try:
            tables = [
                r[0]
                for r in await conn.fetch(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename != 'schema_version'"
                )
            ]
            # Rows the migrations insert (the first team) are kept aside and put back.
            seeded = [t for t in tables if await conn.fetchval(f"SELECT count(*) FROM {t}")]
            await conn.execute("CREATE SCHEMA seed")
            for table in seeded:
                await conn.execute(f"CREATE TABLE seed.{table} AS SELECT * FROM {table}")
            identities = await conn.fetch(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND is_identity = 'YES'"
            )
        finally:
            await conn.close()
        return "\n".join(
            [
                # A test that failed may have left its pool open.
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid();",
                "SET session_replication_role = replica;",  # no foreign keys, no triggers
                *(f"DELETE FROM {t};" for t in tables),
                *(f"INSERT INTO {t} SELECT * FROM seed.{t};" for t in seeded),
                "RESET session_replication_role;",
                *(
                    f"SELECT setval(pg_get_serial_sequence('{t}', '{c}'),"
                    f" coalesce(max({c}), 0) + 1, false) FROM {t};"
                    for t, c in identities
                ),
            ]
        )

    def fresh(self) -> str:
        """The database's address, as the migrations left it."""
        import asyncpg

        async def run() -> None:
            if self.reset is None:
                self.reset = await self._create()
                return
            conn = await asyncpg.connect(self.address, timeout=5)
            try:
                await conn.execute(self.reset)
            finally:
                await conn.close()

        asyncio.run(run())
        return self.address

    def drop(self) -> None:
        import asyncpg

        async def run() -> None:
            admin = await asyncpg.connect(self.url, timeout=5)
            try:
                await admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
            finally:
                await admin.close()

        if self.reset is not None:
            asyncio.run(run())


_postgres = _Postgres(POSTGRES) if POSTGRES else None


def _problem() -> str | None:
    if _postgres is None:
        return "PostgreSQL: no server (LIEN_TEST_POSTGRES is unset); .ci/run starts one"
    return _postgres.problem()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_postgres = [i for i in items if "[postgresql" in i.nodeid]
    if on_postgres and _problem():
        config.hook.pytest_deselected(items=on_postgres)
        items[:] = [i for i in items if "[postgresql" not in i.nodeid]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line when the PostgreSQL half did not run (its tests are deselected)."""
    if not hasattr(terminalreporter.config, "workerinput") and (problem := _problem()):
        terminalreporter.write_line(f"{problem}: the tests marked both ran on SQLite only")


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _postgres is not None:
        _postgres.drop()


@pytest.fixture
def database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """Where the test's database lives: a SQLite file, or a fresh PostgreSQL database."""
    if backend == "sqlite":
        yield tmp_path / "lien.db"
        return
    if marked := request.node.get_closest_marker("sqlite_file"):
        pytest.skip(f"SQLite only: it {marked.args[0]}")
    assert _postgres is not None, "deselected without a server"
    yield _postgres.fresh()


@pytest.fixture
def settings(tmp_path: Path, database: Path | str) -> Settings:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(TOKEN),
        bot_api_url="http://sandbox.invalid/bot",
        database=database,
        copil_ids=frozenset({COPIL}),
        # Reports in the test's own process: a child per /stats would cost each test a
        # second of start-up; tests/test_reports.py runs them in a child.
        report_process=False,
    )
    # On PostgreSQL the files kept beside the database (notes key) go to the test's folder.
    return (
        settings.model_copy(update={"database": tmp_path / "lien.db"})
        if settings.postgres
        else settings
    )


@asynccontextmanager
async def running(
    settings: Settings, clock: FakeClock, tg: Telegram | None = None
) -> AsyncIterator[Flow]:
    """The application started as `python -m bot` starts it, over the sandbox (`tg`: one
    prepared before the start), then stopped."""
    tg = tg or Telegram(token=TOKEN)
    app = build_application(settings, request=SandboxRequest(tg), clock=clock)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    try:
        yield Flow(tg, app, clock)
    finally:  # also after a failed test: its database closed, its tasks ended
        await app.shutdown()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)


@pytest.fixture
async def flow(settings: Settings, clock: FakeClock) -> AsyncIterator[Flow]:
    async with running(settings, clock) as started:
        yield started
    assert started.tg.unknown_methods == [], (
        f"Bot API methods the sandbox does not know: {started.tg.unknown_methods}"
    )
