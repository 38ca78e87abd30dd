"""What /stats costs: the figures of a year (storage.stats.collect), then the charts and
files drawn from them, over the demo's year and over a national programme (100,000 youths,
1,000,000 follow-ups, 12 teams), on SQLite files in a temporary folder.

    .venv/bin/python bench/stats.py [--rounds 5] [--youths 100000] [--followups 1000000]
                                    [--keep FOLDER]

The national programme is written by a compact bulk generator of the tables /stats reads
(teams, people, requests, request_mentors, links, logs, partners, groups, sessions and
answers, events and answers, safety alerts, check-ins every two weeks of each link and
feedback at its end). Figures are medians over the rounds, in
seconds; the target is under 2 s for the whole answer."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.demo import seed  # noqa: E402
from bot.i18n import I18n, Texts  # noqa: E402
from handlers.stats import charts, files  # noqa: E402
from handlers.stats.report import build  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import DOMAINS, KINDS, THEMES  # noqa: E402
from storage.requests import AGE_BANDS, MEETING_PLACES  # noqa: E402
from storage.stats import ALL, Period  # noqa: E402

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


async def measure(db: Database, rounds: int) -> dict[str, float]:
    """Median seconds of the figures alone, of the charts, of the CSV and workbook, and of
    the whole answer, with every team side by side (the charts show the total past six);
    and the process's CPU seconds for the whole answer (the machine is shared: wall time
    rises with the load average, CPU time much less)."""
    period = Period.of(*YEAR, ZONE, NOW)
    _ = Texts(I18n(), "fr", ZONE, familiar=False)
    teams = await db.teams.all()
    parts: dict[str, list[float]] = {"figures": [], "charts": [], "files": [], "whole": []}
    cpu = []
    for _round in range(rounds):
        begin, used = time.perf_counter(), time.process_time()
        figures = await db.stats.collect(period)
        parts["figures"].append(time.perf_counter() - begin)
        columns = [(t.name, figures[t.id]) for t in teams] + [("Total", figures[ALL])]
        report = build(_, period, "typed", "Toutes les équipes", columns)
        drawn = time.perf_counter()
        await asyncio.to_thread(charts.render, report)
        parts["charts"].append(time.perf_counter() - drawn)
        written = time.perf_counter()
        await asyncio.to_thread(files.to_csv, report, "fr")
        await asyncio.to_thread(files.to_xlsx, report)
        parts["files"].append(time.perf_counter() - written)
        parts["whole"].append(time.perf_counter() - begin)
        cpu.append(time.process_time() - used)
    return {name: statistics.median(v) for name, v in parts.items()} | {
        "cpu": statistics.median(cpu)
    }


def line(name: str, m: dict[str, float]) -> str:
    return (
        f"{name:9s} figures {m['figures']:6.3f} s, charts {m['charts']:6.3f} s, "
        f"files {m['files']:6.3f} s, whole answer {m['whole']:6.3f} s (CPU {m['cpu']:6.3f} s)"
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--youths", type=int, default=100_000)
    parser.add_argument("--followups", type=int, default=1_000_000)
    parser.add_argument(
        "--keep", type=Path, help="a folder to keep the national file in and reuse it from"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        demo = await Database.open(Path(folder) / "demo.db", lambda: NOW)
        await seed(demo, lambda: NOW)
        print(line("demo", await measure(demo, args.rounds)), flush=True)
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
        national = await Database.open(path, lambda: NOW)  # migrations a kept file lacks
        print(line("national", await measure(national, args.rounds)))
        await national.close()
        print(f"          ({args.youths:,} youths, {args.followups:,} follow-ups, {made})")
        load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
        print(f"medians of {args.rounds} rounds; load average {load}; target: whole answer < 2 s")


if __name__ == "__main__":
    asyncio.run(main())
