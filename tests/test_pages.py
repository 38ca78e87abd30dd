"""Lists that grow, at 1,000 items: pages of at most 10 with ◀ ▶, no message over 4096
characters nor keyboard over 100 buttons, every press re-checked in the database, forged
pages answered clearly and changing nothing."""

from __future__ import annotations

from typing import Any

from storage.tx import transaction
from tests.conftest import COPIL, Flow

YOUTH0, MENTOR0, TEAM_COPIL = 500_000, 600_000, 9100
NOW = "2026-11-01T09:00:00+00:00"


async def _crowd(flow: Flow, youths: int, mentors: int = 0) -> None:
    """Team 1 with `youths` youths (each with an open request) and `mentors` mentors; a second
    team with its own COPIL member."""
    conn = flow.db.conn
    await flow.db.teams.create("Littoral")
    rows: list[tuple[Any, ...]] = [
        (YOUTH0 + i, "youth", 1, f"Jeune {i:04d}") for i in range(youths)
    ] + [(MENTOR0 + i, "mentor", 1, f"Mentor {i:04d}") for i in range(mentors)]
    rows.append((TEAM_COPIL, "copil", 2, "Copil Littoral"))
    async with transaction(conn):
        await conn.executemany(
            """INSERT INTO people (telegram_id, role, team_id, display_name, language,
               consented_at, created_at) VALUES (?, ?, ?, ?, 'fr', ?, ?)""",
            [(*row, NOW, NOW) for row in rows],
        )
        await conn.executemany(
            """INSERT INTO requests (youth_id, team_id, themes, first_name, created_at)
               VALUES (?, 1, 'work', ?, ?)""",
            [(YOUTH0 + i, f"J{i:04d}", NOW) for i in range(youths)],
        )


def _fits(flow: Flow, chat: int) -> None:
    for message in flow.tg.bot_messages(chat):
        assert len(message.get("text", "")) <= 4096
        markup = message.get("reply_markup") or {}
        assert sum(len(row) for row in markup.get("inline_keyboard", [])) <= 100


def _alert(flow: Flow) -> str:
    return str(list(flow.tg.callback_answers.values())[-1].get("text", ""))


async def test_people_of_a_team_of_a_thousand_a_page_at_a_time(flow: Flow) -> None:
    await _crowd(flow, 1000, mentors=15)
    await flow.send(COPIL, "/people")
    await flow.press_label(COPIL, "Équipe principale")
    assert "Jeunes : 1'000" in flow.text(COPIL) and "Mentor·es : 15" in flow.text(COPIL)
    await flow.press(COPIL, "people:list:1:youth:0")
    assert "Jeune 0000" in flow.text(COPIL) and "Jeune 0010" not in flow.text(COPIL)
    assert "1/100" in flow.buttons(COPIL)
    await flow.press_label(COPIL, "▶")
    assert "Jeune 0010" in flow.text(COPIL) and "Jeune 0009" not in flow.text(COPIL)
    await flow.press(COPIL, "people:list:1:youth:99")
    assert "Jeune 0999" in flow.text(COPIL) and "▶" not in flow.buttons(COPIL)
    # Deactivating from a page is re-checked and says who.
    await flow.press(COPIL, f"people:off:{YOUTH0 + 999}")
    await flow.press(COPIL, f"people:offok:{YOUTH0 + 999}")
    assert not (await flow.db.people.get(YOUTH0 + 999)).active
    _fits(flow, COPIL)


async def test_forged_pages_are_answered_and_change_nothing(flow: Flow) -> None:
    await _crowd(flow, 1000)
    await flow.send(COPIL, "/people")
    await flow.press(COPIL, "people:list:1:youth:3")
    shown = flow.text(COPIL)
    for data in ("people:list:1:youth:100", "people:list:1:youth:-1", "people:list:1:admin:0",
                 "people:list:1:youth:99999999999999999999", "people:list:1:youth:"):  # fmt: skip
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow) or "inconnu" in _alert(flow), data
        assert flow.text(COPIL) == shown
    # A team COPIL member of Littoral may not page through team 1, nor deactivate in it.
    await flow.send(TEAM_COPIL, "/people")
    await flow.press(TEAM_COPIL, "people:list:1:youth:0")
    await flow.press(TEAM_COPIL, f"people:offok:{YOUTH0}")
    assert "Jeune" not in flow.text(TEAM_COPIL)
    assert (await flow.db.people.get(YOUTH0)).active


async def test_people_found_by_name(flow: Flow) -> None:
    await _crowd(flow, 1000)
    await flow.send(COPIL, "/people 0420")
    assert "Jeune 0420" in flow.text(COPIL) and ": 1 personne" in flow.text(COPIL)
    await flow.send(COPIL, "/people jeune")
    assert "1'000 personne" in flow.text(COPIL) and flow.text(COPIL).count("•") == 10
    await flow.send(COPIL, "/people %")  # a LIKE wildcard is a character like any other
    assert "Personne ne correspond" in flow.text(COPIL)
    await flow.send(TEAM_COPIL, "/people jeune")  # another team's people stay hidden
    assert "Personne ne correspond" in flow.text(TEAM_COPIL)
    _fits(flow, COPIL)


async def test_assign_pages_requests_and_mentors(flow: Flow) -> None:
    await _crowd(flow, 1000, mentors=25)
    await flow.send(COPIL, "/assign")
    assert len(flow.buttons(COPIL)) == 10 + 2  # ten requests, n/N and ▶
    await flow.press(COPIL, "assign:page:99")
    assert "J0999" in " ".join(flow.buttons(COPIL))
    shown = flow.text(COPIL)
    for data in ("assign:page:100", "assign:page:x", "assign:page:"):
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow), data
        assert flow.text(COPIL) == shown
    request = (await flow.db.requests.open_page([1], 999, 1))[1][0]
    await flow.press(COPIL, f"assign:req:{request.id}")
    assert len([d for d in flow.buttons(COPIL).values() if d.startswith("assign:to:")]) == 10
    await flow.press(COPIL, f"assign:mp:{request.id}:2")
    mentors = [d for d in flow.buttons(COPIL).values() if d.startswith("assign:to:")]
    assert len(mentors) == 5
    await flow.press(COPIL, f"assign:mp:{request.id}:3")
    assert "n'existe plus" in _alert(flow)
    await flow.press(COPIL, mentors[0])
    assert (await flow.db.requests.get(request.id)).status == "accepted"
    # Littoral's COPIL member cannot page through team 1's requests' mentors.
    other = (await flow.db.requests.open_page([1], 0, 1))[1][0]
    await flow.send(TEAM_COPIL, "/assign")
    assert "Aucune demande" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, f"assign:mp:{other.id}:0")
    assert (await flow.db.requests.get(other.id)).status == "open"
    _fits(flow, COPIL)


async def _groups(flow: Flow, count: int) -> None:
    """`count` groups in team 1, each with a session two days ago and one in two days."""
    conn = flow.db.conn
    past, ahead = "2026-11-20T17:00:00+00:00", "2026-11-24T17:00:00+00:00"
    async with transaction(conn):
        await conn.executemany(
            """INSERT INTO groups (id, name, team_id, rhythm, invite_token, created_by,
               created_at) VALUES (?, ?, 1, 'chaque mardi 18h', ?, ?, ?)""",
            [(g, f"Groupe {g:04d}", f"tok{g}", COPIL, NOW) for g in range(1, count + 1)],
        )
        await conn.executemany(
            "INSERT INTO sessions (group_id, starts_at) VALUES (?, ?)",
            [(g, at) for g in range(1, count + 1) for at in (past, ahead)],
        )


async def test_resource_pages_mentors_and_finds_them_by_name(flow: Flow) -> None:
    await _crowd(flow, 0, mentors=1000)
    await flow.send(COPIL, "/resource")
    mentors = [d for d in flow.buttons(COPIL).values() if d.startswith("res:m:")]
    assert len(mentors) == 10 and "1/100" in flow.buttons(COPIL)
    await flow.press(COPIL, "res:list:99")
    assert "Mentor 0999" in flow.text(COPIL)
    shown = flow.text(COPIL)
    for data in ("res:list:100", "res:list:x", "res:list:-1"):
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow) or "pas permis" in _alert(flow), data
        assert flow.text(COPIL) == shown
    await flow.send(COPIL, "/resource Mentor 0420")
    assert "Mentor 0420" in flow.text(COPIL) and "Mentor 0421" not in flow.text(COPIL)
    await flow.press(COPIL, f"res:m:{MENTOR0 + 420}")
    await flow.press(COPIL, f"res:set:{MENTOR0 + 420}:{COPIL}")
    assert await flow.db.resource.of(MENTOR0 + 420) == COPIL
    _fits(flow, COPIL)


async def test_groups_programme_wide_a_page_of_ten(flow: Flow) -> None:
    await _groups(flow, 1000)
    await flow.send(COPIL, "/groups")
    assert flow.text(COPIL).count("Groupe ") == 10 and "1/100" in flow.buttons(COPIL)
    await flow.press(COPIL, "grp:page:99")
    assert "Groupe 1000" in flow.text(COPIL)
    shown = flow.text(COPIL)
    for data in ("grp:page:100", "grp:page:x", "grp:page:"):
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow), data
        assert flow.text(COPIL) == shown
    await flow.send(TEAM_COPIL, "/groups")  # Littoral leads none of them
    await flow.press(TEAM_COPIL, "grp:page:0")
    assert "Groupe" not in flow.text(TEAM_COPIL)
    _fits(flow, COPIL)


async def test_attendance_pages_sessions_of_a_thousand_groups(flow: Flow) -> None:
    await _groups(flow, 1000)
    await flow.send(COPIL, "/attendance")
    shown = [d for d in flow.buttons(COPIL).values() if d.startswith("gra:show:")]
    assert len(shown) == 10 and "1/100" in flow.buttons(COPIL)
    await flow.press(COPIL, "gra:page:99")
    last = [d for d in flow.buttons(COPIL).values() if d.startswith("gra:show:")]
    assert len(last) == 10 and not set(last) & set(shown)
    for data in ("gra:page:100", "gra:page:x"):
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow), data
    await flow.press(COPIL, last[0])
    assert "présent" in flow.text(COPIL)
    _fits(flow, COPIL)


async def test_a_long_month_of_hours_goes_as_one_file_with_a_summary(flow: Flow) -> None:
    # A national month was 113 messages of 4,000 characters: now one summary and the file.
    await _crowd(flow, 0, mentors=1000)
    async with transaction(flow.db.conn):
        await flow.db.conn.executemany(
            """INSERT INTO logs (mentor_id, team_id, kind, day, minutes, created_at, updated_at)
               VALUES (?, 1, 'one_off', ?, 45, ?, ?)""",
            [(MENTOR0 + i, day, NOW, NOW) for i in range(1000) for day in ("2026-11-05",
             "2026-10-05", "2025-12-01", "2025-11-30")],
        )  # fmt: skip
    await flow.send(COPIL, "/hours")
    assert flow.buttons(COPIL)["📅 Les 12 derniers mois"] == "hours:year:2026-11"
    before = len(flow.tg.bot_messages(COPIL))
    await flow.press(COPIL, "hours:team:2026-11")
    sent = flow.tg.bot_messages(COPIL)[before:]
    assert len(sent) == 2  # one summary, one file
    assert "1'000 mentor·es dans 2 équipe(s) : 750 h 00 en tout" in sent[0]["text"]
    rows = flow.tg.file_bytes(sent[1]["document"]["file_id"]).decode("utf-8-sig").splitlines()
    assert len(rows) == 1001 and rows[1].startswith("Équipe principale;Mentor 0000;45;")
    # The last twelve months: December to November, the day before left out.
    await flow.press(COPIL, "hours:year:2026-11")
    sent = flow.tg.bot_messages(COPIL)[before + 2 :]
    assert len(sent) == 2 and "2'250 h 00 en tout" in sent[0]["text"], sent[0]["text"]
    assert sent[1]["document"]["file_name"] == "lien-team-hours-2025-12-2026-11.csv"
    _fits(flow, COPIL)
    # A team's COPIL sees only their team: Littoral has no follow-up, and says so in full.
    await flow.send(TEAM_COPIL, "/hours")
    await flow.press(TEAM_COPIL, "hours:year:2026-11")
    said = flow.tg.bot_messages(TEAM_COPIL)[-2]["text"]
    assert "Littoral" in said and "Aucun suivi noté." in said and "Mentor 0000" not in said


async def _partners(flow: Flow, count: int) -> list[int]:
    """`count` social services of team 1, not shared with Littoral."""
    async with transaction(flow.db.conn):
        await flow.db.conn.executemany(
            """INSERT INTO partners (team_id, shared, domain, name, phone, created_at,
               updated_at) VALUES (1, 0, 'social', ?, '000 000 00 00', ?, ?)""",
            [(f"Service {i:04d}", NOW, NOW) for i in range(count)],
        )
    async with flow.db.conn.execute("SELECT id FROM partners ORDER BY name") as cur:
        return [row[0] for row in await cur.fetchall()]


async def test_partners_of_a_domain_and_found_by_name_a_page_at_a_time(flow: Flow) -> None:
    await _crowd(flow, 0)
    ids = await _partners(flow, 1000)
    await flow.send(COPIL, "/partners")
    await flow.press(COPIL, "pt:dom:social")
    assert "1'000 partenaires" in flow.text(COPIL) and "1/100" in flow.buttons(COPIL)
    assert "Service 0009" in flow.buttons(COPIL) and "Service 0010" not in flow.buttons(COPIL)
    await flow.press_label(COPIL, "▶")
    assert "Service 0010" in flow.buttons(COPIL) and "2/100" in flow.buttons(COPIL)
    await flow.press(COPIL, "pt:dom:social:99")
    assert "Service 0999" in flow.buttons(COPIL) and "▶" not in flow.buttons(COPIL)
    shown = flow.buttons(COPIL)
    for data in ("pt:dom:social:100", "pt:dom:social:x", "pt:dom:social:-1"):
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow), data
        assert flow.buttons(COPIL) == shown
    await flow.press_label(COPIL, "Service 0999")
    assert "000 000 00 00" in flow.text(COPIL)
    # By name: a hundred found, ten at a time; the pages follow the name searched.
    await flow.send(COPIL, "/partners service 09")
    assert "100 partenaires trouvés" in flow.text(COPIL) and "1/10" in flow.buttons(COPIL)
    await flow.press(COPIL, "pt:found:9")
    assert "Service 0999" in flow.buttons(COPIL) and "Service 0989" not in flow.buttons(COPIL)
    await flow.press(COPIL, "pt:found:10")
    assert "n'existe plus" in _alert(flow)
    _fits(flow, COPIL)
    # Littoral sees none of team 1's own entries, by list or by a forged id.
    await flow.send(TEAM_COPIL, "/partners")
    await flow.press(TEAM_COPIL, "pt:dom:social")
    assert "aucun partenaire" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, f"pt:show:{ids[0]}")
    assert "Service" not in flow.text(TEAM_COPIL) and "plus valable" in _alert(flow)


async def test_a_groups_sessions_ahead_a_page_at_a_time(flow: Flow) -> None:
    await _crowd(flow, 0)
    await _groups(flow, 1)
    async with transaction(flow.db.conn):
        await flow.db.conn.executemany(
            "INSERT INTO sessions (group_id, starts_at) VALUES (1, ?)",
            [(f"{2027 + i // 300}-{1 + i % 300 // 25:02d}-{1 + i % 25:02d}T17:00:00+00:00",)
             for i in range(999)],
        )  # fmt: skip
    await flow.send(COPIL, "/groups")
    await flow.press_label(COPIL, "Groupe 0001 · mar. 24.11")  # its next session
    await flow.press_label(COPIL, "Toutes les séances")
    assert "1'000 séance(s) à venir" in flow.text(COPIL) and "1/100" in flow.buttons(COPIL)
    first = [d for d in flow.buttons(COPIL).values() if d.startswith("grs:show:")]
    assert len(first) == 10
    await flow.press(COPIL, "grs:all:1:99")
    last = [d for d in flow.buttons(COPIL).values() if d.startswith("grs:show:")]
    assert len(last) == 10 and not set(first) & set(last) and "▶" not in flow.buttons(COPIL)
    shown = flow.text(COPIL)
    for data in ("grs:all:1:100", "grs:all:1:x", "grs:all:1:", "grs:all:x:0", "grs:all:2:0"):
        await flow.press(COPIL, data)
        assert "n'existe plus" in _alert(flow) or "pas possible" in _alert(flow), data
        assert flow.text(COPIL) == shown
    await flow.press(COPIL, last[-1])
    assert "Groupe 0001" in flow.text(COPIL) and "Oui" in flow.text(COPIL)
    _fits(flow, COPIL)
    await flow.send(TEAM_COPIL, "/groups")  # Littoral does not lead it
    await flow.press(TEAM_COPIL, "grs:all:1:0")
    assert "séance(s) à venir" not in flow.text(TEAM_COPIL)
