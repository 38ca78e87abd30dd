"""What /stats costs: the figures of a year (storage.stats.collect), then the charts and
files drawn from them, over the demo's year and over a national programme (100,000 youths,
1,000,000 follow-ups, 12 teams), on SQLite files in a temporary folder.

    .venv/bin/python bench/stats.py [--rounds 5] [--youths 100000] [--followups 1000000]
                                    [--keep FOLDER] [--before REV]

The national programme is written by a compact bulk generator of the tables /stats reads
(teams, people, requests, request_mentors, links, logs, partners, groups, sessions and
answers, events and answers, safety alerts, check-ins every two weeks of each link and
feedback at its end). Figures are medians over the rounds, in seconds, with the CPU seconds
beside them; the target is under 2 s for the whole answer. --before REV measures the charts
and files as they were at that revision in the same run, alternating, and the reports'
child's imports then and now. The national programme is measured twice, rounds alternating:
live (nothing kept, as right after the upgrade) and with every closed month and day kept
(storage/totals.py, on a copy, `-kept.db`, filled as the bot's hourly job does, timed)."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.demo import seed  # noqa: E402
from bot.i18n import I18n, Texts  # noqa: E402
from handlers.stats import charts, files  # noqa: E402
from handlers.stats.report import Report, build, key_figures  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import DOMAINS, KINDS, THEMES  # noqa: E402
from storage.requests import AGE_BANDS, MEETING_PLACES  # noqa: E402
from storage.stats import ALL, Figure, Period  # noqa: E402

T = TypeVar("T")

ZONE = ZoneInfo("Europe/Zurich")
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
YEAR = (date(2025, 12, 1), date(2026, 11, 30))
REASONS = ("goals", "work", "professional", "no_contact", "stopped", "other")


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def generate(path: Path, youths: int, followups: int, teams: int = 12) -> None:
    """A national programme's year and a half of history, written in bulk."""
    rng = random.Random(13)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # a throwaway bench file
    start = NOW - timedelta(days=540)
    span = (NOW - start).total_seconds()

    def when() -> datetime:
        return start + timedelta(seconds=rng.random() * span)

    created = _ts(start)
    conn.executemany(
        "INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
        [(t, f"Équipe {t}", created) for t in range(1, teams + 1)],
    )
    mentors = youths // 10
    people = [(1_000_000 + m, "mentor", 1 + m % teams) for m in range(mentors)]
    people += [(2_000_000 + y, "youth", 1 + y % teams) for y in range(youths)]
    conn.executemany(
        """INSERT INTO people (telegram_id, role, team_id, display_name, language, consented_at,
                               created_at) VALUES (?, ?, ?, 'X', 'fr', ?, ?)""",
        [(p, role, team, created, created) for p, role, team in people],
    )
    conn.executemany(
        """INSERT INTO partners (id, team_id, domain, name, created_at, updated_at)
           VALUES (?, ?, ?, 'P', ?, ?)""",
        [(i + 1, 1 + i % teams, DOMAINS[i % len(DOMAINS)], created, created) for i in range(200)],
    )
    # Rows are appended in time order, as the bot writes them.
    asks = sorted(when() for _ in range(youths))
    requests, notices, links = [], [], []
    for y in range(youths):
        asked = asks[y]
        team = 1 + y % teams
        mentor = 1_000_000 + rng.randrange(mentors // teams) * teams + team - 1
        answered = asked + timedelta(hours=rng.lognormvariate(1.6, 1.1))
        accepted = rng.random() < 0.9 and answered < NOW
        status = "accepted" if accepted else "withdrawn"
        requests.append(
            (y + 1, 2_000_000 + y, team, mentor if rng.random() < 0.2 else None,
             rng.choice(MEETING_PLACES), ",".join(rng.sample(THEMES, 2)),
             rng.choice(AGE_BANDS), status, mentor if accepted else None, _ts(asked),
             _ts(answered), _ts(answered)),
        )  # fmt: skip
        notices.append((y + 1, mentor, mentor, _ts(asked)))
        if accepted:
            ends = answered + timedelta(days=rng.triangular(7, 400, 100))
            links.append(
                (y + 1, y + 1, 2_000_000 + y, mentor, team, _ts(answered),
                 _ts(ends) if ends < NOW else None, rng.choice(REASONS) if ends < NOW else None),
            )  # fmt: skip
    # Straight into the tables: the accept trigger would make the same links one by one.
    conn.execute("DROP TRIGGER request_accepted")
    conn.executemany(
        """INSERT INTO requests (id, youth_id, team_id, mentor_id, met, themes, age_band,
                                 first_name, status, accepted_by, created_at, answered_at,
                                 closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'X', ?, ?, ?, ?, ?)""",
        requests,
    )
    conn.executemany(
        """INSERT INTO request_mentors (request_id, mentor_id, chat_id, notified_at)
           VALUES (?, ?, ?, ?)""",
        notices,
    )
    conn.executemany(
        """INSERT INTO links (id, request_id, youth_id, mentor_id, team_id, started_at,
                              ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        links,
    )

    def logs() -> object:
        for i in range(followups):
            link = links[i % len(links)]
            day = (start + timedelta(seconds=span * i / followups)).astimezone(ZONE).date()
            partner = rng.randrange(1, 201) if rng.random() < 0.1 else None
            kind = "relay" if partner else KINDS[i % 3]
            minutes = rng.choice((30, 45, 60, 90))
            note = b"sealed-note-placeholder-bytes"
            yield (link[3], link[4], link[2], kind, day.isoformat(), minutes,
                   rng.choice(THEMES), partner, note, created, created)  # fmt: skip

    conn.executemany(
        """INSERT INTO logs (mentor_id, team_id, youth_id, kind, day, minutes, themes,
                             partner_id, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        logs(),
    )

    def checkins() -> object:
        """Every two weeks of each link, most answered, the mood drifting up a little."""
        for link in links:
            started = datetime.fromisoformat(link[5])
            ends = datetime.fromisoformat(link[6]) if link[6] else NOW
            mood, at = rng.randint(1, 5), started + timedelta(days=14)
            while at < ends:
                mood = min(5, max(1, mood + rng.choice((-1, 0, 0, 1, 1))))
                answered = rng.random() < 0.8
                yield (link[2], link[0], link[4], _ts(at), mood if answered else None,
                       rng.choice(THEMES) if answered and rng.random() < 0.5 else None)  # fmt: skip
                at += timedelta(days=14)

    conn.executemany(
        """INSERT INTO checkins (youth_id, link_id, team_id, asked_at, mood, theme)
           VALUES (?, ?, ?, ?, ?, ?)""",
        checkins(),
    )
    conn.executemany(
        """INSERT INTO link_feedback (link_id, youth_id, team_id, asked_at, helped, recommend)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [
            (link[0], link[2], link[4], link[6], rng.randint(1, 5), rng.choice(("yes", "no")))
            for link in links
            if link[6] and rng.random() < 0.7
        ],
    )
    groups = teams * 10
    conn.executemany(
        """INSERT INTO groups (id, name, team_id, rhythm, invite_token, created_by, created_at)
           VALUES (?, 'G', ?, '2,4 tue 18:00', ?, 1, ?)""",
        [(g + 1, 1 + g % teams, f"t{g}", created) for g in range(groups)],
    )
    sessions, answers = [], []
    for g in range(groups):
        for s in range(36):
            sid = g * 36 + s + 1
            moment = start + timedelta(days=15 * s)
            sessions.append((sid, g + 1, _ts(moment), "cancelled" if s % 13 == 0 else "planned"))
            for k in range(10):
                youth = 2_000_000 + (g + k * groups) % youths
                answers.append((sid, youth, "yes", _ts(moment), int(rng.random() < 0.8)))
    conn.executemany(
        "INSERT INTO sessions (id, group_id, starts_at, status) VALUES (?, ?, ?, ?)", sessions
    )
    conn.executemany(
        """INSERT INTO session_answers (session_id, person_id, answer, answered_at, attended)
           VALUES (?, ?, ?, ?, ?)""",
        answers,
    )
    events, event_answers = [], []
    for e in range(teams * 18):
        moment = start + timedelta(days=30 * (e // teams))
        events.append((e + 1, "training" if e % 3 == 0 else "intervision", 1 + e % teams,
                       _ts(moment), _ts(moment)))  # fmt: skip
        for k in range(12):
            mentor = 1_000_000 + (e % teams) + teams * k
            event_answers.append((e + 1, mentor, _ts(moment), int(rng.random() < 0.85)))
    conn.executemany(
        """INSERT INTO events (id, kind, title, team_id, audience, starts_at, minutes, place,
                               author_id, created_at)
           VALUES (?, ?, 'E', ?, 'mentors', ?, 120, 'X', 1, ?)""",
        events,
    )
    conn.executemany(
        """INSERT INTO event_answers (event_id, person_id, answer, answered_at, attended)
           VALUES (?, ?, 'yes', ?, ?)""",
        event_answers,
    )
    conn.executemany(
        "INSERT INTO safety_alerts (youth_id, link_id, category, at) VALUES (?, ?, ?, ?)",
        [
            (
                2_000_000 + rng.randrange(youths),
                None,
                rng.choice(("suicide", "violence")),
                _ts(when()),
            )
            for _ in range(youths // 50)
        ],
    )
    conn.commit()
    conn.close()


def before(rev: str, folder: Path) -> tuple[ModuleType, ModuleType] | str:
    """The charts and files modules as they were at `rev` (from git, written into `folder`),
    to measure beside today's in the same run; or why they cannot be."""
    for name in ("charts", "files"):
        shown = subprocess.run(
            ["git", "show", f"{rev}:handlers/stats/{name}.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if shown.returncode:
            return shown.stderr.strip()
        (folder / f"before_{name}.py").write_text(shown.stdout)
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module("before_charts"), importlib.import_module("before_files")
    except ImportError as error:  # matplotlib, gone from the dependencies
        return str(error)


def _timed(
    times: dict[str, list[tuple[float, float]]], name: str, work: Callable[..., T], *args: Any
) -> T:
    begin, used = time.perf_counter(), time.process_time()
    result = work(*args)
    times.setdefault(name, []).append((time.perf_counter() - begin, time.process_time() - used))
    return result


def _labelled(_: Texts, period: Period, columns: list[tuple[str, list[Figure]]]) -> Report:
    """The figures labelled in the reader's language, and the key figures' message."""
    report = build(_, period, "typed", "Toutes les équipes", columns)
    key_figures(_, report)
    return report


def _files(writing: ModuleType, report: Report) -> None:
    # Before 2026-11-30 the CSV was told the language; it now reads the report's locale.
    if len(inspect.signature(writing.to_csv).parameters) > 1:
        writing.to_csv(report, "fr")
    else:
        writing.to_csv(report)
    writing.to_xlsx(report)


async def measure(
    db: Database, rounds: int, old: tuple[ModuleType, ModuleType] | None
) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of the figures alone, of their labels and the key figures'
    message, of the charts, of the CSV and workbook, and of the whole answer (their sum),
    with every team side by side (the charts show the total past six); the charts and files
    also as they were at --before, alternating which goes first. CPU time is this process's:
    on a shared machine wall time rises with the load average, CPU time much less."""
    period = Period.of(*YEAR, ZONE, NOW)
    _ = Texts(I18n(), "fr", ZONE, familiar=False)
    teams = await db.teams.all()
    times: dict[str, list[tuple[float, float]]] = {}
    for n in range(rounds):
        begin, used = time.perf_counter(), time.process_time()
        figures = await db.stats.collect(period)
        times.setdefault("figures", []).append(
            (time.perf_counter() - begin, time.process_time() - used)
        )
        columns = [(t.name, figures[t.id]) for t in teams] + [("Total", figures[ALL])]
        report = _timed(times, "labels", _labelled, _, period, columns)
        ways = [("", charts, files)] + ([("before ", *old)] if old else [])
        for way, drawing, writing in ways if n % 2 == 0 else ways[::-1]:
            _timed(times, way + "charts", drawing.render, report)
            _timed(times, way + "files", _files, writing, report)
    medians = {
        name: (statistics.median(t[0] for t in v), statistics.median(t[1] for t in v))
        for name, v in times.items()
    }
    for way in ("", "before ") if old else ("",):
        parts = [medians[p] for p in ("figures", "labels", way + "charts", way + "files")]
        medians[way + "whole"] = (sum(p[0] for p in parts), sum(p[1] for p in parts))
    return medians


def lines(name: str, m: dict[str, tuple[float, float]]) -> str:
    def cell(part: str) -> str:
        wall, cpu = m[part]
        return f"{wall:6.3f} s (CPU {cpu:5.3f})"

    out = [f"{name:9s} figures {cell('figures')}, labels and key figures {cell('labels')}"]
    for part in ("charts", "files", "whole"):
        row = f"          {part:7s} {cell(part)}"
        if "before " + part in m:
            ratio = m[part][1] / m["before " + part][1]
            row += f"   before {cell('before ' + part)}   CPU x{ratio:.2f}"
        out.append(row)
    return "\n".join(out)


def start(rounds: int, rev: str | None, folder: Path) -> str:
    """The reports' child's first /stats pays its imports: Python, the report's modules, the
    charts' and the workbook's libraries. Median wall and CPU seconds of a fresh interpreter
    importing them from this tree and from the whole tree at --before (git archive),
    alternating."""
    trees = {"now": ROOT}
    if rev:
        trees["before"] = folder / "before-tree"
        trees["before"].mkdir()
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(trees["before"])], input=archive.stdout)
    code = "import bot.reports, handlers.stats.report; from handlers.stats import charts, files"
    times: dict[str, list[tuple[float, float]]] = {way: [] for way in trees}
    for n in range(rounds):
        for way in list(trees) if n % 2 == 0 else list(trees)[::-1]:
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=trees[way], check=True)
            wall = time.perf_counter() - begin
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - used.ru_utime + after.ru_stime - used.ru_stime
            times[way].append((wall, cpu))
    return "child's imports: " + ", ".join(
        f"{way} {statistics.median(t[0] for t in v):.2f} s "
        f"(CPU {statistics.median(t[1] for t in v):.2f})"
        for way, v in times.items()
    )


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _medians(rounds: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    return {
        name: (
            statistics.median(r[name][0] for r in rounds),
            statistics.median(r[name][1] for r in rounds),
        )
        for name in rounds[0]
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--youths", type=int, default=100_000)
    parser.add_argument("--followups", type=int, default=1_000_000)
    parser.add_argument(
        "--keep", type=Path, help="a folder to keep the national file in and reuse it from"
    )
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also measure the charts and files as they were at this git revision "
        "(e.g. d50b400, matplotlib's; needs matplotlib installed)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old = before(args.before, Path(folder)) if args.before else None
        if isinstance(old, str):
            print(f"--before {args.before}: {old}; measuring today's only")
            old = None
        print(start(args.rounds, args.before if old else None, Path(folder)), flush=True)
        demo = await Database.open(Path(folder) / "demo.db", lambda: NOW)
        await seed(demo, lambda: NOW)
        print(lines("demo", await measure(demo, args.rounds, old)), flush=True)
        await demo.close()
        kept = args.keep / f"national-{args.youths}-{args.followups}.db" if args.keep else None
        path = kept or Path(folder) / "national.db"
        made = "reused"
        if not path.exists():
            partial = path.with_suffix(".part")
            partial.unlink(missing_ok=True)
            await (await Database.open(partial, lambda: NOW)).close()  # the schema, empty
            begin = time.perf_counter()
            generate(partial, args.youths, args.followups)
            made = f"generated in {time.perf_counter() - begin:.0f} s"
            partial.rename(path)
        begin, used = time.perf_counter(), time.process_time()
        national = await Database.open(path, lambda: NOW)  # migrations a kept file lacks
        opening = time.perf_counter() - begin, time.process_time() - used
        await national.close()
        # The same programme with every closed month and day kept (storage/totals.py), as the
        # bot keeps them: a copy, so that both paths are measured side by side.
        kept_path = path.with_name(path.stem + "-kept.db")
        if not kept_path.exists() or _version(kept_path) != _version(path):
            shutil.copy(path, kept_path)
        kept_db = await Database.open(kept_path, lambda: NOW)
        begin, used = time.perf_counter(), time.process_time()
        units = await kept_db.stats.fill(NOW)
        filling = time.perf_counter() - begin, time.process_time() - used
        national = await Database.open(path, lambda: NOW)
        live: list[dict[str, tuple[float, float]]] = []
        kept_rounds: list[dict[str, tuple[float, float]]] = []
        for n in range(args.rounds):  # alternating, so that both see the same load
            pair = [(live, national), (kept_rounds, kept_db)]
            for out, db in pair if n % 2 == 0 else pair[::-1]:
                out.append(await measure(db, 1, old))
        print(lines("national", _medians(live)) + "\n          (live: nothing kept)")
        print(lines("national", _medians(kept_rounds)) + "\n          (kept)")
        ratio = _medians(kept_rounds)["figures"][1] / _medians(live)["figures"][1]
        print(f"          figures' CPU kept/live: x{ratio:.2f}")
        await national.close()
        await kept_db.close()
        print(f"          ({args.youths:,} youths, {args.followups:,} follow-ups, {made})")
        print(
            f"          opened (with the migrations it lacked) in {opening[0]:.1f} s"
            f" (CPU {opening[1]:.1f} s); kept {units} months and days in {filling[0]:.1f} s"
            f" (CPU {filling[1]:.1f} s); a new migration makes --keep's copy again"
        )
        load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
        print(f"medians of {args.rounds} rounds; load average {load}; target: whole answer < 2 s")


if __name__ == "__main__":
    asyncio.run(main())
