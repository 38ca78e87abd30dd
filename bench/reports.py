"""What a report costs made here, in a child process per report (bot.reports, the bot's
way) or in a pool's worker kept warm (a ProcessPoolExecutor, spawn, one worker): wall time,
CPU taken from the bot's own process (what everyone's answers wait behind), and memory
(the bot's RSS, the child's peak).

    .venv/bin/python bench/reports.py              # national programme (bench/national.py)
    .venv/bin/python bench/reports.py --small      # the 1 % copy
    .venv/bin/python bench/reports.py --rounds 5

Reports: the programme-wide /hours of a month and of twelve months, /stats for a year with
every team side by side. Each round runs every way in turn (alternating), on the same
database file; figures are medians over the rounds."""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.national import NOW, Shape, cached  # noqa: E402
from bot.reports import Reports, _child  # noqa: E402
from handlers.hours_report import TeamAsked, team_hours  # noqa: E402
from handlers.stats.report import Asked  # noqa: E402
from handlers.stats.report import make as stats  # noqa: E402
from storage.database import read_only  # noqa: E402
from storage.stats import ALL  # noqa: E402

ZONE = ZoneInfo("Europe/Zurich")


def _status(pid: int | str, field: str) -> float:
    """VmRSS or VmHWM of a process, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _reports(db: Path) -> dict[str, tuple[Callable[..., Awaitable[Any]], Any]]:
    conn = await read_only(db)
    async with conn.execute("SELECT id, name FROM teams ORDER BY id") as cur:
        teams = {int(r[0]): str(r[1]) for r in await cur.fetchall()}
    await conn.close()
    columns = (*((name, i) for i, name in teams.items()), ("Tout le programme", ALL))
    year = Asked(
        "fr",
        ZONE,
        NOW,
        date(2026, 1, 1),
        date(2026, 12, 31),
        "this_year",
        "Toutes les équipes",
        columns,
    )
    return {
        "/hours, a month": (
            team_hours,
            TeamAsked("fr", ZONE, teams, None, date(2026, 10, 1), date(2026, 11, 1)),
        ),
        "/hours, 12 months": (
            team_hours,
            TeamAsked("fr", ZONE, teams, None, date(2025, 12, 1), date(2026, 12, 1)),
        ),
        "/stats, a year": (stats, year),
    }


async def _here(db: Path, work: Callable[..., Awaitable[Any]], asked: Any) -> None:
    conn = await read_only(db)
    try:
        await work(conn, asked)
    finally:
        await conn.close()


def _made(db: Path, work: Callable[..., Awaitable[Any]], args: tuple[Any, ...]) -> Any:
    """In the pool's worker: what `python -m bot.reports` does with what it reads."""
    return asyncio.run(_child(db, work, args))


async def _pooled(
    pool: ProcessPoolExecutor, db: Path, work: Callable[..., Awaitable[Any]], asked: Any
) -> Any:
    return await asyncio.get_running_loop().run_in_executor(pool, _made, db, work, (asked,))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="the 1 % programme")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    shape = Shape.national().scaled(0.01) if args.small else Shape.national()
    db = cached(shape)
    reports = await _reports(db)
    loads = [os.getloadavg()[0]]
    # way -> report -> [(wall s, CPU s of this process)]
    runs: dict[str, dict[str, list[tuple[float, float]]]] = {}
    pool_rss: list[float] = []
    kept_rss: list[float] = []
    children = 0.0
    bot_rss = {"before": _status("self", "VmRSS")}
    for _round in range(args.rounds):
        child = Reports(db, reader=None, timeout=600, child=True, idle=0)  # type: ignore[arg-type]
        kept = Reports(db, reader=None, timeout=600, child=True, idle=600)  # type: ignore[arg-type]
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        for label, (work, asked) in reports.items():
            ways: dict[str, Coroutine[Any, Any, Any]] = {}
            if label == next(iter(reports)):  # the pool's first call starts its worker
                ways["pool worker's first report"] = _pooled(pool, db, work, asked)
            ways["here (the bot's process)"] = _here(db, work, asked)
            ways["a child per report"] = child.run(work, asked)
            ways["the child kept (bot.reports)"] = kept.run(work, asked)
            ways["a warm pool worker"] = _pooled(pool, db, work, asked)
            for way, run in ways.items():  # in turn: each starts when awaited
                started, cpu = time.perf_counter(), time.process_time()
                await run
                took = (time.perf_counter() - started, time.process_time() - cpu)
                runs.setdefault(way, {}).setdefault(label, []).append(took)
        if not pool_rss:  # the children reaped so far are a child per report's, not the pool's
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        workers = list(pool._processes)  # the worker's pid: its peak memory before it goes
        pool_rss += [_status(pid, "VmHWM") for pid in workers]
        pool.shutdown()
        assert kept.process is not None
        kept_rss.append(_status(kept.process.pid, "VmHWM"))
        await kept.close()
        loads.append(os.getloadavg()[0])
        print(".", end="", flush=True)
    bot_rss["after"] = _status("self", "VmRSS")
    print()
    print(
        f"{shape.youths} youths, {shape.logs} follow-ups; medians of {args.rounds} rounds; "
        f"load average {min(loads):.1f} to {max(loads):.1f}"
    )
    print(f"{'':<30}" + "".join(f"{label:>22}" for label in reports))
    for way, by_report in runs.items():
        cells = []
        for label in reports:
            if label not in by_report:
                cells.append(f"{'':>22}")
                continue
            wall = statistics.median(t[0] for t in by_report[label])
            cpu = statistics.median(t[1] for t in by_report[label])
            cells.append(f"{wall:>9.2f} s ({cpu:5.2f} cpu)")
        print(f"{way:<30}" + "".join(cells))
    print("(cpu: seconds of CPU this process spent: what the bot's other answers wait behind)")
    print(
        f"peak RSS: a child per report {children:.0f} MB (the largest); the child kept "
        f"{max(kept_rss):.0f} MB and the pool's worker {max(pool_rss):.0f} MB, held while "
        "they wait; this process "
        f"{bot_rss['before']:.0f} MB before, {bot_rss['after']:.0f} MB after (reports made "
        "here load Pillow and openpyxl into it)"
    )


if __name__ == "__main__":
    asyncio.run(main())
