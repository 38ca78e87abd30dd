"""Storage of requests and links: one open request per youth, the first accept wins even
across connections, reminders are marked once, and /forget leaves no text in the file."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.settings import load_settings
from storage.database import Database
from storage.models import Role
from storage.personal import PERSONAL, export
from storage.requests import AlreadyOpen

YOUTH, MENTOR_A, MENTOR_B = 1001, 2001, 2002
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


class Clock:
    now = NOW

    def __call__(self) -> datetime:
        return self.now


pytestmark = pytest.mark.both


@pytest.fixture
async def db(database: Path | str) -> AsyncIterator[Database]:
    db = await Database.open(database, Clock())
    for person, role in ((YOUTH, Role.YOUTH), (MENTOR_A, Role.MENTOR), (MENTOR_B, Role.MENTOR)):
        await db.people.add_or_update(
            person, role=role, team_id=1, programme_wide=False, display_name="Zoé", language="fr"
        )
    yield db
    await db.close()


async def _ask(db: Database, message: str = "Je cherche un apprentissage") -> int:
    request = await db.requests.create(
        YOUTH,
        team_id=1,
        mentor_id=None,
        met="sport",
        themes=("work", "training"),
        age_band="18_25",
        first_name="Zoé",
        message=message,
    )
    return request.id


async def test_one_open_request_per_youth(db: Database) -> None:
    first = await _ask(db)
    with pytest.raises(AlreadyOpen):
        await _ask(db)
    assert await db.requests.withdraw(first, YOUTH)
    assert not await db.requests.withdraw(first, YOUTH), "withdrawn once"
    await _ask(db)


async def test_accept_creates_exactly_one_link(db: Database) -> None:
    request_id = await _ask(db)
    assert await db.requests.accept(request_id, MENTOR_A)
    assert not await db.requests.accept(request_id, MENTOR_B)
    link = await db.links.of_request(request_id)
    assert link is not None and link.mentor_id == MENTOR_A and link.youth_id == YOUTH
    assert link.active and link.team_id == 1
    assert (await db.requests.get(request_id)).accepted_by == MENTOR_A


async def test_two_connections_accepting_at_once_make_one_link(
    db: Database, database: Path | str
) -> None:
    request_id = await _ask(db)
    other = await Database.open(database, Clock())
    try:
        results = await asyncio.gather(
            db.requests.accept(request_id, MENTOR_A), other.requests.accept(request_id, MENTOR_B)
        )
    finally:
        await other.close()
    assert sorted(results) == [False, True]
    async with db.conn.execute("SELECT count(*) FROM links") as cur:
        assert (await cur.fetchone())[0] == 1


async def test_withdrawn_request_cannot_be_accepted(db: Database) -> None:
    request_id = await _ask(db)
    await db.requests.withdraw(request_id, YOUTH)
    assert not await db.requests.accept(request_id, MENTOR_A)
    assert await db.links.of_request(request_id) is None


async def test_a_link_ends_once_and_only_by_its_people(db: Database) -> None:
    request_id = await _ask(db)
    await db.requests.accept(request_id, MENTOR_A)
    link = await db.links.of_request(request_id)
    assert await db.links.end(link.id, MENTOR_B, "goals") is None, "not B's link"
    ended = await db.links.end(link.id, YOUTH, "stopped")
    assert ended is not None and not ended.active and ended.end_reason == "stopped"
    assert await db.links.end(link.id, MENTOR_A, "goals") is None, "already ended"
    assert await db.links.active_of_youth(YOUTH) is None
    assert (await db.links.last_ended(MENTOR_A)).id == link.id


async def test_reminders_and_escalations_are_marked_once(db: Database) -> None:
    clock = Clock()
    db.requests._clock = clock  # type: ignore[attr-defined]
    await _ask(db)
    assert await db.requests.due_for_reminder(timedelta(hours=24)) == []
    clock.now = NOW + timedelta(hours=25)
    assert len(await db.requests.due_for_reminder(timedelta(hours=24))) == 1
    assert await db.requests.due_for_reminder(timedelta(hours=24)) == []
    assert await db.requests.due_for_escalation(timedelta(hours=48)) == []
    clock.now = NOW + timedelta(hours=49)
    assert len(await db.requests.due_for_escalation(timedelta(hours=48))) == 1
    assert await db.requests.due_for_escalation(timedelta(hours=48)) == []


async def test_mentor_link_token_is_stable_and_short(db: Database) -> None:
    token = await db.mentor_links.token_of(MENTOR_A)
    assert token == await db.mentor_links.token_of(MENTOR_A)
    assert len("m_" + token) <= 64
    assert await db.mentor_links.mentor_of(token) == MENTOR_A
    assert await db.mentor_links.mentor_of("nope") is None


async def test_forget_leaves_no_text_in_the_file(db: Database, database: Path | str) -> None:
    request_id = await _ask(db, message="Message-unique-Quetzalcoatl")
    await db.requests.accept(request_id, MENTOR_A)
    link = await db.links.of_request(request_id)
    await db.relay.record(link.channel, YOUTH, 5, MENTOR_A, 7)
    await db.people.add_or_update(
        YOUTH,
        role=Role.YOUTH,
        team_id=1,
        programme_wide=False,
        display_name="Prénom-Xylophonique",
        language="fr",
    )
    document = await export(db.conn, YOUTH)
    assert {"profile", "requests", "links", "relayed_messages"} <= set(document)
    await db.checkpoint()

    await db.forget(YOUTH)
    await db.audit.record(YOUTH, "forget", YOUTH)
    await db.checkpoint()
    assert await export(db.conn, YOUTH) == {}
    assert await db.people.get(MENTOR_A) is not None, "only the youth is erased"
    files = [] if db.postgres else [Path(database), Path(f"{database}-wal")]
    for path in files:  # PostgreSQL: the export above is the check
        data = path.read_bytes() if path.exists() else b""
        assert b"Quetzalcoatl" not in data
        assert b"Xylophonique" not in data


def test_each_personal_table_is_listed_once() -> None:
    names = [table.name for table in PERSONAL]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("value", ["0", "-3", "soon"])
def test_request_delays_must_be_positive_hours(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    monkeypatch.setenv("LIEN_REQUEST_REMIND_HOURS", value)
    with pytest.raises(SystemExit) as stopped:
        load_settings(_env_file=None)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.startswith("lien: LIEN_REQUEST_REMIND_HOURS:")


def test_request_delays_default_to_a_day_and_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIEN_REQUEST_REMIND_HOURS", raising=False)
    monkeypatch.delenv("LIEN_REQUEST_ESCALATE_HOURS", raising=False)
    settings = load_settings(_env_file=None)
    assert (settings.request_remind_hours, settings.request_escalate_hours) == (24, 48)
