"""Nobody waits behind someone else's report: 200 people acting at once on the national
programme while one COPIL member exports a year of /hours and /stats, side by side with the
same load and no export.

    .venv/bin/python bench/mixed.py              # national programme (bench/national.py)
    .venv/bin/python bench/mixed.py --small      # the 1 % copy, for a first look
    .venv/bin/python bench/mixed.py --rounds 3 --seconds 30

The real application from bot/app.py over the in-process sandbox, fed as `python -m bot`
feeds it: each update kept in the durable inbox first, then handed to the per-person
processor (bot/inbox.py), several people's updates running at once. 200 people, all acting
within the first two seconds: 100 youths writing to their mentor (relayed), 50 youths
sending /start, 50 mentors opening /partners and pressing its first button; each acts again
5 to 15 s after their answer (reading it and typing on a phone). A wait runs from the
person's send to the end of its handling. In the export run, the programme-wide COPIL
member presses "the last 12 months" of /hours one second in, then asks /stats for this
year, all teams: made in a child process (bot.reports, as the bot runs by default); the
same export made in the bot's own process (LIEN_REPORT_PROCESS=false: figures on the event
loop, charts and files in a worker thread); and that again with the reads on the shared
connection, as before reports had one of their own. Two more show how the child starts:
"late" as before 2026-11-30 (started at the report, it lowered its own priority once its
modules were loaded) and "cold" (started at the report, below the bot from its first
instruction, no warm-up at the menu); "child" is the bot's way now (started, below the bot,
when the COPIL member opens the menu). `--reading` is how long the COPIL member reads a
menu before choosing (0: at once, so the child's start lands in the first seconds' burst).

Runs alternate within each round, each on a fresh copy of the database; figures are medians
over the rounds of each run's p50 and p99 (and the p99 after the first five seconds'
burst), with the load average, the CPU seconds of the bot's process and of its children
beside the wall time, the event loop's lag (a probe that sleeps 10 ms, its overshoot: the
worst of the run, and the worst within a second of the child's spawn), how long the spawn
itself held the loop, and the peak RSS of the largest report child.

    .venv/bin/python bench/mixed.py --modes none,late,child --rounds 3
    .venv/bin/python bench/mixed.py --modes none,cold,child --reading 3"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic import SecretStr  # noqa: E402
from telegram import Update  # noqa: E402

import bot.reports  # noqa: E402
from bench.national import MENTOR0, NOW, YOUTH0, Shape, actors, cached  # noqa: E402
from bot.app import LienApp, build_application  # noqa: E402
from bot.reports import Reports  # noqa: E402
from bot.settings import Settings  # noqa: E402
from sandbox import SandboxRequest, Telegram  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
TARGET_MS = 100.0


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "lien.db"
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + ".notes-key"), folder / "lien.db.notes-key")
    return target


class Bot:
    """The application fed as `python -m bot` feeds it: a poller fetches what the sandbox
    holds, keeps it in the inbox, and starts each update's turn with the per-person
    processor. Each person has one update in flight at a time (they wait for the answer)."""

    def __init__(self, tg: Telegram, app: LienApp) -> None:
        self.tg, self.app = tg, app
        self.offset = 0
        self.running: set[asyncio.Task[None]] = set()
        self.waiting: dict[int, asyncio.Future[float]] = {}  # person -> when answered
        self.poller: asyncio.Task[None] | None = None
        self.sent = asyncio.Event()  # as a long poll returns when an update arrives

    @classmethod
    async def start(cls, db: Path, child: bool) -> Bot:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            bot_token=SecretStr(TOKEN),
            bot_api_url="http://sandbox.invalid/bot",
            database=db,
            report_process=child,
        )
        tg = Telegram(token=TOKEN)
        app = build_application(settings, request=SandboxRequest(tg), clock=lambda: NOW)
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        app.update_queue.batch_until_next_poll()  # as `python -m bot` polls
        bot = cls(tg, app)
        bot.poller = asyncio.create_task(bot._poll())
        return bot

    async def stop(self) -> None:
        assert self.poller is not None
        self.poller.cancel()
        await asyncio.gather(*self.running)
        await self.app.shutdown()
        assert self.app.post_shutdown is not None
        await self.app.post_shutdown(self.app)

    async def _poll(self) -> None:
        while True:
            await self.sent.wait()
            self.sent.clear()
            updates = await self.app.bot.get_updates(offset=self.offset, timeout=0)
            if not updates:
                continue
            self.offset = updates[-1].update_id + 1
            queue = self.app.update_queue
            for update in updates:
                await queue.put(update)
            await queue.flush()  # what the next getUpdates does before it leaves
            while not queue.empty():
                update = queue.get_nowait()
                queue.task_done()
                assert isinstance(update, Update)
                task = asyncio.create_task(self._run(update))
                self.running.add(task)
                task.add_done_callback(self.running.discard)

    async def _run(self, update: Update) -> None:
        await self.app.update_processor.process_update(update, self.app.process_update(update))
        user = update.effective_user.id if update.effective_user else 0
        answered = self.waiting.pop(user, None)
        if answered is not None:
            answered.set_result(time.perf_counter())

    async def act(self, user: int, action: str) -> float | None:
        """One action of one person: text to send, "press" (the first button of their last
        message) or "press:<data>"; seconds from sending to the end of its handling."""
        message_id, data = 0, action.removeprefix("press:")
        if action.startswith("press"):
            last = self.tg.last(user)
            rows = (last.get("reply_markup") or {}).get("inline_keyboard", [])
            offered = [b["callback_data"] for row in rows for b in row if b.get("callback_data")]
            if not offered:
                return None
            message_id, data = last["message_id"], data if action != "press" else offered[0]
        answered = self.waiting[user] = asyncio.get_running_loop().create_future()
        started = time.perf_counter()
        if message_id:
            await self.tg.press(user, message_id, data)
        else:
            await self.tg.send(user, action)
        self.sent.set()
        return await answered - started


async def person(bot: Bot, user: int, actions: tuple[str, ...], until: float,
                 out: list[tuple[float, float]], rnd: random.Random) -> None:  # fmt: skip
    """One person acting until `until`; (seconds before `until`, wait) of each answer."""
    await asyncio.sleep(rnd.uniform(0, 2))  # all within two seconds
    turn = 0
    while time.perf_counter() < until:
        waited = await bot.act(user, actions[turn % len(actions)])
        if waited is not None:
            out.append((until - time.perf_counter(), waited))
        turn += 1
        await asyncio.sleep(rnd.uniform(5.0, 15.0))


async def export(bot: Bot, copil: int, reading: float, out: dict[str, float]) -> None:
    """A programme-wide COPIL member: a year of /hours, then /stats for this year, all
    teams, reading each menu `reading` seconds before choosing; each export's seconds of
    waiting (not reading)."""
    await asyncio.sleep(1.0)
    exports = {
        "hours year": ("/hours", "press:hours:year:2026-11"),
        "stats year": ("/stats", "press:st:p:this_year", "press:st:team:all"),
    }
    for label, steps in exports.items():
        out[label] = 0.0
        for step in steps:
            if step.startswith("press"):
                await asyncio.sleep(reading)
            out[label] += await bot.act(copil, step) or 0.0


class Probe:
    """The event loop's lag: a task that sleeps 10 ms, and by how much it overslept; and
    each spawn of a report child, when and how long it held the loop."""

    def __init__(self) -> None:
        self.lags: list[tuple[float, float]] = []  # (when, lag)
        self.spawns: list[tuple[float, float]] = []  # (when, seconds)

    async def run(self, until: float) -> None:
        while time.perf_counter() < until:
            started = time.perf_counter()
            await asyncio.sleep(0.01)
            self.lags.append((started, time.perf_counter() - started - 0.01))

    @contextlib.contextmanager
    def spawning(self, late: bool) -> Iterator[None]:
        """Times each spawn; `late`: the child as before, lowering its own priority once
        its modules are loaded (bot.reports imported first), not lowered by the bot."""
        spawn = asyncio.create_subprocess_exec
        old_way = "import os, bot.reports as r; os.nice(r.NICENESS); r.main()"

        async def timed(program: str, *args: str, **kwargs: Any) -> Any:
            if late:
                args = ("-c", old_way)
            started = time.perf_counter()
            process = await spawn(program, *args, **kwargs)
            self.spawns.append((started, time.perf_counter() - started))
            return process

        with contextlib.ExitStack() as patches:
            patches.enter_context(mock.patch.object(asyncio, "create_subprocess_exec", timed))
            if late:
                patches.enter_context(mock.patch.object(bot.reports, "_lower", lambda pid: None))
            yield

    def worst(self) -> float:
        return max((lag for _when, lag in self.lags), default=float("nan"))

    def worst_near_spawn(self) -> float:
        """The worst lag within a second after a spawn started."""
        near = [lag for when, lag in self.lags
                for at, _s in self.spawns if at - 0.01 <= when <= at + 1.0]  # fmt: skip
        return max(near, default=float("nan"))


async def _no_warm_up(*_: Any) -> None:
    """Reports.warm for the "late" and "cold" runs: the child starts at the report."""


MODES = {
    "none": "without export",
    "child": "export in a child process",
    "thread": "export in the bot's process",
    "shared": "the same on the shared connection",
    "late": "child niced late (before)",
    "cold": "child niced, no warm-up",
}
CHILDREN = ("child", "late", "cold")


async def one_round(source: Path, shape: Shape, seconds: float, mode: str, seed: int,
                    reading: float, probe: Probe) -> tuple[list[tuple[float, float]],
                                                           dict[str, float]]:  # fmt: skip
    who = actors(shape)
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as patches:
        patches.enter_context(probe.spawning(late=mode == "late"))
        if mode in ("late", "cold"):
            patches.enter_context(mock.patch.object(bot.reports.Reports, "warm", _no_warm_up))
        app = await Bot.start(_copy(source, Path(folder)), child=mode in CHILDREN)
        if mode == "shared":  # as before reports had their own connection
            app.app.bot_data.reports._reader = app.app.bot_data.db.conn
        relayers = [YOUTH0 + i for i in range(100)]  # active links (bench/national.py)
        starters = [YOUTH0 + 1_000 + i for i in range(50)]
        mentors = [MENTOR0 + 100 + i for i in range(50)]
        for user in (*relayers, *starters, *mentors, who.national_copil):
            await app.tg.user(user, first_name="P", language_code="fr")
        waits: list[tuple[float, float]] = []
        until = time.perf_counter() + seconds
        people = [person(app, u, ("Bonjour, on se voit jeudi ?",), until, waits, rnd)
                  for u in relayers]  # fmt: skip
        people += [person(app, u, ("/start",), until, waits, rnd) for u in starters]
        people += [person(app, u, ("/partners", "press"), until, waits, rnd) for u in mentors]
        exported: dict[str, float] = {}
        if mode != "none":
            people.append(export(app, who.national_copil, reading, exported))
        await asyncio.gather(probe.run(until), *people)
        await app.stop()
        return waits, exported


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _proc(pid: int) -> tuple[float, int]:
    """A process's CPU seconds so far and its nice value (/proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), int(fields[16])


async def starts(count: int) -> None:
    """A new child's CPU at the bot's own priority, before (it lowered itself once loaded)
    and now (lowered by the bot as soon as it exists), read in /proc every millisecond
    until its nice value is lowered; and how long each spawn held the loop."""
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    for way, late in (("before", True), ("now", False)):
        at_mine, held = [], []
        for _ in range(count):
            probe = Probe()
            # No report is made: no database is opened, neither here nor in the child.
            nowhere: Any = None
            reports = Reports(ROOT / "unused.db", nowhere, timeout=60, child=True, idle=60)
            with probe.spawning(late=late):
                process = await reports._living()
            while (seen := _proc(process.pid))[1] <= mine:
                await asyncio.sleep(0.001)
            at_mine.append(seen[0])
            held.append(probe.spawns[0][1])
            await reports.close()
        print(f"child {way}: {statistics.median(at_mine) * 1000:.0f} ms of CPU at the bot's"
              f" priority (max {max(at_mine) * 1000:.0f}), the spawn held the loop"
              f" {statistics.median(held) * 1000:.1f} ms (max {max(held) * 1000:.1f}),"
              f" median of {count}")  # fmt: skip


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="the 1 %% programme")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--modes", default="none,child,thread,shared", help=",".join(MODES))
    parser.add_argument("--reading", type=float, default=0.0, help="seconds on each menu")
    parser.add_argument("--starts", type=int, default=0, help="only time N child starts")
    args = parser.parse_args()
    if args.starts:
        return await starts(args.starts)
    modes = {mode: MODES[mode] for mode in args.modes.split(",")}
    logging.disable(logging.ERROR)
    warnings.simplefilter("ignore")  # PTB's per_message notes on every conversation
    shape = Shape.national().scaled(0.01) if args.small else Shape.national()
    source = cached(shape)
    print(f"{shape.youths} youths, {shape.logs} follow-ups; 200 people for {args.seconds:.0f} s;"
          f" the COPIL member reads each menu {args.reading:g} s")  # fmt: skip
    # per mode, per round: p50, p99, p99 after 5 s, answers, worst lag, worst lag near the
    # spawn, the spawn's seconds, the bot's CPU seconds, its children's
    runs: dict[str, list[tuple[float, ...]]] = {mode: [] for mode in modes}
    loads = [os.getloadavg()[0]]
    exports: dict[tuple[str, str], list[float]] = {}
    # Untimed, so the first timed run does not pay this process's first-time costs alone.
    await one_round(source, shape, min(5.0, args.seconds), "none", -1, 0.0, Probe())
    for r in range(args.rounds):
        for mode in modes:
            probe = Probe()
            cpu = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            waits, exported = await one_round(
                source, shape, args.seconds, mode, r, args.reading, probe
            )
            bot_cpu = _cpu(resource.RUSAGE_SELF) - cpu[0]
            child_cpu = _cpu(resource.RUSAGE_CHILDREN) - cpu[1]
            every = [wait for _left, wait in waits]
            steady = [wait for left, wait in waits if left < args.seconds - 5]
            spawn = max((seconds for _at, seconds in probe.spawns), default=float("nan"))
            runs[mode].append((_p(every, 0.5), _p(every, 0.99), _p(steady, 0.99), len(every),
                               probe.worst(), probe.worst_near_spawn(), spawn, bot_cpu,
                               child_cpu))  # fmt: skip
            for label, seconds in exported.items():
                exports.setdefault((mode, label), []).append(seconds)
            loads.append(os.getloadavg()[0])
            print(".", end="", flush=True)
    print()
    print(f"load average (1 min) over the runs: {min(loads):.1f} to {max(loads):.1f}")

    def median(mode: str, i: int) -> float:
        return statistics.median(x[i] for x in runs[mode])

    print(f"{'interactive answers (ms)':<35}{'p50':>8}{'p99':>8}{'p99 after 5 s':>15}"
          f"{'answers':>8}{'CPU bot':>9}{'children':>9}")  # fmt: skip
    for mode, label in modes.items():
        p50, p99, after = (median(mode, i) * 1000 for i in range(3))
        flag = f"   > {TARGET_MS:.0f} ms" if p99 > TARGET_MS else ""
        print(f"{label:<35}{p50:8.1f}{p99:8.1f}{after:15.1f}{median(mode, 3):8.0f}"
              f"{median(mode, 7):8.1f}s{median(mode, 8):8.1f}s{flag}")  # fmt: skip
    print(f"{'event loop (ms)':<35}{'worst lag':>10}{'near spawn':>12}{'spawn':>8}")
    for mode, label in modes.items():
        worst, near, spawn = (median(mode, i) * 1000 for i in (4, 5, 6))
        print(f"{label:<35}{worst:10.1f}{near:12.1f}{spawn:8.1f}")
    if "none" in runs:
        none = [median("none", i) for i in (1, 2)]
        for mode in [m for m in modes if m != "none"]:
            ratios = [median(mode, i) / none[j] for j, i in enumerate((1, 2))]
            print(f"{MODES[mode]} / without: p99 x{ratios[0]:.2f}, after 5 s x{ratios[1]:.2f}")
    for (mode, label), values in exports.items():
        print(f"{label} ({MODES[mode]}): {statistics.median(values):.2f} s")
    if set(CHILDREN) & set(modes):  # ru_maxrss of children: the largest reaped one (Linux: KB)
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS of a report child: {child:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
