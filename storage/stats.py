"""The COPIL's figures (/stats, issue 14): counts, hours and delays per team over a period.

Written once in the portable SQL subset (NOTES.md, "Query layer decision"): timestamps are
compared as ISO text computed here, medians and 90th percentiles are computed in Python, and
each table is read once per section (grouped in SQL, or its rows in the period fetched
once), never once per row. Nothing returned names anyone: only codes (themes, kinds,
reasons) and numbers; `shown` hides every count under MIN_SHOWN, and every output (message,
charts, CSV, xlsx) goes through it.

Requests, links, follow-ups and check-ins keep their additive figures per closed month and
day (storage/totals.py, exact, dropped by triggers when a row changes): a section reads
those and counts only what is not kept.

A section is an async function that reads its tables and adds to a Tally; a new table's
figures slot in as one more function in SECTIONS and its rows in FIGURES. Check-ins and
feedback count taps only: the words a youth may add at a link's end never reach a figure."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from storage import totals
from storage.checkins import RECOMMEND
from storage.clock import to_text
from storage.links import END_REASONS
from storage.models import DOMAINS, KINDS, THEMES
from storage.requests import AGE_BANDS, MEETING_PLACES
from storage.safety import OUTCOMES
from storage.totals import Kept
from storage.totals import rows as _rows
from storage.tx import Conn

MIN_SHOWN = 5  # a count of 1 to 4 people or things shows as "< 5"
HIDDEN = "< 5"
ALL = 0  # the key of the whole programme's figures (team ids start at 1)
UNKNOWN = "unknown"  # a request without age band or meeting place (asked later, or skipped)
UNLISTED = "unlisted"  # a relay to a partner typed by hand, not in the directory
SCALE = ("1", "2", "3", "4", "5")  # a check-in's faces, a feedback's "did it help"
LEVELS = ("high", "medium")  # the safety net's levels


@dataclass(frozen=True)
class Period:
    """Whole days in the programme's zone; `end` stops at now for a period not over yet."""

    first: date
    last: date
    start: datetime  # UTC, the first day at midnight
    end: datetime  # UTC, exclusive

    @classmethod
    def of(cls, first: date, last: date, zone: ZoneInfo, now: datetime) -> Period:
        start = datetime.combine(first, time(), tzinfo=zone)
        end = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone)
        return cls(first, last, start, min(end, now))

    @property
    def last_day(self) -> date:
        """The last day with data: the period's last, or today for one not over yet."""
        return min(
            self.last, (self.end - timedelta(microseconds=1)).astimezone(self.start.tzinfo).date()
        )

    def months(self) -> list[str]:
        """YYYY-MM of every month the period touches (the requests' monthly figure)."""
        out, month = [], self.first.replace(day=1)
        while month <= self.last:
            out.append(f"{month:%Y-%m}")
            month = (month + timedelta(days=32)).replace(day=1)
        return out


@dataclass(frozen=True)
class Figure:
    """One number. `basis` is how many people or things it rests on: a count is its own
    basis, hours rest on the follow-ups summed, a median on its samples, a rate on the
    smaller of its two counts. Under MIN_SHOWN (and above 0) the figure is hidden."""

    section: str
    name: str
    key: str  # a code ("work", "2026-03", "median"), or "" for the figure itself
    unit: str  # "count", "hours", "minutes", "days" or "percent"
    value: float | None  # None: nothing to measure (a median of no delays)
    basis: int

    @property
    def hidden(self) -> bool:
        return 0 < self.basis < MIN_SHOWN


def shown(figure: Figure) -> str | float | int:
    """The figure as every output shows it: "< 5", an int count, a rounded measure, or ""."""
    if figure.hidden:
        return HIDDEN
    if figure.value is None:
        return ""
    if figure.unit == "count":
        return int(figure.value)
    return round(figure.value, 1)


@dataclass
class Tally:
    """What the sections count for one team (or ALL): counts and sums by (section, name,
    key), samples for medians by (section, name)."""

    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    sums: defaultdict[tuple[str, str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    samples: defaultdict[tuple[str, str], list[float]] = field(
        default_factory=lambda: defaultdict(list)
    )
    keys: defaultdict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))


class Tallies:
    """What the sections count, by team: rows are counted once under their team (None: no
    team, a forgotten person's), then `by_team` folds them into each team's Tally and into
    ALL. `everywhere` counts a programme-wide thing (an event for every team) once in each
    team and once in ALL."""

    def __init__(self, team_ids: list[int]) -> None:
        self.team_ids = team_ids
        self.counts: Counter[tuple[int | None, str, str, str]] = Counter()
        self.sums: defaultdict[tuple[int | None, str, str, str], float] = defaultdict(float)
        self.samples: defaultdict[tuple[int | None, str, str], list[float]] = defaultdict(list)
        self.shared: Counter[tuple[str, str, str]] = Counter()

    def add(self, team: int | None, section: str, name: str, key: str = "", n: int = 1) -> None:
        self.counts[team, section, name, key] += n

    def add_sum(self, team: int | None, section: str, name: str, key: str, value: float) -> None:
        self.sums[team, section, name, key] += value

    def sample(self, team: int | None, section: str, name: str, value: float) -> None:
        self.samples[team, section, name].append(value)

    def everywhere(self, section: str, name: str, key: str = "") -> None:
        self.shared[section, name, key] += 1

    def by_team(self) -> dict[int, Tally]:
        tallies = {ALL: Tally(), **{t: Tally() for t in self.team_ids}}
        for (team, section, name, key), n in self.counts.items():
            tallies[ALL].keys[section, name].add(key)
            tallies[ALL].counts[section, name, key] += n
            if team in tallies and team != ALL:
                tallies[team].counts[section, name, key] += n
        for (team, section, name, key), value in self.sums.items():
            tallies[ALL].sums[section, name, key] += value
            if team in tallies and team != ALL:
                tallies[team].sums[section, name, key] += value
        for (team, section, name), values in self.samples.items():
            tallies[ALL].samples[section, name].extend(values)
            if team in tallies and team != ALL:
                tallies[team].samples[section, name].extend(values)
        for tally in tallies.values():
            tally.counts.update(self.shared)
        return tallies


Section = Callable[[Conn, Period, Tallies], Awaitable[None]]


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _hours(a: str, b: str) -> float:
    return (_ts(b) - _ts(a)).total_seconds() / 3600


async def requests(conn: Conn, p: Period, t: Tallies) -> None:
    """Requests received in the period: kept days from their totals, the rest live
    (storage.totals); by month in the programme's zone, counted in SQL (an index's entries)."""
    start, end = to_text(p.start), to_text(p.end)
    await totals.read(conn, REQUESTS, start, end, t)
    months = p.months()
    starts = [
        to_text(datetime.fromisoformat(m + "-01").replace(tzinfo=p.start.tzinfo))
        for m in months[1:]
    ]
    which = " ".join(f"WHEN created_at < ? THEN {i}" for i in range(len(starts)))
    for team, i, n in await _rows(
        conn,
        f"""SELECT team_id, CASE {which} ELSE {len(starts)} END AS m, COUNT(*) FROM requests
            WHERE created_at >= ? AND created_at < ? GROUP BY team_id, m"""
        if starts
        else """SELECT team_id, 0, COUNT(*) FROM requests
                WHERE created_at >= ? AND created_at < ? GROUP BY team_id""",
        (*starts, start, end),
    ):
        t.add(team, "requests", "by_month", months[i], n)


async def _requests_in(conn: Conn, lo: str, hi: str, t: Tallies) -> None:
    """Requests received in [lo, hi): channel, themes, age band, meeting place; withdrawn;
    hours to the first answer and to acceptance; left past reminder/escalation. Counted
    column by column (Counter over zipped columns runs in C): counting row by row in Python
    was three quarters of a national year's live read."""
    rows = await _rows(
        conn,
        """SELECT team_id, CASE WHEN group_id IS NOT NULL THEN 'group'
                              WHEN mentor_id IS NULL THEN 'team' ELSE 'mentor_link' END,
                  themes, COALESCE(age_band, ?), COALESCE(met, ?), status, created_at,
                  answered_at, closed_at,
                  CASE WHEN reminded_at IS NULL THEN 0 ELSE 1 END,
                  CASE WHEN escalated_at IS NULL THEN 0 ELSE 1 END
           FROM requests WHERE created_at >= ? AND created_at < ?""",
        (UNKNOWN, UNKNOWN, lo, hi),
    )
    if not rows:
        return
    columns = zip(*rows, strict=True)
    team, channel, themes, age, met, status, created, answered, closed, rem, esc = columns
    count = t.counts
    for key, n in Counter(team).items():
        count[key, "requests", "received", ""] += n
    for name, column in (("by_channel", channel), ("by_age", age), ("by_met", met)):
        for (key, value), n in Counter(zip(team, column, strict=True)).items():
            count[key, "requests", name, value] += n
    for (key, combo), n in Counter(zip(team, themes, strict=True)).items():
        for theme in combo.split(","):
            if theme:
                count[key, "requests", "by_theme", theme] += n
    for (key, state), n in Counter(zip(team, status, strict=True)).items():
        if state in ("withdrawn", "accepted"):
            count[key, "requests", state, ""] += n
    for name, column in (("past_reminder", rem), ("past_escalation", esc)):
        for (key, flag), n in Counter(zip(team, column, strict=True)).items():
            if flag:
                count[key, "requests", name, ""] += n
    iso = datetime.fromisoformat
    for key, asked, at in zip(team, created, answered, strict=True):
        if at:
            t.sample(key, "requests", "hours_to_first_answer", _hours_iso(iso, asked, at))
    for key, asked, state, at in zip(team, created, status, closed, strict=True):
        if state == "accepted":
            t.sample(key, "requests", "hours_to_acceptance", _hours_iso(iso, asked, at))


REQUESTS = Kept("requests", _requests_in, utc=True)


def _hours_iso(iso: Callable[[str], datetime], a: str, b: str) -> float:
    return (iso(b) - iso(a)).total_seconds() / 3600


async def links(conn: Conn, p: Period, t: Tallies) -> None:
    """Links started in the period, ended in it (by reason, length): kept days and live
    ones (storage.totals); active at its end: counted in SQL over every link ever started."""
    start, end = to_text(p.start), to_text(p.end)
    await totals.read(conn, LINKS, start, end, t)
    for team, n in await _rows(
        conn,
        """SELECT team_id, COUNT(*) FROM links
           WHERE started_at < ? AND (ended_at IS NULL OR ended_at >= ?) GROUP BY team_id""",
        (end, end),
    ):
        t.add(team, "links", "active_at_end", "", n)


async def _links_in(conn: Conn, lo: str, hi: str, t: Tallies) -> None:
    """Links started in [lo, hi), and links ended in it: by reason, their length in days."""
    rows = await _rows(
        conn,
        """SELECT team_id, started_at, ended_at, end_reason FROM links
           WHERE (started_at >= ? AND started_at < ?) OR (ended_at >= ? AND ended_at < ?)""",
        (lo, hi, lo, hi),
    )
    count = t.counts
    for key, n in Counter(team for team, started, _e, _r in rows if lo <= started < hi).items():
        count[key, "links", "started", ""] += n
    over = [(team, s, e, r) for team, s, e, r in rows if e is not None and lo <= e < hi]
    for key, n in Counter(team for team, _s, _e, _r in over).items():
        count[key, "links", "ended", ""] += n
    for (key, reason), n in Counter((team, r) for team, _s, _e, r in over).items():
        count[key, "links", "ended_by_reason", reason if reason in REASONS else "other"] += n
    iso = datetime.fromisoformat
    for team, started, ended, _r in over:
        t.sample(team, "links", "length_days", _hours_iso(iso, started, ended) / 24)


REASONS = (*END_REASONS[:-1], "stopped", END_REASONS[-1])  # "other" last
LINKS = Kept("links", _links_in, utc=True)


async def followups(conn: Conn, p: Period, t: Tallies) -> None:
    """Follow-ups logged for days in the period: count and hours by kind and theme, relays
    by the partner's domain (kept by partner: a partner's domain can change); mentors with
    at least one follow-up (a distinct count, live), out of active mentors."""
    days = (p.first.isoformat(), (p.last_day + timedelta(days=1)).isoformat())
    scratch = Tallies([])
    await totals.read(conn, FOLLOWUPS, *days, scratch)
    domains = dict(await _rows(conn, "SELECT id, domain FROM partners", ()))
    for (team, section, name, key), n in scratch.counts.items():
        if name == "relays_by_partner":
            domain = domains.get(int(key), UNLISTED) if key else UNLISTED
            t.add(team, section, "relays_by_domain", domain, n)
        else:
            t.add(team, section, name, key, n)
    for (team, section, name, key), value in scratch.sums.items():
        t.add_sum(team, section, name, key, value)
    for team, n in await totals.active_mentors(conn, p.first, p.last_day + timedelta(days=1)):
        t.add(team, "followups", "mentors_active", "", n)
    for team, n in await _rows(
        conn,
        """SELECT team_id, COUNT(*) FROM people WHERE role = 'mentor' AND active = 1
           GROUP BY team_id""",
        (),
    ):
        t.add(team, "followups", "mentors", "", n)


async def _followups_in(conn: Conn, lo: str, hi: str, t: Tallies) -> None:
    """Follow-ups logged for the days [lo, hi): count and hours by kind and theme, relays by
    partner ("" for one typed by hand). Read through a covering index in the GROUP BY's
    order (migrations 012, 027), never the notes' pages."""
    for team, kind, themes, partner, n, minutes in await _rows(
        conn,
        """SELECT team_id, kind, themes, partner_id, COUNT(*), SUM(minutes) FROM logs
           WHERE day >= ? AND day < ? GROUP BY team_id, kind, themes, partner_id""",
        (lo, hi),
    ):
        hours = minutes / 60
        t.add(team, "followups", "count", "", n)
        t.add_sum(team, "followups", "hours", "", hours)
        t.add(team, "followups", "count_by_kind", kind, n)
        t.add_sum(team, "followups", "hours_by_kind", kind, hours)
        for theme in themes.split(","):
            if theme:
                t.add(team, "followups", "count_by_theme", theme, n)
                t.add_sum(team, "followups", "hours_by_theme", theme, hours)
        if kind == "relay" or partner is not None:
            key = "" if partner is None else str(partner)
            t.add(team, "followups", "relays_by_partner", key, n)


FOLLOWUPS = Kept("followups", _followups_in, utc=False)


async def peer_aidance(conn: Conn, p: Period, t: Tallies) -> None:
    """Sessions held and cancelled; attendances out of youths expected (said yes or came);
    distinct youths who came; mentees who became peer helpers; the sessions' ratings."""
    span = (to_text(p.start), to_text(p.end))
    for team, status, n in await _rows(
        conn,
        """SELECT g.team_id, s.status, COUNT(*) FROM sessions s JOIN groups g ON g.id = s.group_id
           WHERE s.starts_at >= ? AND s.starts_at < ? GROUP BY g.team_id, s.status""",
        span,
    ):
        t.add(team, "peer", "sessions_held" if status == "planned" else "sessions_cancelled", "", n)
    for team, came, expected, youths in await _rows(
        conn,
        """SELECT g.team_id,
                  SUM(CASE WHEN a.attended = 1 THEN 1 ELSE 0 END),
                  SUM(CASE WHEN a.attended = 1 OR a.answer = 'yes' THEN 1 ELSE 0 END),
                  COUNT(DISTINCT CASE WHEN a.attended = 1 THEN a.person_id END)
           FROM session_answers a JOIN sessions s ON s.id = a.session_id
           JOIN groups g ON g.id = s.group_id
           WHERE s.status = 'planned' AND s.starts_at >= ? AND s.starts_at < ?
           GROUP BY g.team_id""",
        span,
    ):
        t.add(team, "peer", "attendances", "", came)
        t.add(team, "peer", "expected", "", expected)
        t.add(team, "peer", "youths_came", "", youths)
    for team, n in await _rows(
        conn,
        """SELECT p.team_id, COUNT(*) FROM audit a LEFT JOIN people p ON p.telegram_id = a.subject
           WHERE a.action = 'peer-helper-invited' AND a.at >= ? AND a.at < ?
           GROUP BY p.team_id""",
        span,
    ):
        t.add(team, "peer", "became_peer_helpers", "", n)
    for team, stars, n in await _rows(
        conn,
        """SELECT g.team_id, r.stars, COUNT(*) FROM session_ratings r
           JOIN sessions s ON s.id = r.session_id JOIN groups g ON g.id = s.group_id
           WHERE r.stars IS NOT NULL AND s.starts_at >= ? AND s.starts_at < ?
           GROUP BY g.team_id, r.stars""",
        span,
    ):
        t.add(team, "peer", "session_rating", str(stars), n)


async def events(conn: Conn, p: Period, t: Tallies) -> None:
    """Trainings and intervisions held (a programme-wide one counts in each team), their
    attendance by the attendee's team, and distinct mentors who attended a training."""
    span = (to_text(p.start), to_text(p.end))
    for team, kind, n in await _rows(
        conn,
        """SELECT team_id, kind, COUNT(*) FROM events
           WHERE status = 'open' AND kind IN ('training', 'intervision')
             AND starts_at >= ? AND starts_at < ? GROUP BY team_id, kind""",
        span,
    ):
        for _ in range(n):
            if team is None:
                t.everywhere("events", f"{kind}s_held")
            else:
                t.add(team, "events", f"{kind}s_held")
    for team, kind, n, mentors in await _rows(
        conn,
        """SELECT COALESCE(p.team_id, e.team_id), e.kind, COUNT(*),
                  COUNT(DISTINCT CASE WHEN p.role = 'mentor' THEN a.person_id END)
           FROM event_answers a JOIN events e ON e.id = a.event_id
           LEFT JOIN people p ON p.telegram_id = a.person_id
           WHERE a.attended = 1 AND e.status = 'open' AND e.kind IN ('training', 'intervision')
             AND e.starts_at >= ? AND e.starts_at < ?
           GROUP BY COALESCE(p.team_id, e.team_id), e.kind""",
        span,
    ):
        t.add(team, "events", "attendances", "", n)
        if kind == "training":
            t.add(team, "events", "mentors_trained", "", mentors)


async def safety(conn: Conn, p: Period, t: Tallies) -> None:
    """Safety-net alerts by level, category and outcome ("open": not closed yet), never their
    text; and the minutes from the COPIL's alert (for a medium hit, its later alert, not
    the question to the youth) until a member took it ("Je m'en occupe")."""
    for team, category, level, at, taken, outcome in await _rows(
        conn,
        """SELECT COALESCE(a.team_id, p.team_id, l.team_id), a.category, a.level,
                  COALESCE(a.alerted_at, a.at), a.taken_at, a.outcome
           FROM safety_alerts a
           LEFT JOIN people p ON p.telegram_id = a.youth_id
           LEFT JOIN links l ON l.id = a.link_id
           WHERE a.at >= ? AND a.at < ?""",
        (to_text(p.start), to_text(p.end)),
    ):
        t.add(team, "safety", "alerts")
        t.add(team, "safety", "alerts_by_level", level)
        t.add(team, "safety", "alerts_by_category", category)
        t.add(team, "safety", "alerts_by_outcome", outcome or "open")
        if taken:
            t.sample(team, "safety", "minutes_to_take", _hours(at, taken) * 60)


async def checkins(conn: Conn, p: Period, t: Tallies) -> None:
    """Check-ins asked in the period, answered, by mood and theme; youths who answered; and
    for each youth who answered twice or more, whether their last mood is above, equal to or
    below their first (counted in the team of their last answer). Grouped in SQL: a national
    year is millions of check-ins (one every two weeks of each link)."""
    span = (to_text(p.start), to_text(p.end))
    await totals.read(conn, CHECKINS, *span, t)
    # Each youth's first and last answer in the period (ids grow with time). `asked_at || ''`
    # keeps SQLite off the index by date (migration 027), through which it read a national
    # year and sorted its 450,000 answers by youth: the index by youth (migration 020) is in
    # the GROUP BY's order, and scanning it whole costs half as much.
    for team, answers, change, n in await _rows(
        conn,
        """SELECT l.team_id, CASE WHEN y.answers > 1 THEN 1 ELSE 0 END,
                  CASE WHEN l.mood > f.mood THEN 'better'
                       WHEN l.mood < f.mood THEN 'worse' ELSE 'same' END,
                  COUNT(*)
           FROM (SELECT youth_id, MIN(id) AS first_id, MAX(id) AS last_id, COUNT(*) AS answers
                 FROM checkins WHERE asked_at || '' >= ? AND asked_at < ? AND mood IS NOT NULL
                 GROUP BY youth_id) y
           JOIN checkins f ON f.id = y.first_id
           JOIN checkins l ON l.id = y.last_id
           GROUP BY 1, 2, 3""",
        span,
    ):
        t.add(team, "checkins", "youths_checked_in", "", n)
        if answers:
            t.add(team, "checkins", "mood_change", change, n)


async def _checkins_in(conn: Conn, lo: str, hi: str, t: Tallies) -> None:
    """Check-ins asked in [lo, hi): answered, by mood and theme."""
    for team, mood, theme, n in await _rows(
        conn,
        """SELECT team_id, mood, theme, COUNT(*) FROM checkins
           WHERE asked_at >= ? AND asked_at < ? GROUP BY team_id, mood, theme""",
        (lo, hi),
    ):
        t.add(team, "checkins", "checkins_asked", "", n)
        if mood is not None:
            t.add(team, "checkins", "checkins_answered", "", n)
            t.add(team, "checkins", "mood", str(mood), n)
            if theme:
                t.add(team, "checkins", "checkin_theme", theme, n)


CHECKINS = Kept("checkins", _checkins_in, utc=True)


async def feedback(conn: Conn, p: Period, t: Tallies) -> None:
    """Link-end feedback asked in the period: answers, did it help (1-5), would they
    recommend it (yes, maybe, no). Never the words a youth added."""
    for team, helped, recommend, n in await _rows(
        conn,
        """SELECT team_id, helped, recommend, COUNT(*) FROM link_feedback
           WHERE asked_at >= ? AND asked_at < ? GROUP BY team_id, helped, recommend""",
        (to_text(p.start), to_text(p.end)),
    ):
        t.add(team, "feedback", "feedback_asked", "", n)
        if helped is not None:
            t.add(team, "feedback", "feedback_answered", "", n)
            t.add(team, "feedback", "helped", str(helped), n)
        if recommend is not None:
            t.add(team, "feedback", "recommend", recommend, n)


async def wellbeing(conn: Conn, p: Period, t: Tallies) -> None:
    """Mentors' quarterly wellbeing asked in the period: answers by mood, asking support."""
    for team, mood, support, n in await _rows(
        conn,
        """SELECT team_id, mood, support, COUNT(*) FROM mentor_wellbeing
           WHERE asked_at >= ? AND asked_at < ? GROUP BY team_id, mood, support""",
        (to_text(p.start), to_text(p.end)),
    ):
        t.add(team, "wellbeing", "wellbeing_asked", "", n)
        if mood is not None:
            t.add(team, "wellbeing", "wellbeing_mood", str(mood), n)
        if support == "yes":
            t.add(team, "wellbeing", "support_asked", "", n)


SECTIONS: list[Section] = [
    requests,
    links,
    followups,
    peer_aidance,
    events,
    safety,
    checkins,
    feedback,
    wellbeing,
]

# Every figure in the order outputs show it: (section, name, unit, keys). Keys None: the
# figure itself; "months": the period's months; "found": the codes the data holds.
Keys = tuple[str, ...] | str | None
FIGURES: list[tuple[str, str, str, Keys]] = [
    ("requests", "received", "count", None),
    ("requests", "by_month", "count", "months"),
    ("requests", "by_channel", "count", ("mentor_link", "team", "group")),
    ("requests", "by_theme", "count", THEMES),
    ("requests", "by_age", "count", (*AGE_BANDS, UNKNOWN)),
    ("requests", "by_met", "count", (*MEETING_PLACES, UNKNOWN)),
    ("requests", "accepted", "count", None),
    ("requests", "withdrawn", "count", None),
    ("requests", "hours_to_first_answer", "hours", ("median", "p90")),
    ("requests", "hours_to_acceptance", "hours", ("median", "p90")),
    ("requests", "past_reminder", "count", None),
    ("requests", "past_escalation", "count", None),
    ("links", "started", "count", None),
    ("links", "active_at_end", "count", None),
    ("links", "ended", "count", None),
    ("links", "ended_by_reason", "count", REASONS),
    ("links", "length_days", "days", ("median",)),
    ("followups", "count", "count", None),
    ("followups", "hours", "hours", None),
    ("followups", "count_by_kind", "count", KINDS),
    ("followups", "hours_by_kind", "hours", KINDS),
    ("followups", "count_by_theme", "count", THEMES),
    ("followups", "hours_by_theme", "hours", THEMES),
    ("followups", "relays_by_domain", "count", (*DOMAINS, UNLISTED)),
    ("followups", "mentors_active", "count", None),
    ("followups", "mentors", "count", None),
    ("peer", "sessions_held", "count", None),
    ("peer", "sessions_cancelled", "count", None),
    ("peer", "attendances", "count", None),
    ("peer", "attendance_rate", "percent", None),
    ("peer", "youths_came", "count", None),
    ("peer", "became_peer_helpers", "count", None),
    ("peer", "session_rating", "count", SCALE),
    ("events", "trainings_held", "count", None),
    ("events", "intervisions_held", "count", None),
    ("events", "attendances", "count", None),
    ("events", "mentors_trained", "count", None),
    ("safety", "alerts", "count", None),
    ("safety", "alerts_by_level", "count", LEVELS),
    ("safety", "alerts_by_category", "count", "found"),
    ("safety", "alerts_by_outcome", "count", (*OUTCOMES, "open")),
    ("safety", "minutes_to_take", "minutes", ("median", "p90")),
    ("checkins", "checkins_asked", "count", None),
    ("checkins", "checkins_answered", "count", None),
    ("checkins", "youths_checked_in", "count", None),
    ("checkins", "mood", "count", SCALE),
    ("checkins", "checkin_theme", "count", THEMES),
    ("checkins", "mood_change", "count", ("better", "same", "worse")),
    ("feedback", "feedback_asked", "count", None),
    ("feedback", "feedback_answered", "count", None),
    ("feedback", "helped", "count", SCALE),
    ("feedback", "recommend", "count", RECOMMEND),
    ("wellbeing", "wellbeing_asked", "count", None),
    ("wellbeing", "wellbeing_mood", "count", SCALE),
    ("wellbeing", "support_asked", "count", None),
]
# Hours rest on the follow-ups they sum (their count figure).
_HOURS_BASIS = {
    "hours": "count",
    "hours_by_kind": "count_by_kind",
    "hours_by_theme": "count_by_theme",
}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1) of a non-empty list: a value that occurred."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _figures(tally: Tally, period: Period, found: dict[tuple[str, str], list[str]]) -> list[Figure]:
    out = []
    for section, name, unit, spec in FIGURES:
        if spec is None:
            keys: tuple[str, ...] = ("",)
        elif spec == "months":
            keys = tuple(period.months())
        elif spec == "found":
            keys = tuple(found.get((section, name), []))
        else:
            keys = tuple(spec)
        for key in keys:
            out.append(_figure(tally, section, name, unit, key))
    return out


def _figure(tally: Tally, section: str, name: str, unit: str, key: str) -> Figure:
    if unit == "count":
        n = tally.counts[section, name, key]
        return Figure(section, name, key, unit, n, n)
    if name in _HOURS_BASIS:
        basis = tally.counts[section, _HOURS_BASIS[name], key]
        return Figure(section, name, key, unit, tally.sums[section, name, key], basis)
    if name == "attendance_rate":
        came, expected = (
            tally.counts[section, "attendances", ""],
            tally.counts[section, "expected", ""],
        )
        rate = 100 * came / expected if expected else None
        return Figure(section, name, key, unit, rate, min(came, expected))
    samples = tally.samples[section, name]
    if not samples:
        return Figure(section, name, key, unit, None, 0)
    value = median(samples) if key == "median" else percentile(samples, 0.9)
    return Figure(section, name, key, unit, value, len(samples))


async def collect(conn: Conn, period: Period) -> dict[int, list[Figure]]:
    """Every figure of the period for each team and for ALL (the whole programme), the same
    rows in the same order for each, so that teams sit side by side."""
    async with conn.execute("SELECT id FROM teams ORDER BY id") as cur:
        team_ids = [int(row[0]) for row in await cur.fetchall()]
    tallies = Tallies(team_ids)
    for read in SECTIONS:
        await read(conn, period, tallies)
    by_team = tallies.by_team()
    found: dict[tuple[str, str], list[str]] = {}
    for section, name, _unit, spec in FIGURES:
        if spec == "found":
            found[section, name] = sorted(by_team[ALL].keys[section, name])
    return {team: _figures(tally, period, found) for team, tally in by_team.items()}


# Each kept section and the first day of its rows (an index's first entry).
KEPT = (
    (REQUESTS, "SELECT MIN(created_at) FROM requests"),
    (LINKS, "SELECT MIN(started_at) FROM links"),
    (FOLLOWUPS, "SELECT MIN(day) FROM logs"),
    (CHECKINS, "SELECT MIN(asked_at) FROM checkins"),
)


async def fill(conn: Conn, now: datetime) -> int:
    """Keep the totals of every closed day not kept yet (storage.totals); the days filled."""
    filled = 0
    for kept, first in KEPT:
        rows = await _rows(conn, first, ())
        if rows and rows[0][0]:
            since = date.fromisoformat(rows[0][0][:10])
            filled += await totals.fill(conn, kept, now, since, lambda: Tallies([]))
            if kept is FOLLOWUPS:
                filled += await totals.fill_mentors(conn, now, since)
    return filled


class Stats:
    """The repository the /stats handler and the bench call."""

    def __init__(self, conn: Conn, writer: Conn | None = None) -> None:
        self._conn = conn
        self._writer = writer or conn

    async def collect(self, period: Period) -> dict[int, list[Figure]]:
        return await collect(self._conn, period)

    async def fill(self, now: datetime) -> int:
        """Keep the closed days' totals (the bot's hourly job; a report's child cannot)."""
        return await fill(self._writer, now)
