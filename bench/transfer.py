"""storage.transfer's cost, as it is and as it was at a git revision (`--before`, main by
default), side by side: each round copies the same cached build (bench/national.py) into a
fresh PostgreSQL database with each way in turn, alternating which goes first. Wall time,
this process's CPU and the server's (its processes' CPU from /proc: the backend that
copies, and VACUUM's), medians over the rounds, with the load average.

    .venv/bin/python bench/transfer.py --database postgresql://lien@127.0.0.1:5432/postgres
    .venv/bin/python bench/transfer.py --database ... --small --rounds 5   # the 1 % copy

The server must be on this machine (its CPU is read from /proc), its user able to create
databases; each round's databases are dropped at once."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from bench.national import Shape, cached  # noqa: E402
from storage import transfer as now  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _before(rev: str, folder: Path) -> Callable[..., Awaitable[Any]]:
    """storage/transfer.py as it was at `rev`, loaded beside today's."""
    text = subprocess.run(
        ["git", "show", f"{rev}:storage/transfer.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    path = folder / "transfer_before.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("transfer_before", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.transfer  # type: ignore[no-any-return]


def _server_cpu(postmaster: int) -> float:
    """CPU seconds of the server: the postmaster, its children that ended (cutime) and
    those still running."""

    def times(pid: int, children: bool) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime, stime
        if children:
            ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
        return ticks / TICK

    total = times(postmaster, True)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                if parent == postmaster:
                    total += times(int(entry.name), False)
            except (FileNotFoundError, ProcessLookupError):
                continue
    return total


async def _postmaster(server: str) -> int:
    conn = await asyncpg.connect(server)
    try:
        data = await conn.fetchval("SHOW data_directory")
    finally:
        await conn.close()
    return int(Path(data, "postmaster.pid").read_text().split()[0])


async def _once(
    transfer: Callable[..., Awaitable[Any]], source: Path, server: str, postmaster: int
) -> tuple[float, float, float]:
    name = "lien_transfer_bench"
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await admin.execute(f"CREATE DATABASE {name}")
        await admin.execute("CHECKPOINT")
        address = server.rsplit("/", 1)[0] + "/" + name
        began, cpu, served = time.perf_counter(), time.process_time(), _server_cpu(postmaster)
        await transfer(source, address)
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        await asyncio.sleep(1)  # the pool's backends gone, their CPU in the postmaster's
        served = _server_cpu(postmaster) - served
        await admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
    finally:
        await admin.close()
    return wall, cpu, served


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True, help="postgresql://.../postgres")
    parser.add_argument("--before", default="main", help="git revision of the other way")
    parser.add_argument("--small", action="store_true", help="the 1 %% copy")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    shape = Shape.national().scaled(0.01) if args.small else Shape.national()
    source = cached(shape)
    postmaster = await _postmaster(args.database)
    with tempfile.TemporaryDirectory() as folder:
        ways = {"before": _before(args.before, Path(folder)), "now": now.transfer}
        figures: dict[str, list[tuple[float, float, float]]] = {w: [] for w in ways}
        loads = [os.getloadavg()[0]]
        for round_ in range(args.rounds):
            order = list(ways) if round_ % 2 == 0 else list(reversed(ways))
            for way in order:
                figures[way].append(await _once(ways[way], source, args.database, postmaster))
                loads.append(os.getloadavg()[0])
                wall, cpu, served = figures[way][-1]
                print(f"round {round_ + 1} {way:<7} {wall:7.1f} s wall, {cpu:5.1f} s CPU here, "
                      f"{served:6.1f} s server CPU", flush=True)  # fmt: skip
    print(f"\n{source.name}, medians of {args.rounds} rounds, --before {args.before}")
    print(f"{'way':<8}{'wall s':>9}{'CPU here':>10}{'server CPU':>12}")
    medians = {}
    for way, runs in figures.items():
        medians[way] = [statistics.median(r[i] for r in runs) for i in range(3)]
        wall, cpu, served = medians[way]
        print(f"{way:<8}{wall:9.1f}{cpu:10.1f}{served:12.1f}")
    ratio = [n / max(b, 1e-9) for n, b in zip(medians["now"], medians["before"], strict=True)]
    print(f"{'now/before':<8}{ratio[0]:9.2f}{ratio[1]:10.2f}{ratio[2]:12.2f}")
    print(f"load average (1 min) over the runs: {min(loads):.1f} to {max(loads):.1f}")


if __name__ == "__main__":
    asyncio.run(main())
