"""A year of believable history for the demo programme, so that /stats shows real charts at
once: requests (some declined first, some left past the reminder, a few withdrawn), the
links they became and how they ended, weekly follow-ups with encrypted notes, relays to the
directory's partners, the peer-aidance group's past sessions and who came, trainings and
intervisions, a few safety-net alerts (their category only, as the bot keeps them), the
youths' check-ins every two weeks of a link and their feedback when it ended (taps only),
the peer sessions' ratings by the youths who came, the mentors' quarterly wellbeing answers,
and requests made from the peer-aidance group (the 'group' channel) by youths who came to it.

Everything goes through the repositories the bot uses, each with a clock set to the moment
it happened. Everyone is fictitious. The sandbox's own people stay free for the
walk-through: Marc's and Léa's past links all ended more than a month ago, no request is
left open, and the history's youths join no group (no reminders go to them).

The later additions draw from random generators of their own, so that the year drawn
before them (and the figures tests read) stays the same."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.notes import Notes
from storage.audit import Audit
from storage.checkins import Checkins
from storage.clock import Clock
from storage.database import Database
from storage.events import Events
from storage.groups import Groups
from storage.links import Links
from storage.logs import LogFields, Logs
from storage.models import THEMES, Role
from storage.people import People
from storage.ratings import Ratings
from storage.requests import AGE_BANDS, MEETING_PLACES, Requests
from storage.safety import SafetyAlerts
from storage.tx import transaction
from storage.wellbeing import Wellbeing

YOUTH_IDS = 60001  # the history's youths: 60001, 60002, ... (fictitious)
SAMIR = 3001  # the demo's peer helper: a mentee of Marc's who found work
WALKTHROUGH_MENTORS = (2001, 2002)  # Marc and Léa: no link of theirs is left active
REQUESTS_PER_TEAM = {"Montagnes": 68, "Littoral": 52}
# A score of Montagnes' youths who come to the group "Montagnes" over the year; about half of
# those who ask the team for a mentor do it from the group.
PEER_POOL = tuple(YOUTH_IDS + i for i in range(1, 68, 3))
FROM_GROUP = 0.5
FIRST_NAMES = (
    "Aïcha", "Bastien", "Céline", "Dario", "Elif", "Fatou", "Gaël", "Hana", "Ilyes", "Jade",
    "Kenza", "Luca", "Maëlle", "Nolan", "Océane", "Pablo", "Rayan", "Sara", "Timéo", "Uma",
    "Valentin", "Wassim", "Yasmine", "Zoé", "Amir", "Bintou", "Chiara", "Dylan", "Emma",
    "Florent", "Ginevra", "Elio", "Inaya", "Louane", "Kilian", "Lina", "Mattéo", "Mehdi",
)  # fmt: skip
NOTES = (
    "Café ensemble, point sur les candidatures envoyées.",
    "A préparé un entretien d'embauche, on a répété les questions.",
    "Appel : moral en hausse, a repris le sport.",
    "Accompagné·e au guichet pour un dossier de bourse.",
    "Parlé du budget du mois et des factures en retard.",
    "Visite d'un atelier de formation, intéressé·e par la menuiserie.",
    "Message court, tout va bien, rendez-vous la semaine prochaine.",
)
# How links end, as mentors chose their reasons (goals, work, handed over, ...).
REASONS = (
    ("goals", 30), ("work", 24), ("professional", 10), ("no_contact", 15), ("stopped", 13),
    ("other", 8),
)  # fmt: skip
MET_WEIGHTS = (30, 14, 8, 16, 12, 14, 6)  # sport first: the programme's clubs


@dataclass(frozen=True)
class _Life:
    """A link of the history, for the check-ins, feedback and alerts drawn after all links."""

    link_id: int
    youth: int
    team: int
    themes: tuple[str, ...]
    started: datetime
    ends: datetime  # in the future for a link still active
    reason: str | None
    alerts: tuple[tuple[int, datetime], ...] = ()  # the safety net's, while it lasted


@dataclass
class _Moment:
    """The clock the history's repositories read, set to each moment as it happens."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _at(day: date, hour: int, zone: ZoneInfo, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


async def add_history(
    db: Database, clock: Clock, zone: ZoneInfo, notes: Notes | None = None
) -> str:
    """A year up to now, in one transaction (one write to disk, all or nothing). Without
    `notes` (a key), follow-ups carry no note."""
    rng = random.Random(14)  # the same believable year every time
    now = clock()
    moment = _Moment(now)
    async with transaction(db.conn):
        lives: list[_Life] = []
        counts = await _requests_and_links(db, moment, zone, notes, rng, now, lives)
        counts += await _peer_sessions(db, moment, zone, rng, now)
        counts += await _events(db, moment, zone, rng, now)
        counts += await _collective(db, moment, zone, rng, now)
        counts += await _checkins(db, moment, now, lives)
        counts += await _wellbeing(db, now)
        counts += await _alerts(db, moment, now, lives)
    return "history: " + ", ".join(counts)


async def _requests_and_links(
    db: Database,
    moment: _Moment,
    zone: ZoneInfo,
    notes: Notes | None,
    rng: random.Random,
    now: datetime,
    lives: list[_Life],
) -> list[str]:
    people, requests, links = (
        People(db.conn, moment),
        Requests(db.conn, moment),
        Links(db.conn, moment),
    )
    logs, relay = Logs(db.conn, moment), SafetyAlerts(db.conn, moment)
    teams = {t.name: t.id for t in await db.teams.all()}
    everyone = await db.people.everyone()
    youth_id = YOUTH_IDS
    made = {"requests": 0, "links": 0, "follow-ups": 0, "from the group": 0}
    groups = await db.groups.led_by(SAMIR)
    asks = random.Random(16)  # which of the group's youths ask from it
    today = now.astimezone(zone).date()
    for team_name, total in REQUESTS_PER_TEAM.items():
        team = teams.get(team_name)
        mentors = [p.telegram_id for p in everyone if p.role == Role.MENTOR and p.team_id == team]
        if team is None or not mentors:
            continue
        partners = await db.partners.visible(team, programme_wide=False)
        for index in range(total):
            # More requests as the year goes on: the programme became known.
            back = int(358 * (1 - ((index + rng.random()) / total) ** 0.8)) + 3
            day = today - timedelta(days=back)
            asked = _at(day, rng.choice((9, 11, 14, 16, 18, 20)), zone, rng.randrange(60))
            first_name = rng.choice(FIRST_NAMES)
            moment.now = asked
            youth = youth_id if not (team_name == "Montagnes" and index == 3) else SAMIR
            youth_id += 1
            band = rng.choices(AGE_BANDS, (8, 20, 55, 17))[0]
            if youth != SAMIR:
                await people.add_or_update(
                    youth, role=Role.YOUTH, team_id=team, programme_wide=False,
                    display_name=first_name, language="fr",
                )  # fmt: skip
                await people.set_age_band(youth, band)
            mentor = rng.choice(mentors) if rng.random() < 0.22 else None
            themes = tuple(rng.sample(THEMES[:8], rng.choice((1, 1, 2, 2, 3))))
            group = None
            if groups and youth in PEER_POOL and mentor is None and asks.random() < FROM_GROUP:
                group = groups[0].id  # the group "Montagnes" is the team's own
            request = await requests.create(
                youth, team_id=team, mentor_id=mentor,
                met=rng.choices(MEETING_PLACES, MET_WEIGHTS)[0] if rng.random() < 0.92 else None,
                themes=themes, age_band=band, first_name=first_name, message=None,
                group_id=group,
            )  # fmt: skip
            made["requests"] += 1
            made["from the group"] += group is not None
            notified = [mentor] if mentor else mentors
            await requests.notify_all(request.id, notified)
            # Hours until someone answers: mostly the same day, sometimes days.
            wait = min(rng.lognormvariate(1.6, 1.1), 120.0)
            if wait > 24:
                moment.now = asked + timedelta(hours=24)
                await requests.due_for_reminder(timedelta(hours=24))
            if wait > 48:
                moment.now = asked + timedelta(hours=48)
                await requests.due_for_escalation(timedelta(hours=48))
            if youth != SAMIR and rng.random() < 0.07:
                moment.now = asked + timedelta(hours=wait * 0.8)
                await requests.withdraw(request.id, youth)
                continue
            if len(notified) > 1 and rng.random() < 0.3:
                moment.now = asked + timedelta(hours=wait * 0.6)
                await requests.decline(request.id, notified[0])
            taker = mentor or rng.choice(notified[1:] if len(notified) > 1 else notified)
            if youth == SAMIR:
                taker = WALKTHROUGH_MENTORS[0]
            moment.now = asked + timedelta(hours=wait)
            await requests.accept(request.id, taker)
            link = await links.of_request(request.id)
            assert link is not None
            made["links"] += 1
            made["follow-ups"] += await _link_life(
                db, links, logs, relay, moment, zone, notes, rng, now, link.id, taker, team,
                youth, themes, partners, lives,
            )  # fmt: skip
    return [
        f"{made['requests']} requests ({made['from the group']} from the group)",
        f"{made['links']} links",
        f"{made['follow-ups']} follow-ups",
    ]


async def _link_life(
    db: Database,
    links: Links,
    logs: Logs,
    relay: SafetyAlerts,
    moment: _Moment,
    zone: ZoneInfo,
    notes: Notes | None,
    rng: random.Random,
    now: datetime,
    link_id: int,
    mentor: int,
    team: int,
    youth: int,
    themes: tuple[str, ...],
    partners: list,  # type: ignore[type-arg]
    lives: list[_Life],
) -> int:
    """Follow-ups every week or two while the link lasts, then its end (if it is over)."""
    started = moment.now
    one_off = rng.random() < 0.25
    days = rng.randint(7, 30) if one_off else int(rng.triangular(30, 300, 110))
    ends = started + timedelta(days=days)
    if mentor in WALKTHROUGH_MENTORS:
        # The walk-through starts with Marc free: his links ended over a month ago; one taken
        # since then stopped a few hours later (a link never ends before it starts).
        ends = max(min(ends, now - timedelta(days=35)), started + timedelta(hours=3))
    if youth == SAMIR:
        ends = now - timedelta(days=240)
    logged = 0
    alerts: list[tuple[int, datetime]] = []
    day = started.astimezone(zone).date() + timedelta(days=rng.randint(0, 3))
    last = min(ends, now).astimezone(zone).date()
    while day <= last:
        partner = rng.choice(partners) if partners and rng.random() < 0.12 else None
        kind = "relay" if partner else ("one_off" if one_off else "long_term")
        moment.now = min(_at(day, 20, zone), now)
        await logs.add(
            mentor,
            team,
            LogFields(
                kind=kind,
                day=day,
                minutes=rng.choice((20, 30, 45, 45, 60, 60, 90, 120)),
                themes=tuple(rng.sample(themes, 1)) if rng.random() < 0.8 else themes,
                youth_id=youth,
                partner_id=partner.id if partner else None,
                note=notes.seal(rng.choice(NOTES)) if notes else None,
            ),
        )
        logged += 1
        if rng.random() < 0.006:  # the safety net once in a while: only its category kept
            category = rng.choice(("suicide", "self_harm", "violence"))
            alert = await relay.record(
                youth, link_id=link_id, team_id=team, category=category, level="high", rule="demo"
            )
            alerts.append((alert, moment.now))
        day += timedelta(days=rng.choice((5, 7, 7, 9, 12, 14)) if not one_off else 6)
    reason = None
    if ends < now:
        moment.now = ends
        reason = "work" if youth == SAMIR else rng.choices(*zip(*REASONS, strict=True))[0]
        await links.end(link_id, youth if reason == "stopped" else mentor, reason)
        if youth == SAMIR:
            # Samir found work, agreed, and the COPIL made him a peer helper (as in /end).
            moment.now = ends + timedelta(days=12)
            await Audit(db.conn, moment).record(9001, "peer-helper-invited", SAMIR)
    lives.append(_Life(link_id, youth, team, themes, started, ends, reason, tuple(alerts)))
    return logged


MOODS = (1, 2, 3, 4, 5)
# How youths felt at a link's first check-in; most feel a bit better as it goes on.
FIRST_MOOD = (8, 22, 38, 22, 10)
# Did the link help, by how it ended (goals and work reached: mostly 4 and 5).
HELPED = {"goals": (1, 2, 8, 30, 59), "work": (1, 2, 7, 30, 60), "stopped": (25, 30, 25, 15, 5)}
HELPED_OTHERWISE = (6, 12, 30, 32, 20)
RATED = (2, 5, 18, 42, 33)  # a peer session's stars, from those who came
WELL = (3, 9, 30, 40, 18)  # how mentors feel as volunteers


async def _checkins(db: Database, moment: _Moment, now: datetime, lives: list[_Life]) -> list[str]:
    """Every 14 days of each link, the youth's check-in (most answer, the mood drifting up
    for most), then their feedback when the link ended (three in four answer). Their own
    random generator: the rest of the history stays the same year."""
    rng = random.Random(15)
    repo = Checkins(db.conn, moment)
    asked = answered = feedback = 0
    for life in lives:
        mood = float(rng.choices(MOODS, FIRST_MOOD)[0])
        drift = rng.choice((0.25, 0.15, 0.1, 0.0, -0.1))
        at = life.started + timedelta(days=14)
        while at < min(life.ends, now):
            tapped = rng.random() < 0.8
            mood = min(5.0, max(1.0, mood + drift + rng.uniform(-0.6, 0.6)))
            theme = rng.choice(life.themes) if tapped and rng.random() < 0.5 else None
            await repo.record_past(
                life.youth, life.link_id, life.team, at, round(mood) if tapped else None, theme
            )
            asked += 1
            answered += tapped
            at += timedelta(days=14)
        if life.reason is not None and life.ends < now - timedelta(days=1):
            tapped = rng.random() < 0.75
            helped = rng.choices(MOODS, HELPED.get(life.reason, HELPED_OTHERWISE))[0]
            recommend = "yes" if helped >= 4 else "maybe" if helped == 3 else "no"
            await repo.record_past_feedback(
                life.youth,
                life.link_id,
                life.team,
                life.ends + timedelta(hours=1),
                helped if tapped else None,
                recommend if tapped and rng.random() < 0.95 else None,
            )
            feedback += tapped
    return [f"{asked} check-ins ({answered} answered), {feedback} feedbacks"]


# How the COPIL closed the safety net's alerts (storage.safety.OUTCOMES), and who took them.
OUTCOME_WEIGHTS = {
    "safe": 35, "professional": 30, "false_alarm": 15, "no_answer": 10, "emergency": 5,
    "other": 5,
}  # fmt: skip
TAKER = {"Littoral": 9002}  # Hugo, Littoral's COPIL; Claire (9001) takes the others


async def _alerts(db: Database, moment: _Moment, now: datetime, lives: list[_Life]) -> list[str]:
    """The safety net's alerts as the COPIL lived them: alerted (a medium hit when the youth
    did not answer its question), taken within minutes, closed with an outcome. Those the
    follow-ups drew, and a few more in the links' lives (at least a week ago: none is left
    on /alerts)."""
    rng = random.Random(19)
    repo = SafetyAlerts(db.conn, moment)
    names = {t.id: t.name for t in await db.teams.all()}
    made = 0
    for life in lives:
        alerts = list(life.alerts)
        last = min(life.ends, now - timedelta(days=10))
        if last > life.started and rng.random() < 0.08:
            at = life.started + (last - life.started) * rng.random()
            moment.now = at
            category = rng.choice(("distress", "distress", "violence", "abuse", "self_harm"))
            alert = await repo.record(
                life.youth, link_id=life.link_id, team_id=life.team, category=category,
                level="medium", rule="demo", asked_until=at + timedelta(minutes=15),
            )  # fmt: skip
            alerts.append((alert, at + timedelta(minutes=15)))  # no answer: the COPIL told
        for alert, at in alerts:
            taker = TAKER.get(names.get(life.team, ""), 9001)
            moment.now = at
            await repo.alerted(alert)
            moment.now = at + timedelta(minutes=min(rng.lognormvariate(2.3, 0.7), 240))
            await repo.take(alert, taker)
            moment.now += timedelta(hours=rng.uniform(1, 30))
            outcome = rng.choices(*zip(*OUTCOME_WEIGHTS.items(), strict=True))[0]
            await repo.close(alert, taker, outcome)
            made += 1
    return [f"{made} safety-net alerts taken and closed"]


async def _wellbeing(db: Database, now: datetime) -> list[str]:
    """Once a quarter each mentor is asked how they feel as a volunteer: most answer, and a
    few who feel low ask for support (their resource person was told)."""
    rng = random.Random(18)
    repo = Wellbeing(db.conn, _Moment(now))
    asked = answered = 0
    for mentor in [p for p in await db.people.everyone() if p.role == Role.MENTOR]:
        for quarter in range(4, 0, -1):
            at = now - timedelta(days=91 * quarter - rng.randint(0, 20))
            mood = rng.choices(MOODS, WELL)[0] if rng.random() < 0.85 else None
            support = None if mood is None else rng.random() < (0.6 if mood <= 2 else 0.04)
            await repo.record_past(mentor.telegram_id, mentor.team_id, at, mood, support)
            asked += 1
            answered += mood is not None
    return [f"{asked} wellbeing questions to mentors ({answered} answered)"]


async def _peer_sessions(
    db: Database, moment: _Moment, zone: ZoneInfo, rng: random.Random, now: datetime
) -> list[str]:
    """The group "Montagnes" met on the 2nd and 4th Tuesday at 18:00 all year; who said
    they'd come, who came (Samir ticked them in /attendance), and how most of them rated
    the session (asked, rated and averaged as the bot does after a session)."""
    groups = await db.groups.led_by(SAMIR)
    if not groups:
        return []
    group = groups[0]
    repo = Groups(db.conn, moment)
    ratings, stars = Ratings(db.conn, moment), random.Random(17)
    today = now.astimezone(zone).date()
    moments = []
    for back in range(12, -1, -1):
        first = date(
            today.year + (today.month - back - 1) // 12, (today.month - back - 1) % 12 + 1, 1
        )
        tuesdays = [
            first + timedelta(days=d)
            for d in range(31)
            if (first + timedelta(days=d)).weekday() == 1
        ]
        for tuesday in (tuesdays[1], tuesdays[3]):
            starts = _at(tuesday, 18, zone)
            if now - timedelta(days=365) < starts < now - timedelta(hours=2):
                moments.append(starts)
    await repo.add_sessions({group.id: moments})
    held = cancelled = came = rated = 0
    for session in await repo.sessions(group.id, now - timedelta(days=366), limit=len(moments)):
        if session.starts_at >= now:
            continue
        moment.now = session.starts_at - timedelta(days=2)
        if rng.random() < 0.08:
            await repo.cancel_session(session.id)
            cancelled += 1
            continue
        held += 1
        for youth in rng.sample(PEER_POOL, rng.randint(5, 9)):
            await repo.answer(session.id, youth, "yes")
            if rng.random() < 0.82:
                moment.now = session.starts_at + timedelta(hours=2)
                await repo.toggle_attended(session.id, youth)
                came += 1
        moment.now = session.starts_at + timedelta(hours=2)
        for asked in await ratings.ask_due():
            if stars.random() < 0.8:
                moment.now = session.starts_at + timedelta(hours=stars.uniform(2.5, 20))
                await ratings.rate(asked.id, asked.youth_id, stars.choices(MOODS, RATED)[0])
                rated += 1
        await ratings.average_once(session.id)
    return [f"{held} peer sessions ({cancelled} cancelled), {came} attendances, {rated} ratings"]


async def _events(
    db: Database, moment: _Moment, zone: ZoneInfo, rng: random.Random, now: datetime
) -> list[str]:
    """A training each quarter for every team, an intervision every month in each team;
    most mentors came."""
    events = Events(db.conn, moment)
    mentors = [p for p in await db.people.everyone() if p.role == Role.MENTOR]
    teams = await db.teams.all()
    today = now.astimezone(zone).date()
    made = 0
    plan: list[tuple[str, int | None, date, str]] = []
    for back in range(1, 12):
        month_day = today - timedelta(days=30 * back)
        for team in teams:
            plan.append(
                ("intervision", team.id, month_day - timedelta(days=team.id * 3), "Intervision")
            )
        if back % 3 == 1:
            plan.append(("training", None, month_day + timedelta(days=5), "Formation"))
    titles = {
        "training": ("Écoute active", "Premiers secours en santé mentale", "Droits des jeunes"),
        "intervision": ("Intervision",),
    }
    for number, (kind, team_id, day, _title) in enumerate(plan):
        starts = _at(day, 18, zone, 30)
        if starts >= now:
            continue
        moment.now = starts - timedelta(days=14)
        title = titles[kind][number % len(titles[kind])] + " (fictive)"
        event = await events.create(
            kind=kind, title=title, team_id=team_id, audience="mentors", starts_at=starts,
            minutes=120, place="Salle communale (fictive)", capacity=None, author_id=9001,
        )  # fmt: skip
        made += 1
        for mentor in mentors:
            if team_id is not None and mentor.team_id != team_id:
                continue
            if rng.random() < 0.8:
                moment.now = starts - timedelta(days=rng.randint(1, 10))
                await events.came(event.id, mentor.telegram_id, rng.random() < 0.9)
    return [f"{made} trainings and intervisions"]


WORKSHOPS = ("Atelier CV", "Sortie foot", "Repas partagé", "Visite d'entreprise")


async def _collective(
    db: Database, moment: _Moment, zone: ZoneInfo, rng: random.Random, now: datetime
) -> list[str]:
    """Twice a month in each team, a mentor leads a group activity (a collective
    follow-up, logged under the group's label)."""
    logs = Logs(db.conn, moment)
    mentors = [p for p in await db.people.everyone() if p.role == Role.MENTOR]
    today = now.astimezone(zone).date()
    made = 0
    for back in range(3, 365, 15):
        day = today - timedelta(days=back)
        for mentor in rng.sample(mentors, 2):
            moment.now = _at(day, 21, zone)
            await logs.add(
                mentor.telegram_id,
                mentor.team_id,
                LogFields(
                    kind="collective",
                    day=day,
                    minutes=rng.choice((90, 120, 180)),
                    themes=(rng.choice(("work", "loneliness", "health")),),
                    group_label=f"{rng.choice(WORKSHOPS)} (fictif)",
                ),
            )
            made += 1
    return [f"{made} group activities"]
