"""Cold start side by side: two versions of Lien started in turn on the same database.

    .venv/bin/python bench/coldstart.py --before /tmp/lien-main          # national, 5 rounds
    .venv/bin/python bench/coldstart.py --before /tmp/lien-main --small  # the 1 % copy
    .venv/bin/python bench/coldstart.py --database postgresql://.../postgres

Each run is a fresh process (the interpreter, the imports, start-up as `python -m bot` does
it: bench/scale.py's Player) on a fresh copy of the cached build (bench/national.py): cold
start is the interpreter's start to the first reply (a mentor's /help, as bench/scale.py
counts it), then four more people's first replies, each timed alone: a youth's message
(read by the safety net, relayed), a stranger's /start from a German Telegram app, a team
COPIL's /people, the youth's /mydata. `--before TREE` names a copy of another version
(`git archive main | tar -x -C TREE`), run with this tree's interpreter, alternating with
this one, round by round; figures are medians, CPU beside wall, and the load average."""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before the imports: cold start counts them

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
# Who replies after the first, and what they send (an Actors field, a language, a text).
AFTER = (
    ("youth", "fr", "Salut, on se voit jeudi ?"),
    ("stranger", "de", "/start"),
    ("copil", "fr", "/people"),
    ("youth", "fr", "/mydata"),
)


async def child(db: str, teams: int) -> dict[str, Any]:
    """In a fresh process whose sys.path starts with the tree measured."""
    from dataclasses import replace

    import bench.scale as scale  # first: it starts as python -m bot does
    from bench.national import Shape, actors

    if db.startswith("postgresql://"):
        scale.POSTGRES_KEYS[db] = os.environ["LIEN_BENCH_NOTES_KEY"]
    who = actors(replace(Shape.national(), teams=teams))
    cpu = time.process_time()
    player = await scale.Player.start(db if db.startswith("postgresql://") else Path(db), who)
    await player.run(scale.Step("mentor", "mentor", "/help", after=()))
    first = time.perf_counter() - T0
    first_cpu = time.process_time()
    replies = []
    for field, language, text in AFTER:
        await player.tg.user(getattr(who, field), first_name=field.title(), language_code=language)
        run = await player.run(scale.Step(field, field, text, after=()))
        assert run is not None and player.tg.last(getattr(who, field)), (field, text)
        replies.append((run.seconds, run.cpu))
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    await player.stop()
    return {
        "cold_s": first,
        "cpu_s": first_cpu,  # the process's CPU to the first reply, imports included
        "post_init_cpu_s": first_cpu - cpu,
        "replies_ms": [1000 * wall for wall, _ in replies],
        "replies_cpu_ms": [1000 * cpu for _, cpu in replies],
        "rss_mb": int(peak.split()[1]) / 1024,
        "errors": player.errors,
    }


def once(tree: Path, db: str, teams: int, env: dict[str, str]) -> dict[str, Any]:
    code = (
        f"import sys; sys.path.insert(0, {str(tree)!r}); sys.argv[1:] = {[db, str(teams)]!r};"
        f" exec(compile(open({__file__!r}).read(), {__file__!r}, 'exec'),"
        f" {{'__name__': '__main__', '__file__': {__file__!r}}})"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
        cwd=tree, timeout=300,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


async def _drop(server: str, name: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", help="another version's tree, run in turn with this one")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--small", action="store_true", help="the 1 % copy")
    parser.add_argument("--database", help="postgresql://.../postgres: the copy in PostgreSQL")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench.national import Shape, cached
    from bench.scale import POSTGRES_KEYS, _copy, _into_postgres

    shape = Shape.national().scaled(0.01) if args.small else Shape.national()
    source = cached(shape)
    trees = {"before": Path(args.before).resolve()} if args.before else {}
    trees["after"] = HERE
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    loads = []
    for round_ in range(args.rounds):
        for name, tree in trees.items() if round_ % 2 == 0 else reversed(trees.items()):
            with tempfile.TemporaryDirectory() as folder:
                db: str = str(_copy(source, Path(folder)))
                env = dict(os.environ)
                if args.database:
                    db = asyncio.run(_into_postgres(Path(db), source, args.database))
                    env["LIEN_BENCH_NOTES_KEY"] = POSTGRES_KEYS[db]
                loads.append(os.getloadavg()[0])
                runs[name].append(once(tree, db, shape.teams, env))
                if args.database:  # a copy is 1 GB at national size
                    asyncio.run(_drop(args.database, db.rsplit("/", 1)[1]))
                last = runs[name][-1]
                print(
                    f"{name:<7} cold {last['cold_s']:.2f} s, cpu {last['cpu_s']:.2f} s", flush=True
                )
    where = "PostgreSQL" if args.database else "SQLite"
    print(f"\n{shape.label} on {where}, medians of {args.rounds} runs each, load average "
          f"{min(loads):.1f} to {max(loads):.1f}")  # fmt: skip
    print(
        f"{'':<7}{'cold s':>8}{'cpu s':>8}{'post_init cpu':>15}{'RSS MB':>8}"
        "  replies 2-5: wall ms | cpu ms"
    )
    for name, figures in runs.items():
        med = {k: statistics.median(r[k] for r in figures) for k in figures[0] if k[-3:] != "_ms"}
        wall, cpu = (
            [statistics.median(r[key][i] for r in figures) for i in range(len(AFTER))]
            for key in ("replies_ms", "replies_cpu_ms")
        )
        print(
            f"{name:<7}{med['cold_s']:8.2f}{med['cpu_s']:8.2f}{med['post_init_cpu_s']:15.2f}"
            f"{med['rss_mb']:8.0f}  {' '.join(f'{ms:.0f}' for ms in wall)} | "
            f"{' '.join(f'{ms:.0f}' for ms in cpu)}"
            + (f"  ({sum(r['errors'] for r in figures)} errors)" if med["errors"] else "")
        )


if __name__ == "__main__":
    if len(sys.argv) == 3 and not sys.argv[1].startswith("-"):
        print(json.dumps(asyncio.run(child(sys.argv[1], int(sys.argv[2])))))
    else:
        main()
