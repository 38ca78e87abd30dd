"""Logs, offline people, partners and resource persons in SQLite; the notes key."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr

from bot.notes import Notes, NoteUnreadable, key_file, load_key
from bot.settings import Settings
from storage.clock import to_text
from storage.database import Database
from storage.logs import LogFields
from storage.tx import IntegrityError
from tests.conftest import FakeClock

MENTOR, OTHER, YOUTH = 2001, 2002, 1001


pytestmark = pytest.mark.both


@pytest.fixture
async def db(database: Path | str, clock: FakeClock) -> Database:
    db = await Database.open(database, clock)
    yield db  # type: ignore[misc]
    await db.close()


def _fields(**changes: object) -> LogFields:
    values: dict[str, object] = {
        "kind": "long_term",
        "day": date(2026, 11, 21),
        "minutes": 45,
        "themes": ("housing",),
        "group_label": "Foot du mardi",
    }
    values.update(changes)
    return LogFields(**values)  # type: ignore[arg-type]


async def test_minutes_are_bounded_by_the_schema(db: Database) -> None:
    for minutes in (0, -5, 721, 999 * 60):
        with pytest.raises(IntegrityError):
            await db.logs.add(MENTOR, 1, _fields(minutes=minutes))
    assert await db.logs.recent(MENTOR) == []


async def test_only_the_author_reads_changes_or_deletes_a_log(
    db: Database, clock: FakeClock
) -> None:
    log_id = await db.logs.add(MENTOR, 1, _fields())
    assert await db.logs.get(log_id, OTHER) is None
    assert not await db.logs.update(log_id, OTHER, _fields(minutes=5))
    assert not await db.logs.delete(log_id, OTHER)
    entry = await db.logs.get(log_id, MENTOR)
    assert entry is not None and entry.minutes == 45 and entry.who == "Foot du mardi"

    assert await db.logs.update(log_id, MENTOR, _fields(minutes=60, themes=("work", "money")))
    entry = await db.logs.get(log_id, MENTOR)
    assert entry is not None and entry.minutes == 60 and entry.themes == ("work", "money")

    clock.advance(days=31)  # older than 30 days: kept, no longer editable
    assert not await db.logs.update(log_id, MENTOR, _fields(minutes=5))
    assert not await db.logs.delete(log_id, MENTOR)
    assert (await db.logs.get(log_id, MENTOR)) is not None


async def test_forgetting_a_youth_keeps_time_and_drops_person_and_note(db: Database) -> None:
    await db.people.add_or_update(
        YOUTH, role="youth", team_id=1, programme_wide=False, display_name="Samir", language="fr"
    )
    log_id = await db.logs.add(MENTOR, 1, _fields(group_label=None, youth_id=YOUTH, note=b"sealed"))
    assert (await db.logs.get(log_id, MENTOR)).who == "Samir"  # type: ignore[union-attr]
    await db.logs.forget_youth(YOUTH)
    entry = await db.logs.get(log_id, MENTOR)
    assert entry is not None
    assert (entry.youth_id, entry.note, entry.who) == (None, None, "")
    assert (entry.minutes, entry.kind, entry.day) == (45, "long_term", date(2026, 11, 21))


async def test_my_youths_come_from_active_and_recently_ended_links(
    db: Database, clock: FakeClock
) -> None:
    await db.people.add_or_update(
        YOUTH, role="youth", team_id=1, programme_wide=False, display_name="Léo", language="fr"
    )
    now = clock()
    await db.conn.execute(
        "INSERT INTO links (youth_id, mentor_id, team_id, started_at) VALUES (?, ?, 1, 'x')",
        (YOUTH, MENTOR),
    )
    await db.conn.execute(
        "INSERT INTO links (youth_id, mentor_id, team_id, started_at, ended_at)"
        " VALUES (?, ?, 1, 'x', ?)",
        (YOUTH, OTHER, to_text(now - timedelta(days=31))),
    )
    assert await db.logs.my_youths(MENTOR) == [(YOUTH, "Léo")]
    assert await db.logs.my_youths(OTHER) == [], "ended more than 30 days ago"
    await db.conn.execute(
        "UPDATE links SET ended_at = ? WHERE mentor_id = ?",
        (to_text(now - timedelta(days=29)), OTHER),
    )
    assert await db.logs.my_youths(OTHER) == [(YOUTH, "Léo")], "ended 29 days ago"


async def test_offline_nicknames_are_per_mentor(db: Database) -> None:
    first = await db.offline.find_or_add(MENTOR, "K.B.")
    again = await db.offline.find_or_add(MENTOR, "k.b.")
    assert again.id == first.id
    other = await db.offline.find_or_add(OTHER, "K.B.")
    assert other.id != first.id
    assert await db.offline.get(first.id, OTHER) is None
    assert [p.nickname for p in await db.offline.of(MENTOR)] == ["K.B."]


async def test_partners_visible_to_own_team_and_when_shared(db: Database) -> None:
    littoral = await db.teams.create("Littoral")
    own = await db.partners.add(1, "housing", {"name": "Toit pour tous"}, shared=False, by=9001)
    shared = await db.partners.add(
        littoral.id, "legal", {"name": "Permanence juridique"}, shared=True, by=9001
    )
    hidden = await db.partners.add(littoral.id, "job", {"name": "Job Littoral"}, shared=False, by=1)
    names = {p.name for p in await db.partners.visible(1, programme_wide=False)}
    assert names == {own.name, shared.name}
    everything = {p.name for p in await db.partners.visible(None, programme_wide=True)}
    assert hidden.name in everything
    await db.partners.set_shared(hidden.id, True)
    assert hidden.name in {p.name for p in await db.partners.visible(1, programme_wide=False)}


async def test_resource_person_is_replaced_not_added(db: Database) -> None:
    assert await db.resource.of(MENTOR) is None
    await db.resource.assign(MENTOR, 9001, by=9001)
    await db.resource.assign(MENTOR, 9002, by=9001)
    assert await db.resource.of(MENTOR) == 9002


def _settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(_env_file=None, database=tmp_path / "lien.db", **extra)  # type: ignore[call-arg]


def test_key_file_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    key = load_key(settings)
    path = key_file(settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key(settings) == key  # reused, not replaced
    notes = Notes(key)
    token = notes.seal("Rendez-vous au CSP ✅ مرحبا")
    assert b"CSP" not in token
    assert notes.open(token) == "Rendez-vous au CSP ✅ مرحبا"


def test_key_from_the_environment_and_a_lost_key(tmp_path: Path) -> None:
    given = Fernet.generate_key().decode()
    settings = _settings(tmp_path, notes_key=SecretStr(given))
    assert load_key(settings) == given.encode()
    assert not key_file(settings).exists()
    token = Notes(given.encode()).seal("note")
    with pytest.raises(NoteUnreadable):
        Notes(Fernet.generate_key()).open(token)


def test_a_malformed_notes_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Fernet key"):
        _settings(tmp_path, notes_key=SecretStr("too-short"))
    assert _settings(tmp_path, notes_key=SecretStr("")).notes_key is None
