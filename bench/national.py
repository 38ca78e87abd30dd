"""A national programme in one SQLite file, for benchmarks (bench/scale.py, /stats's bench).

    from bench.national import Shape, cached, actors
    path = cached(Shape.national())          # or Shape.national().scaled(0.01)
    who = actors(Shape.national())           # ids of a youth, a mentor, a COPIL member...

The schema comes from the project's own migrations (storage.db.migrations); rows go in with
plain executemany in one transaction (minutes, not hours), with valid foreign keys and a
share of follow-up notes sealed as the bot seals them (bot.notes, key beside the database).
Built files are kept in bench/.cache/, named after the shape and a fingerprint of the
migrations and of this file: a rerun reuses them, a schema change rebuilds them.
Every name is fictitious. Deterministic for a given shape (seeded random)."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.fernet import Fernet

from storage.clock import to_text
from storage.db import migrations
from storage.models import THEMES

CACHE = Path(__file__).resolve().parent / ".cache"
# The moment the programme is seen from (bench clocks are set to it).
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

# Id ranges by role, so an id says who it is.
COPIL0, MENTOR0, HELPER0, YOUTH0 = 1_000_000, 2_000_000, 3_000_000, 10_000_000


@dataclass(frozen=True)
class Shape:
    teams: int
    copil: int
    mentors: int
    helpers: int
    youths: int
    requests: int
    links: int
    logs: int
    groups: int
    sessions_per_group: int
    sessions_ahead: int  # per group
    events: int
    event_answers: int
    outbox: int
    note_share: float = 0.3  # follow-ups with a (sealed) note
    seed: int = 13

    @classmethod
    def national(cls) -> Shape:
        return cls(
            teams=50, copil=200, mentors=5_000, helpers=500, youths=100_000, requests=150_000,
            links=100_000, logs=1_000_000, groups=1_000, sessions_per_group=50,
            sessions_ahead=12, events=5_000, event_answers=100_000, outbox=1_000_000,
        )  # fmt: skip

    def scaled(self, factor: float) -> Shape:
        """The same programme, `factor` times the people and rows (at least 2 teams)."""

        def n(value: int, least: int = 1) -> int:
            return max(least, round(value * factor))

        return replace(
            self, teams=n(self.teams, 2), copil=n(self.copil, 4), mentors=n(self.mentors, 4),
            helpers=n(self.helpers, 2), youths=n(self.youths, 10), requests=n(self.requests),
            links=n(self.links), logs=n(self.logs), groups=n(self.groups, 2),
            events=n(self.events, 2), event_answers=n(self.event_answers),
            outbox=n(self.outbox),
        )  # fmt: skip

    @property
    def label(self) -> str:
        return f"{self.youths}y-{self.logs}l-s{self.seed}"


@dataclass(frozen=True)
class Actors:
    """People of team 1 the benchmarks play (the first of each role, with data around them)."""

    youth: int  # has an active link to `mentor`, is a member of `group`
    mentor: int
    helper: int  # leads `group`
    copil: int  # COPIL of team 1 only
    national_copil: int  # programme-wide COPIL
    group: int
    stranger: int  # nobody yet


def actors(shape: Shape) -> Actors:
    return Actors(
        youth=YOUTH0, mentor=MENTOR0, helper=HELPER0, copil=COPIL0 + shape.teams,
        national_copil=COPIL0, group=1, stranger=99_000_000,
    )  # fmt: skip


def fingerprint() -> str:
    """Changes when a migration or this generator changes: the cache is then rebuilt."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for number, sql in migrations():
        digest.update(f"{number}:{sql}".encode())
    return digest.hexdigest()[:12]


def cached(shape: Shape, *, verbose: bool = True) -> Path:
    """The built database for this shape, built first if the cache has none."""
    path = CACHE / f"lien-{shape.label}-{fingerprint()}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        for stale in CACHE.glob(f"lien-{shape.label}-*"):  # built for an older schema
            stale.unlink()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial, shape)
        partial.rename(path)
        key = partial.with_name(partial.name + ".notes-key")
        key.rename(path.with_name(path.name + ".notes-key"))
        if verbose:
            size = path.stat().st_size / 1e6
            print(f"built {path.name}: {size:.0f} MB in {time.perf_counter() - started:.0f} s")
    return path


def _t(moment: datetime) -> str:
    return to_text(moment)


def build(path: Path, shape: Shape) -> None:
    """Write the programme into a new file at `path` (and its notes key beside it)."""
    rnd = random.Random(shape.seed)
    key = Fernet.generate_key()
    path.with_name(path.name + ".notes-key").write_bytes(key + b"\n")
    fernet = Fernet(key)
    conn = sqlite3.connect(path, isolation_level=None)
    for number, sql in migrations():
        conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
    # Fast while building (the bot reopens it in WAL with synchronous=FULL).
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    _fill(conn, shape, rnd, fernet)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _fill(conn: sqlite3.Connection, s: Shape, rnd: random.Random, fernet: Fernet) -> None:
    year_ago = NOW - timedelta(days=365)
    ins = conn.executemany

    # Teams: 1 is the migrations' own, renamed.
    conn.execute("UPDATE teams SET name = 'Équipe 1' WHERE id = 1")
    ins(
        "INSERT INTO teams (id, name, country, created_at) VALUES (?, ?, 'CH', ?)",
        [(t, f"Équipe {t}", _t(year_ago)) for t in range(2, s.teams + 1)],
    )

    def team(i: int) -> int:
        return i % s.teams + 1

    def person(pid: int, role: str, t: int | None, wide: int, name: str) -> tuple[object, ...]:
        lang = "en" if pid % 7 == 0 else "fr"
        at = _t(year_ago + timedelta(minutes=pid % 500_000))
        return (pid, role, t, wide, name, lang, at, at, None, int(pid % 3 == 0))

    people = "INSERT INTO people (telegram_id, role, team_id, programme_wide, display_name, "
    people += "language, consented_at, created_at, age_band, wants_news) "
    people += "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    # COPIL: the first `teams` members are programme-wide, then one team each, round robin
    # (actors: COPIL0 is programme-wide, COPIL0 + teams is of team 1).
    copil_rows = [
        person(COPIL0 + i, "copil", None if i < s.teams else team(i), int(i < s.teams), f"C {i}")
        for i in range(s.copil)
    ]  # fmt: skip
    ins(people, copil_rows)
    ins(
        people,
        [person(MENTOR0 + i, "mentor", team(i), 0, _name(rnd, "M")) for i in range(s.mentors)],
    )
    helper_people = [
        person(HELPER0 + i, "peer_helper", team(i), 0, _name(rnd, "P")) for i in range(s.helpers)
    ]
    ins(people, helper_people)
    bands = ("16_17", "18_25", "18_25", "26_30")
    youth_rows = []
    for i in range(s.youths):
        row = list(person(YOUTH0 + i, "youth", team(i), 0, _name(rnd, "J")))
        row[8] = bands[i % 4]
        youth_rows.append(tuple(row))
    ins(people, youth_rows)

    mentors_of = [
        [MENTOR0 + i for i in range(t - 1, s.mentors, s.teams)] for t in range(1, s.teams + 1)
    ]
    copil_of = [
        [COPIL0 + i for i in range(s.teams, s.copil) if team(i) == t] or [COPIL0]
        for t in range(1, s.teams + 1)
    ]  # fmt: skip

    # Resource persons: every mentor has a COPIL member of their team.
    ins(
        """INSERT INTO resource_persons (mentor_id, copil_id, assigned_by, assigned_at)
           VALUES (?, ?, ?, ?)""",
        [
            (MENTOR0 + i, rnd.choice(copil_of[team(i) - 1]), COPIL0, _t(year_ago))
            for i in range(s.mentors)
        ],
    )  # fmt: skip

    # Requests and links: youth i's link (i < links) with a mentor of their team; the first
    # 40 % still active, the rest ended. Then withdrawn requests, and open ones from youths
    # without an active link.
    active_links = int(s.links * 0.4)
    request_rows, link_rows = [], []
    link_of: dict[int, int] = {}  # youth -> their (latest) mentor
    for i in range(min(s.links, s.youths)):
        youth, t = YOUTH0 + i, team(i)
        mentor = mentors_of[t - 1][i // s.teams % len(mentors_of[t - 1])]
        start = year_ago + timedelta(minutes=rnd.randrange(525_000))
        themes = ",".join(rnd.sample(THEMES, 2))
        request_rows.append(
            (i + 1, youth, t, None, "sport", themes, "18_25", "J", None, "accepted", mentor,
             _t(start - timedelta(hours=5)), _t(start))
        )  # fmt: skip
        ended = None if i < active_links else _t(min(NOW, start + timedelta(days=60)))
        link_rows.append(
            (i + 1, i + 1, youth, mentor, t, _t(start), ended, "stopped" if ended else None)
        )
        link_of[youth] = mentor
    n = len(request_rows)
    first_free = active_links  # youths from here have no active link
    open_count = min(s.requests // 30, s.youths - first_free)
    withdrawn = max(0, s.requests - n - open_count)
    for j in range(withdrawn):
        youth = YOUTH0 + rnd.randrange(s.youths)
        at = year_ago + timedelta(minutes=rnd.randrange(525_000))
        request_rows.append(
            (n + j + 1, youth, team(youth - YOUTH0), None, "culture", "work", "18_25", "J", None,
             "withdrawn", None, _t(at), _t(at + timedelta(days=1)))
        )  # fmt: skip
    n = len(request_rows)
    open_ids = []
    for j in range(open_count):
        youth_index = s.youths - 1 - j  # youths at the end have no active link
        at = NOW - timedelta(hours=rnd.randrange(1, 70))
        request_rows.append(
            (n + j + 1, YOUTH0 + youth_index, team(youth_index), None, "public", "housing",
             "18_25", "J", None, "open", None, _t(at), None)
        )  # fmt: skip
        open_ids.append((n + j + 1, team(youth_index), at))
    ins(
        """INSERT INTO requests (id, youth_id, team_id, mentor_id, met, themes, age_band,
           first_name, message, status, accepted_by, created_at, closed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        request_rows,
    )
    ins(
        """INSERT INTO links (id, request_id, youth_id, mentor_id, team_id, started_at,
           ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        link_rows,
    )
    # Who was told of each open request: up to 10 mentors of the team.
    ins(
        """INSERT INTO request_mentors (request_id, mentor_id, chat_id, message_id, notified_at)
           VALUES (?, ?, ?, ?, ?)""",
        [(rid, m, m, 1, _t(at)) for rid, t, at in open_ids for m in mentors_of[t - 1][:10]],
    )

    # Partners: 40 per team and 100 shared.
    partner_rows = []
    domains = ("health", "mental_health", "social", "job", "training", "housing", "legal")
    for t in range(1, s.teams + 1):
        for k in range(40):
            partner_rows.append((t, 0, domains[k % len(domains)], f"Partenaire {t}-{k}"))
    partner_rows += [(1, 1, domains[k % len(domains)], f"Réseau {k}") for k in range(100)]
    ins(
        """INSERT INTO partners (team_id, shared, domain, name, phone, created_at, updated_at)
           VALUES (?, ?, ?, ?, '000 000 00 00', ?, ?)""",
        [(*row, _t(year_ago), _t(year_ago)) for row in partner_rows],
    )
    partners = len(partner_rows)

    # Follow-ups: over the past year; most about a youth the mentor followed, with a sealed
    # note for a share (a pool of sealed notes, each made by bot.notes' Fernet).
    sealed = [fernet.encrypt(f"Note de suivi fictive numéro {k}.".encode()) for k in range(2_000)]
    kinds = ("one_off", "long_term", "long_term", "collective", "relay")
    linked = list(link_of.items())
    log_rows = []
    for i in range(s.logs):
        youth, mentor = linked[i % len(linked)] if linked else (None, MENTOR0)
        day = (NOW - timedelta(days=rnd.randrange(365))).date().isoformat()
        note = sealed[i % len(sealed)] if rnd.random() < s.note_share else None
        partner = rnd.randrange(1, partners + 1) if i % 10 == 0 else None
        at = _t(NOW - timedelta(days=1))
        log_rows.append(
            (mentor, (mentor - MENTOR0) % s.teams + 1, youth, kinds[i % 5], day,
             rnd.choice((15, 30, 45, 60, 90)), THEMES[i % len(THEMES)], partner, note, at, at)
        )  # fmt: skip
    ins(
        """INSERT INTO logs (mentor_id, team_id, youth_id, kind, day, minutes, themes,
           partner_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        log_rows,
    )
    del log_rows

    # Peer-aidance groups: each led by a peer helper of its team, ~10 youth members, weekly
    # sessions (most past, `sessions_ahead` ahead).
    helpers_of = [
        [HELPER0 + i for i in range(t - 1, s.helpers, s.teams)] for t in range(1, s.teams + 1)
    ]
    youths_of = [
        list(range(YOUTH0 + t - 1, YOUTH0 + s.youths, s.teams)) for t in range(1, s.teams + 1)
    ]
    group_rows, helper_rows, member_rows, session_rows = [], [], [], []
    answer_rows, reminder_rows = [], []
    session_id = 0
    for g in range(1, s.groups + 1):
        t = team(g - 1)
        group_rows.append(
            (g, f"Groupe {g}", t, 10, "chaque mardi 18h", f"gtok{g:06d}", COPIL0, _t(year_ago))
        )
        leaders = helpers_of[t - 1] or [HELPER0]
        helper_rows.append((g, leaders[(g - 1) // s.teams % len(leaders)]))
        pool = youths_of[t - 1]
        members = [pool[((g - 1) // s.teams * 10 + k) % len(pool)] for k in range(10)]
        member_rows += [(g, y, "member", _t(year_ago)) for y in dict.fromkeys(members)]
        first = NOW + timedelta(days=1 + g % 7, hours=9)  # 18:00 local-ish
        for k in range(s.sessions_per_group):
            session_id += 1
            ahead = k - (s.sessions_per_group - s.sessions_ahead)
            at = first + timedelta(weeks=ahead)
            session_rows.append((session_id, g, _t(at)))
            if ahead < 0:  # past: attendance of half the members
                answer_rows += [(session_id, y, "yes", _t(at), 1) for y in members[:5]]
            else:
                for kind, before in (("day", timedelta(days=1)), ("2h", timedelta(hours=2))):
                    reminder_rows.append(("session", session_id, kind, _t(at - before)))
    ins(
        """INSERT INTO groups (id, name, team_id, size_limit, rhythm, invite_token, created_by,
           created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        group_rows,
    )
    ins("INSERT INTO group_helpers (group_id, person_id) VALUES (?, ?)", helper_rows)
    ins(
        "INSERT INTO group_members (group_id, person_id, status, since) VALUES (?, ?, ?, ?)",
        member_rows,
    )
    ins("INSERT INTO sessions (id, group_id, starts_at) VALUES (?, ?, ?)", session_rows)
    ins(
        """INSERT INTO session_answers (session_id, person_id, answer, answered_at, attended)
           VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
        answer_rows,
    )

    # Events: trainings and intervisions for mentors over the year (a tenth ahead), each with
    # an invitation broadcast whose outbox rows are its invitees; answers from some of them.
    event_rows, broadcast_rows, outbox_rows, event_answer_rows = [], [], [], []
    per_event = max(1, s.outbox // s.events)
    answers_per_event = max(1, s.event_answers // s.events)
    for e in range(1, s.events + 1):
        t = team(e - 1)
        ahead = e % 10 == 0
        at = NOW + timedelta(days=1 + e % 60) if ahead else year_ago + timedelta(hours=e * 1.7)
        event_rows.append(
            (e, "training" if e % 3 else "intervision", f"Formation {e}", t, "mentors", _t(at),
             120, "Salle 1", None, COPIL0, _t(at - timedelta(days=14)))
        )  # fmt: skip
        broadcast_rows.append(
            (
                e,
                COPIL0,
                t,
                "mentors",
                "invitation",
                e,
                "invitation",
                "done",
                _t(at - timedelta(days=14)),
            )
        )
        invitees = mentors_of[t - 1]
        # Invitations to the team's mentors, then to other people: per_event rows each.
        chats = [
            invitees[k] if k < len(invitees) else YOUTH0 + (e * per_event + k) % s.youths
            for k in range(per_event)
        ]
        chats = list(dict.fromkeys(chats))
        outbox_rows += [(e, c, "sent", 1, _t(at - timedelta(days=14))) for c in chats]
        event_answer_rows += [
            (e, c, ("yes", "maybe", "no")[k % 3], _t(at - timedelta(days=10)))
            for k, c in enumerate(chats[:answers_per_event])
        ]
        if ahead:
            for kind, before in (("day", timedelta(days=1)), ("2h", timedelta(hours=2))):
                reminder_rows.append(("event", e, kind, _t(at - before)))
    ins(
        """INSERT INTO events (id, kind, title, team_id, audience, starts_at, minutes, place,
           capacity, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        event_rows,
    )
    ins(
        """INSERT INTO broadcasts (id, author_id, team_id, audience, purpose, event_id, text,
           status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        broadcast_rows,
    )
    ins(
        """INSERT INTO outbox (broadcast_id, chat_id, status, attempts, sent_at)
           VALUES (?, ?, ?, ?, ?)""",
        outbox_rows,
    )
    ins(
        """INSERT INTO event_answers (event_id, person_id, answer, answered_at)
           VALUES (?, ?, ?, ?)""",
        event_answer_rows,
    )
    ins(
        """INSERT INTO reminders (subject, subject_id, kind, due_at) VALUES (?, ?, ?, ?)""",
        reminder_rows,
    )


_FIRST = ("Alex", "Camille", "Dany", "Eli", "Lou", "Noa", "Sacha", "Yanis", "Inès", "Maé")
_LAST = ("Martin", "Bernard", "Rochat", "Favre", "Bonvin", "Perret", "Meyer", "Girard")


def _name(rnd: random.Random, prefix: str) -> str:
    return f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)[0]}. {prefix}{rnd.randrange(1000)}"
