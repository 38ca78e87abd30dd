"""Lien at national size: every role's commands and buttons, p50 and p99, on the national
programme (bench/national.py) and on a 1 % copy, side by side in one run.

    .venv/bin/python bench/scale.py            # 200 runs a step (a step stops after --budget s)
    .venv/bin/python bench/scale.py --quick    # 30 runs a step, for a first look
    .venv/bin/python bench/scale.py --only small

Each step is one update (a command, a plain message, or a press on the first button of the
reply before it) handled by the real Application from bot/app.py over the in-process
sandbox, timed from the update's fetch to the end of its handling; what a step needs first
(the command whose button is pressed) runs untimed. Each database is a fresh copy of the
cached build (bench/.cache/), so a rerun measures the same data. Then, in a new process per
database: cold start (interpreter start to the first reply), the CPU spent starting (jobs
rebuilt from the database), the number of jobs in memory and the RSS after one pass of
every step. Steps over 50 ms p99 are flagged (the target of issue 13); a step that failed
(an error reached the error handler: message too long, too many buttons...) is marked."""

from __future__ import annotations

import gc
import time

T0 = time.perf_counter()  # before the imports: cold start counts them
gc.disable()  # as python -m bot starts, until Player.start settles

import argparse  # noqa: E402
import asyncio  # noqa: E402
import cProfile  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from dataclasses import dataclass, replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic import SecretStr  # noqa: E402

from bench.national import NOW, Actors, Shape, actors, cached  # noqa: E402
from bench.trips import Trips  # noqa: E402
from bot.app import LienApp, build_application  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.startup import settle  # noqa: E402
from sandbox import SandboxRequest, Telegram  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
TARGET_MS = 50.0
FIRST = "<first button>"


@dataclass(frozen=True)
class Step:
    role: str
    who: str  # an Actors field
    action: str  # text to send, or FIRST: press the first button of the bot's last message
    before: tuple[str, ...] = ()  # sent untimed first (FIRST: press, untimed)
    after: tuple[str, ...] = ("/cancel",)  # untimed, to leave things as they were
    export: bool = False  # answers with a file made for the occasion: not held to 50 ms

    @property
    def label(self) -> str:
        shown = self.action if self.action != FIRST else f"{self.before[-1]} ▸ button"
        return f"{self.role:<7} {shown}" + (" (export)" if self.export else "")


# The COPIL's /hours: a month (the first button) of every mentor the member sees, as a CSV
# made in a child process (bot/reports.py), like /stats's files; an export, not a screen.
EXPORTS = {"/hours"}


def _command_and_button(role: str, who: str, command: str) -> list[Step]:
    export = role.startswith("copil") and command in EXPORTS
    return [Step(role, who, command), Step(role, who, FIRST, before=(command,), export=export)]


COPIL_COMMANDS = (
    "/people", "/groups", "/attendance", "/assign", "/resource", "/hours", "/events",
    "/broadcasts", "/partners", "/teams", "/invite", "/broadcast", "/event", "/group",
)  # fmt: skip

STEPS: list[Step] = [
    Step("stranger", "stranger", "/start"),
    Step("youth", "youth", "/start"),
    Step("youth", "youth", "/help"),
    Step("youth", "youth", "Bonjour, on se voit jeudi ?", after=()),
    Step("youth", "youth", "/request"),
    Step("youth", "youth", "/mydata"),
    Step("youth", "youth", "/forget"),
    Step("youth", "youth", "/news"),
    *_command_and_button("youth", "youth", "/groups"),
    *_command_and_button("youth", "youth", "/partners"),
    Step("mentor", "mentor", "/help"),
    Step("mentor", "mentor", "/log aujourd'hui 45 min avec Alex, travail"),
    *_command_and_button("mentor", "mentor", "/hours"),
    *_command_and_button("mentor", "mentor", "/history"),
    *_command_and_button("mentor", "mentor", "/talk"),
    Step("mentor", "mentor", "/mylink"),
    Step("mentor", "mentor", "/support"),
    *_command_and_button("mentor", "mentor", "/partners"),
    *_command_and_button("helper", "helper", "/groups"),
    *_command_and_button("helper", "helper", "/attendance"),
    *[
        step
        for who, role in (("copil", "copil"), ("national_copil", "copil*"))
        for command in COPIL_COMMANDS
        for step in _command_and_button(role, who, command)
    ],
]


def _settings(db: Path | str) -> Settings:
    # On PostgreSQL the notes key file is not beside a file: the copy's key is given.
    key = Path(f"{db}.notes-key") if isinstance(db, Path) else None
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(TOKEN),
        bot_api_url="http://sandbox.invalid/bot",
        database=db,
        notes_key=None if key else SecretStr(POSTGRES_KEYS[str(db)]),
    )


POSTGRES_KEYS: dict[str, str] = {}  # database address -> its copy's notes key


MOVED: dict[str, str] = {}  # cached build -> its database moved into PostgreSQL, untouched


async def _into_postgres(copy: Path, source: Path, server: str) -> str:
    """A fresh database on this server holding the copy of the cached build: the first
    time by storage.transfer (about 3 minutes for the national one), then as a file-level
    copy of that first one (CREATE DATABASE ... TEMPLATE, seconds), kept on the server for
    the next runs under the build's name."""
    import asyncpg

    from storage.transfer import transfer

    name = f"lien_scale_{len(POSTGRES_KEYS)}"
    base = "lien_base_" + re.sub(r"\W", "_", source.stem.removeprefix("lien-")).lower()
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", base):
            MOVED[str(source)] = base
        template = MOVED.get(str(source))
        copy_of = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        await admin.execute(f"CREATE DATABASE {name}{copy_of}")
        # Its writes on disk before anything is timed: the copy's 800 MB, flushed while
        # the bot starts, would be counted in its cold start.
        await admin.execute("CHECKPOINT")
    finally:
        await admin.close()
    address = server.rsplit("/", 1)[0] + "/" + name
    if template is None:
        await transfer(copy, address)  # and VACUUM ANALYZE, as an operator would
        admin = await asyncpg.connect(server)  # the base: kept unused, the next copies' template
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {base} WITH (FORCE)")
            await admin.execute(f"CREATE DATABASE {base} TEMPLATE {name}")
        finally:
            await admin.close()
        MOVED[str(source)] = base
    POSTGRES_KEYS[address] = Path(f"{copy}.notes-key").read_text().strip()
    return address


PROFILE: cProfile.Profile | None = None  # --profile: the timed runs only
SETTLE = True  # --no-settle: the garbage collector walks start-up's objects, as before


def _clock() -> Any:
    return NOW


class Player:
    """The application over one database, and the people it plays."""

    def __init__(self, tg: Telegram, app: LienApp, who: Actors) -> None:
        self.tg, self.app, self.who = tg, app, who
        self.offset = 0
        self.errors = 0

    @classmethod
    async def start(cls, db: Path | str, who: Actors) -> Player:
        tg = Telegram(token=TOKEN)
        app = build_application(_settings(db), request=SandboxRequest(tg), clock=_clock)
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        if SETTLE:
            settle()  # as python -m bot does once started
        else:
            gc.enable()
        player = cls(tg, app, who)

        async def count(update: object, context: Any) -> None:
            player.errors += 1

        app.add_error_handler(count)
        for field in ("youth", "mentor", "helper", "copil", "national_copil", "stranger"):
            await tg.user(getattr(who, field), first_name=field.title(), language_code="fr")
        return player

    async def stop(self) -> None:
        await self.app.shutdown()
        assert self.app.post_shutdown is not None
        await self.app.post_shutdown(self.app)

    async def _queue(self, user: int, action: str) -> bool:
        if action != FIRST:
            await self.tg.send(user, action)
            return True
        last = self.tg.last(user)
        rows = (last.get("reply_markup") or {}).get("inline_keyboard", [])
        data = [b["callback_data"] for row in rows for b in row if b.get("callback_data")]
        if not data:
            return False
        await self.tg.press(user, last["message_id"], data[0])
        return True

    async def pump(self) -> None:
        while updates := await self.app.bot.get_updates(offset=self.offset, timeout=0):
            for update in updates:
                self.offset = update.update_id + 1
                await self.app.process_update(update)

    async def run(self, step: Step) -> Run | None:
        """One timed run of a step."""
        user = getattr(self.who, step.who)
        for action in step.before:
            if await self._queue(user, action):
                await self.pump()
        if not await self._queue(user, step.action):
            return None
        errors = self.errors
        GC.seconds, Trips.count, Trips.brackets = 0.0, 0, 0
        cpu = time.process_time()
        started = time.perf_counter()
        if PROFILE is not None:
            PROFILE.enable()
        await self.pump()
        if PROFILE is not None:
            PROFILE.disable()
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        done = Run(seconds, cpu, GC.seconds, Trips.count, Trips.brackets, self.errors == errors)
        for action in step.after:
            if await self._queue(user, action):
                await self.pump()
        return done


@dataclass(frozen=True)
class Run:
    """One run of a step: wall time; CPU time of the process (all its threads: SQLite's
    included), which a loaded machine does not inflate as it does the wall time; the time
    spent in the garbage collector; and whether it ended without error."""

    seconds: float
    cpu: float
    gc: float
    trips: int
    brackets: int
    ok: bool


class GC:
    """Time spent in Python's garbage collector since `seconds` was last reset: a pause
    of the whole interpreter that a p99 can show and a p50 hides."""

    seconds = 0.0
    _began = 0.0

    @classmethod
    def hook(cls, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            cls._began = time.perf_counter()
        else:
            cls.seconds += time.perf_counter() - cls._began


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "lien.db"
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + ".notes-key"), folder / "lien.db.notes-key")
    return target


@dataclass
class Figures:
    p50: float
    p99: float
    runs: int
    failed: int
    cpu50: float = 0.0  # CPU ms, p50 and p99: the work itself, whatever the load
    cpu99: float = 0.0
    gc99: float = 0.0  # ms in the garbage collector, p99
    trips: int = 0  # round trips to the database (Trips), p50
    brackets: int = 0  # of them BEGIN, COMMIT, ROLLBACK (Trips.brackets), p50


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def measure(
    source: Path, who: Actors, runs: int, budget: float, server: str | None = None
) -> dict[str, Figures]:
    if GC.hook not in gc.callbacks:
        gc.callbacks.append(GC.hook)
    Trips.install()
    with tempfile.TemporaryDirectory() as folder:
        db: Path | str = _copy(source, Path(folder))
        if server:  # the same copy, moved into PostgreSQL
            db = await _into_postgres(db, source, server)
        player = await Player.start(db, who)
        results: dict[str, Figures] = {}
        try:
            for step in STEPS:
                done: list[Run] = []
                began = time.perf_counter()
                while len(done) < runs and (len(done) < 5 or time.perf_counter() - began < budget):
                    outcome = await player.run(step)
                    if outcome is None:
                        break
                    done.append(outcome)
                if done:
                    wall, cpu = [r.seconds for r in done], [r.cpu for r in done]
                    results[step.label] = Figures(
                        _pct(wall, 0.5) * 1000, _pct(wall, 0.99) * 1000, len(done),
                        sum(not r.ok for r in done), _pct(cpu, 0.5) * 1000,
                        _pct(cpu, 0.99) * 1000, _pct([r.gc for r in done], 0.99) * 1000,
                        int(_pct([r.trips for r in done], 0.5)),
                        int(_pct([r.brackets for r in done], 0.5)),
                    )  # fmt: skip
                print(".", end="", flush=True)
        finally:
            await player.stop()
        print()
        return results


# ------------------------------------------------------------------------- cold start


def _peak_mb() -> float:
    """This process's peak RSS. Not getrusage's ru_maxrss: Linux carries that across fork
    and exec, so a child started by a big parent reported the parent's size."""
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    return int(peak.split()[1]) / 1024


async def _cold(db: Path | str, who: Actors) -> dict[str, Any]:
    """In a fresh process: start the bot on `db`, answer one /help, then one pass of every
    step; cold start is interpreter start to that first reply. The peak RSS after start-up,
    at the end, and the steps that raised it most."""
    cpu = time.process_time()
    started = time.perf_counter()
    player = await Player.start(db, who)
    startup_cpu = time.process_time() - cpu
    startup = time.perf_counter() - started
    jobs = len(player.app.job_queue.jobs()) if player.app.job_queue else 0
    await player.run(Step("mentor", "mentor", "/help", after=()))
    first_reply = time.perf_counter() - T0
    after_start = peak = _peak_mb()
    raised: dict[str, float] = {}
    for step in STEPS:
        await player.run(step)
        if _peak_mb() > peak + 1:
            raised[step.label.strip()] = _peak_mb() - peak
        peak = _peak_mb()
    await player.stop()
    most = sorted(raised.items(), key=lambda item: -item[1])[:4]
    return {
        "cold_start_s": first_reply, "post_init_s": startup, "startup_cpu_s": startup_cpu,
        "jobs": jobs, "rss_mb": _peak_mb(), "rss_start_mb": after_start,
        "rss_raised_by": ", ".join(f"{label} +{mb:.0f}" for label, mb in most) or "-",
    }  # fmt: skip


async def cold(
    source: Path, shape: Shape, timeout: float, server: str | None = None
) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as folder:
        db: Path | str = _copy(source, Path(folder))
        env = dict(os.environ)
        if server:  # the same copy, moved into PostgreSQL; its notes key by the environment
            db = await _into_postgres(Path(db), source, server)
            env["LIEN_BENCH_NOTES_KEY"] = POSTGRES_KEYS[db]
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--cold", str(db), "--teams", str(shape.teams)],
                capture_output=True, text=True, timeout=timeout, check=True, env=env,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return None
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# ------------------------------------------------------------------------- report


def _ms(value: float) -> str:
    return f"{value:8.1f}"


def report(sizes: dict[str, dict[str, Figures]]) -> None:
    """Wall p50 and p99, CPU p99, round trips and of them BEGIN and COMMIT (b+c) per size
    (and the ratio of two sizes' p50), then the last size's CPU p50 and p99 and
    garbage-collector p99: a step whose CPU p99 passes the target is slow in itself; one
    whose wall p99 alone waited for the processor (or the collector, or the database
    server)."""
    names = list(sizes)
    head = "".join(
        f"{n + ' p50':>14}{n + ' p99':>14}{'cpu99':>7}{'trips':>6}{'b+c':>4}" for n in names
    )
    print(f"\n{'step':<40}{head}", end="")
    print(f"{'ratio p50':>11}" if len(names) == 2 else "", end="")
    print(f"{'cpu p50':>9}{'cpu p99':>9}{'gc p99':>8}")
    labels = list(dict.fromkeys(label for figures in sizes.values() for label in figures))
    steps = [label for label in labels if not label.endswith("(export)")]
    slow = busy = 0
    for label in labels:
        line = f"{label:<40}"
        flags = []
        for name in names:
            found = sizes[name].get(label)
            if found is None:
                line += f"{'-':>14}{'-':>14}{'-':>7}{'-':>6}{'-':>4}"
                continue
            line += f"{found.p50:14.1f}{found.p99:14.1f}{found.cpu99:7.1f}{found.trips:6d}"
            line += f"{found.brackets:4d}"
            if found.failed:
                flags.append(f"FAILED {found.failed}/{found.runs} ({name})")
            if found.p99 > TARGET_MS and not label.endswith("(export)"):
                flags.append(f"> {TARGET_MS:.0f} ms p99 ({name})")
        if len(names) == 2:
            small, large = sizes[names[0]].get(label), sizes[names[1]].get(label)
            ratio = f"{large.p50 / max(small.p50, 1e-6):10.1f}x" if small and large else "-"
            line += f"{ratio:>11}"
        last = sizes[names[-1]].get(label)
        if last is not None:
            line += f"{last.cpu50:9.1f}{last.cpu99:9.1f}{last.gc99:8.1f}"
            busy += last.cpu99 > TARGET_MS and not label.endswith("(export)")
        slow += any(">" in flag for flag in flags)
        print(line + ("   " + ", ".join(flags) if flags else ""))
    runs = [f.runs for figures in sizes.values() for f in figures.values()] or [0]
    print(
        f"(ms; {min(runs)}..{max(runs)} runs a step; {slow} of {len(steps)} interactive steps "
        f"over {TARGET_MS:.0f} ms p99; {busy} over it in CPU time ({names[-1]}); exports "
        f"not held to it: {len(labels) - len(steps)})"
    )
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="30 runs a step")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--budget", type=float, default=30.0, help="seconds at most per step")
    parser.add_argument("--only", choices=("small", "national"))
    parser.add_argument("--steps", help="only the steps whose label holds this text")
    parser.add_argument("--no-cold", action="store_true", help="skip cold start and RSS")
    parser.add_argument(
        "--profile", action="store_true", help="profile the timed runs (with --steps, --only)"
    )
    parser.add_argument("--cold-timeout", type=float, default=120.0)
    parser.add_argument(
        "--database", help="postgresql://.../postgres: each size also on a copy in PostgreSQL"
    )
    parser.add_argument("--cold", help=argparse.SUPPRESS)
    parser.add_argument("--teams", type=int, default=50, help=argparse.SUPPRESS)
    args = parser.parse_args()
    # Failed steps are counted and marked in the report; their tracebacks would bury it.
    logging.disable(logging.ERROR)
    if args.cold:
        shape = replace(Shape.national(), teams=args.teams)
        db: Path | str = args.cold
        if args.cold.startswith("postgresql://"):
            POSTGRES_KEYS[args.cold] = os.environ["LIEN_BENCH_NOTES_KEY"]
        else:
            db = Path(args.cold)
        print(json.dumps(await _cold(db, actors(shape))))
        return
    runs = 30 if args.quick else args.runs
    if args.profile:
        global PROFILE
        PROFILE = cProfile.Profile()
    if args.steps:
        STEPS[:] = [step for step in STEPS if args.steps in step.label]
    shapes = {"1%": Shape.national().scaled(0.01), "national": Shape.national()}
    if args.only:
        shapes = {k: v for k, v in shapes.items() if (k == "1%") == (args.only == "small")}
    sizes: dict[str, dict[str, Figures]] = {}
    starts: dict[str, dict[str, Any] | None] = {}
    for name, shape in shapes.items():
        source = cached(shape)
        print(f"{name}: {shape.youths} youths, {shape.logs} follow-ups ({source.name})")
        # Each size on SQLite, then (--database) on its copy in PostgreSQL.
        for server, label in ((None, name), (args.database, name + " pg")):
            if label.endswith(" pg") and not server:
                continue
            if not args.no_cold:
                starts[label] = await cold(source, shape, args.cold_timeout, server)
                if starts[label] is None:
                    print(
                        f"{label}: no first reply in {args.cold_timeout:.0f} s; steps not measured"
                    )
                    continue
            sizes[label] = await measure(source, actors(shape), runs, args.budget, server)
    report(sizes)
    if PROFILE is not None:
        pstats.Stats(PROFILE).sort_stats("cumulative").print_stats(40)
    print()
    for name, figures in starts.items():
        if figures is None:
            print(f"{name:<9} cold start > {args.cold_timeout:.0f} s (no first reply)")
            continue
        print(
            f"{name:<9} cold start {figures['cold_start_s']:.2f} s (post_init "
            f"{figures['post_init_s']:.2f} s, {figures['startup_cpu_s']:.2f} s CPU), "
            f"{figures['jobs']:.0f} jobs in memory, RSS {figures['rss_mb']:.0f} MB "
            f"(after start-up {figures['rss_start_mb']:.0f} MB; raised most by "
            f"{figures['rss_raised_by']}, MB)"
        )


if __name__ == "__main__":
    asyncio.run(main())
