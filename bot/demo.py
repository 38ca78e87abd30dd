"""A small believable programme to try every feature at once: `make demo` and the sandbox
page's "Programme de démo" button. Everyone and everything in it is fictitious, and the
audit log records that the database holds a demo.

`python -m bot.demo` fills the database only when it is empty (no people, no team but the
first one) and says so politely otherwise: a demo must never mix with a real programme."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.demo_history import add_history
from bot.notes import Notes
from bot.rhythm import sessions_for
from storage.clock import Clock, system_clock
from storage.database import Database
from storage.invites import InviteProblem
from storage.logs import LogFields
from storage.models import Role, Team
from storage.pg import is_postgres

DEMO_MARK = "demo:fictitious-programme"
DEFAULT_ZONE = ZoneInfo("Europe/Zurich")  # LIEN_TIMEZONE's default


@dataclass(frozen=True)
class Member:
    """One fictitious person; `role` None: not in Lien yet (the youth starts with /start)."""

    telegram_id: int
    name: str
    role: Role | None
    team: str | None  # None: programme-wide


# The people the sandbox page shows by default, with the same ids in the demo, so the panes
# are the demo's people too: a youth, two mentors of one team, a peer helper, the COPIL.
YOUTH = Member(1001, "Inès", None, None)
COPIL = Member(9001, "Claire", Role.COPIL, None)
SAMIR = Member(3001, "Samir", Role.PEER_HELPER, "Montagnes")
CAST = (
    YOUTH,
    Member(2001, "Marc", Role.MENTOR, "Montagnes"),
    Member(2002, "Léa", Role.MENTOR, "Montagnes"),
    SAMIR,
    COPIL,
)
# The rest of the demo programme: another mentor, the second team's mentors and its COPIL.
HUGO = Member(9002, "Hugo", Role.COPIL, "Littoral")
EXTRAS = (
    Member(2003, "Jonas", Role.MENTOR, "Montagnes"),
    Member(2101, "Nadia", Role.MENTOR, "Littoral"),
    Member(2102, "Yves", Role.MENTOR, "Littoral"),
    HUGO,
)


class NotEmpty(Exception):
    """The database already holds a programme; the demo goes only into an empty one."""


async def is_empty(db: Database) -> bool:
    return not await db.people.everyone() and len(await db.teams.all()) <= 1


async def seed_cast(db: Database, clock: Clock = system_clock) -> list[str]:
    """The sandbox's default people only: Montagnes with two mentors and a peer helper who
    joined through invitations, and the programme-wide COPIL."""
    if not await is_empty(db):
        raise NotEmpty
    teams = await _teams(db, ("Montagnes",))
    return [await _join(db, clock, member, teams) for member in CAST if member.role]


async def seed(
    db: Database,
    clock: Clock = system_clock,
    *,
    zone: ZoneInfo = DEFAULT_ZONE,
    invitations: bool = False,
    notes: Notes | None = None,
) -> list[str]:
    """Fill an empty database with the demo programme; returns one line per thing made.
    `invitations`: queue the training's invitation to the mentors (in the sandbox, where
    they can read it; never towards real Telegram, where the demo's people do not exist).
    `notes`: the key that seals the history's follow-up notes (none without it)."""
    if not await is_empty(db):
        raise NotEmpty
    teams = await _teams(db, ("Montagnes", "Littoral"))
    done = [f"teams: {', '.join(teams)}"]
    for member in (*CAST, *EXTRAS):
        if member.role is not None:
            done.append(await _join(db, clock, member, teams))
    done.append(await _partners(db, teams))
    done.append(await _resource_persons(db))
    done.append(await _peer_group(db, clock, zone, teams))
    done.append(await _training(db, clock, zone, invitations))
    done.append(await _follow_ups(db, clock, zone, teams))
    done.append(await add_history(db, clock, zone, notes))  # a year behind, for /stats
    await db.audit.record(None, DEMO_MARK)
    return done


async def _teams(db: Database, names: tuple[str, ...]) -> dict[str, Team]:
    """The first team (made by the first migration) becomes the first name; others are new."""
    existing = await db.teams.all()
    teams: dict[str, Team] = {}
    for index, name in enumerate(names):
        if index == 0 and existing:
            await db.teams.rename(existing[0].id, name)
            teams[name] = Team(existing[0].id, name, existing[0].country)
        else:
            teams[name] = await db.teams.create(name)
    return teams


async def _join(db: Database, clock: Clock, member: Member, teams: dict[str, Team]) -> str:
    """As in the bot: the programme-wide COPIL is there from the start (LIEN_COPIL_IDS);
    everyone else opened a single-use invitation from the COPIL and consented."""
    assert member.role is not None
    team = teams[member.team] if member.team else None
    if member.role == Role.COPIL and team is None:
        await db.people.add_or_update(
            member.telegram_id,
            role=Role.COPIL,
            team_id=None,
            programme_wide=True,
            display_name=member.name,
            language="fr",
        )
        return f"{member.name}: COPIL, whole programme"
    token = await db.invites.create(
        member.role,
        team.id if team else None,
        created_by=COPIL.telegram_id,
        valid_for=timedelta(days=7),
    )
    invite = await db.invites.check(token)
    assert not isinstance(invite, InviteProblem)
    await db.invites.redeem(invite.id, member.telegram_id)
    await db.people.add_or_update(
        member.telegram_id,
        role=member.role,
        team_id=invite.team_id,
        programme_wide=False,
        display_name=member.name,
        language="fr",
    )
    await db.audit.record(member.telegram_id, f"consent:{member.role}", member.telegram_id)
    return f"{member.name}: {member.role}, {member.team}"


# The partner directory: ten fictitious services across domains, with contacts that reach
# nobody (000 numbers, example.org). (team, shared with the other team, domain, name, what)
PARTNERS = (
    ("Montagnes", True, "health", "Centre de santé des Alpages", "Sans rendez-vous, 16-30 ans"),
    ("Montagnes", True, "mental_health", "Écoute Jeunes", "Un·e psy, gratuit et confidentiel"),
    ("Montagnes", False, "social", "Service social de la Vallée", "Aides, démarches, budget"),
    ("Montagnes", False, "job", "Tremplin Emploi", "CV, candidatures, stages d'essai"),
    ("Montagnes", False, "training", "Atelier Formation Pro", "Apprentissage, formation"),
    ("Littoral", False, "housing", "Toit d'Abord", "Hébergement d'urgence, logement"),
    ("Littoral", True, "legal", "Permanence juridique du Port", "Droits, permis, dettes"),
    ("Littoral", True, "addiction", "Addictions Info", "Alcool, cannabis, jeux : sans jugement"),
    ("Littoral", False, "job", "Mission Emploi des Rives", "Orientation, offres pour les jeunes"),
    ("Littoral", False, "other", "Maison de quartier des Dunes", "Activités, repas partagés"),
)


async def _partners(db: Database, teams: dict[str, Team]) -> str:
    for number, (team, shared, domain, name, what) in enumerate(PARTNERS, 1):
        slug = "".join(c for c in name.lower() if c.isascii() and c.isalnum())[:20]
        values = {
            "name": f"{name} (fictif)",
            "what": what,
            "phone": f"000 000 00 {number:02d}",
            "email": f"{slug}@example.org",
        }
        await db.partners.add(teams[team].id, domain, values, shared=shared, by=COPIL.telegram_id)
    return f"partners: {len(PARTNERS)} fictitious entries across domains"


async def _resource_persons(db: Database) -> str:
    """Each mentor's resource person: Claire for Montagnes, Hugo for Littoral."""
    montagnes, littoral = COPIL.telegram_id, HUGO.telegram_id
    for member in (*CAST, *EXTRAS):
        if member.role == Role.MENTOR:
            copil = montagnes if member.team == "Montagnes" else littoral
            await db.resource.assign(member.telegram_id, copil, by=COPIL.telegram_id)
    return "resource persons: Claire for Montagnes' mentors, Hugo for Littoral's"


GROUP_RHYTHM = "2e et 4e mardi 18h"


async def _peer_group(db: Database, clock: Clock, zone: ZoneInfo, teams: dict[str, Team]) -> str:
    """The group "Montagnes", led by Samir, meeting twice a month: its sessions ahead are
    what /group would plan for the same rhythm."""
    sessions = sessions_for(GROUP_RHYTHM, clock().astimezone(zone)) or []
    group = await db.groups.create(
        name="Montagnes",
        team_id=teams["Montagnes"].id,
        size_limit=10,
        rhythm=GROUP_RHYTHM,
        helpers=[SAMIR.telegram_id],
        sessions=sessions,
        created_by=COPIL.telegram_id,
    )
    return f"peer-aidance group: « {group.name} », led by Samir, {len(sessions)} sessions ahead"


async def _training(db: Database, clock: Clock, zone: ZoneInfo, invitations: bool) -> str:
    """A training for every mentor next week, Thursday 18:30, with its reminders planned;
    with `invitations`, the invitation waits in the outbox and goes out when the bot runs."""
    today = clock().astimezone(zone).date()
    thursday = today + timedelta(days=(3 - today.weekday()) % 7 + 7)
    starts_at = datetime.combine(thursday, time(18, 30), tzinfo=zone)
    event = await db.events.create(
        kind="training",
        title="Écoute active (formation fictive)",
        team_id=None,
        audience="mentors",
        starts_at=starts_at,
        minutes=120,
        place="Salle communale des Alpages (fictive)",
        capacity=12,
        author_id=COPIL.telegram_id,
    )
    await db.reminders.plan("event", event.id, event.starts_at)
    if invitations:
        await db.broadcasts.create(
            author_id=COPIL.telegram_id,
            team_id=None,
            audience="mentors",
            purpose="invitation",
            event_id=event.id,
            text="invitation",
        )
    sent = ", invitations on their way to the mentors" if invitations else ""
    return f"training: « {event.title} », {thursday:%d.%m.%Y} 18:30{sent}"


# Follow-ups the mentors logged lately, so /hours and /history have something to show in
# both teams: (mentor, days ago, kind, minutes, themes, a nickname or a group, a partner).
FOLLOW_UPS = (
    (2001, 2, "one_off", 45, ("work",), "K. B.", None),
    (2001, 9, "long_term", 60, ("housing", "money"), "K. B.", None),
    (2002, 4, "collective", 90, ("loneliness",), "Foot du mercredi", None),
    (2002, 33, "long_term", 30, ("family",), "S. M.", None),
    (2003, 6, "relay", 30, ("work",), "J. D.", "Tremplin Emploi (fictif)"),
    (2101, 1, "one_off", 30, ("papers",), "A. R.", None),
    (2101, 12, "relay", 45, ("housing",), "A. R.", "Toit d'Abord (fictif)"),
    (2102, 5, "long_term", 75, ("training", "work"), "L. T.", None),
    (2102, 35, "collective", 120, ("health",), "Atelier cuisine des Dunes", None),
)
GROUP_LABELS = {"Foot du mercredi", "Atelier cuisine des Dunes"}


async def _follow_ups(db: Database, clock: Clock, zone: ZoneInfo, teams: dict[str, Team]) -> str:
    """Logged as /log would: people followed outside the bot by a nickname, a group by its
    name, a relay to a partner of the directory; no notes."""
    today: date = clock().astimezone(zone).date()
    mentors = {m.telegram_id: teams[m.team] for m in (*CAST, *EXTRAS) if m.team}
    for mentor_id, ago, kind, minutes, themes, who, partner in FOLLOW_UPS:
        team = mentors[mentor_id]
        partner_id = None
        if partner:
            visible = await db.partners.visible(team.id, programme_wide=False)
            partner_id = next(p.id for p in visible if p.name == partner)
        offline_id = None
        if who not in GROUP_LABELS:
            offline_id = (await db.offline.find_or_add(mentor_id, who)).id
        fields = LogFields(
            kind=kind,
            day=today - timedelta(days=ago),
            minutes=minutes,
            themes=themes,
            offline_id=offline_id,
            group_label=who if who in GROUP_LABELS else None,
            partner_id=partner_id,
        )
        await db.logs.add(mentor_id, team.id, fields)
    return f"follow-ups: {len(FOLLOW_UPS)} logged by the mentors of both teams lately"


async def fill(
    path: Path | str, sandbox: bool, clock: Clock = system_clock, notes: Notes | None = None
) -> int:
    """Into the sandbox's database, the training's invitation waits in the outbox: the
    mentors read it (with its calendar file) once `make run` starts the bot. `notes`: the
    key that seals the history's follow-up notes. `path`: a file or a postgresql:// address
    (never printed: it may hold a password)."""
    where = "the PostgreSQL database of LIEN_DATABASE" if is_postgres(path) else str(path)
    db = await Database.open(path, clock)
    try:
        done = await seed(db, clock, invitations=sandbox, notes=notes)
    except NotEmpty:
        hint = (
            "In the sandbox, press « Programme de démo » on the page (it starts from an empty"
            f" sandbox), or delete {where} and run `make demo` again."
            if sandbox
            else "Point LIEN_DATABASE to a new file to try the demo beside it."
        )
        print(
            f"{where} already holds a programme, so I left it as it is: the demo goes only"
            f" into an empty database.\n{hint}",
            file=sys.stderr,
        )
        return 1
    finally:
        await db.close()
    print(f"Demo programme written to {where} (all people and contacts are fictitious):")
    for line in done:
        print(f"  {line}")
    return 0


def main() -> None:
    """`make demo`: the sandbox's database without a token, LIEN_DATABASE with one."""
    from bot.notes import load_key
    from bot.settings import load_settings

    settings = load_settings()
    sandbox = settings.bot_token is None
    if sandbox:
        settings = settings.model_copy(update={"database": settings.sandbox_database})
    # The key the bot will use: beside the file, or LIEN_NOTES_KEY (PostgreSQL).
    notes = Notes(load_key(settings))
    code = asyncio.run(fill(settings.database_target, sandbox, notes=notes))
    if code == 0 and sandbox:
        print("Now `make run` and open the address it prints.")
    raise SystemExit(code)


if __name__ == "__main__":
    main()
