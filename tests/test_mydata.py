"""/mydata and /forget, and forged button presses that must change nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from storage.logs import LogFields
from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, notice_of

YOUTH, YOUTH_2, MARC, NADIA = 1001, 1002, 2001, 2002


async def _linked(flow: Flow, youth: int = YOUTH, name: str = "Zoé", mentor: int = MARC) -> int:
    request = await ask(flow, youth, name=name, message="Message-unique-Axolotl")
    await flow.press(mentor, f"req:acc:{request.id}", notice_of(flow, mentor, request.id))
    return int((await flow.db.links.active_of_youth(youth)).id)


def _document(flow: Flow, chat_id: int) -> dict[str, object]:
    sent = flow.last(chat_id)
    assert sent["document"]["file_name"] == "lien-mydata.json"
    data = flow.tg.file_bytes(sent["document"]["file_id"])
    assert data is not None
    return dict(json.loads(data))


async def test_mydata_sends_everything_stored_about_the_youth(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow)
    await flow.send(YOUTH, "bonjour")
    await flow.send(YOUTH, "/mydata")
    document = _document(flow, YOUTH)
    assert document["telegram_id"] == YOUTH
    assert document["profile"][0]["display_name"] == "Zoé"
    assert document["requests"][0]["message"] == "Message-unique-Axolotl"
    assert document["links"][0]["mentor"] == "Marc"
    assert document["relayed_messages"][0]["way"] == "sent"
    assert "bonjour" not in json.dumps(document), "relayed content is never stored"
    assert "export" in await flow.db.audit.actions(YOUTH)


@pytest.mark.sqlite_file("looks for erased words in the SQLite file and its WAL")
async def test_forget_erases_the_youth_from_file_and_wal(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await flow.tg.user(YOUTH, first_name="Prénom-Quetzal")
    link_id = await _linked(flow, name="Prénom-Quetzal")
    await flow.send(YOUTH, "Un message relayé", first_name="Prénom-Quetzal")
    note = flow.app.bot_data.notes.seal("CV relu ensemble")
    fields = LogFields("long_term", date(2026, 11, 21), 45, ("work",), youth_id=YOUTH, note=note)
    log_id = await flow.db.logs.add(MARC, 1, fields)
    # Issue 5's rows about the youth go too (a pending news item must never reach them).
    for sql in (
        "INSERT INTO broadcasts (id, author_id, audience, text, status, created_at)"
        " VALUES (77, 9001, 'youth', 'Sortie au lac', 'sending', '2026-11-22')",
        f"INSERT INTO outbox (broadcast_id, chat_id) VALUES (77, {YOUTH})",
        "INSERT INTO events (id, kind, title, audience, starts_at, minutes, place, author_id,"
        " created_at) VALUES (5, 'info', 'Atelier CV', 'youth', '2026-12-01', 60, 'Local',"
        " 9001, '2026-11-22')",
        f"INSERT INTO event_answers VALUES (5, {YOUTH}, 'yes', '2026-11-22', NULL)",
    ):
        await flow.db.conn.execute(sql)
    await flow.send(YOUTH, "/mydata", first_name="Prénom-Quetzal")
    assert {"messages_received", "event_answers", "follow_ups"} <= set(_document(flow, YOUTH))
    await flow.db.checkpoint()
    path = flow.app.bot_data.settings.database
    assert b"Quetzal" in path.read_bytes(), "the test would otherwise prove nothing"

    await flow.send(YOUTH, "/forget", first_name="Prénom-Quetzal")
    await flow.press(YOUTH, "forget:no")
    assert await flow.db.people.get(YOUTH) is not None
    await flow.send(YOUTH, "/forget", first_name="Prénom-Quetzal")
    await flow.press(YOUTH, "forget:yes")
    assert "tout est effacé" in flow.text(YOUTH)
    assert "a choisi d'arrêter le lien" in flow.text(MARC)
    assert not [m for m in flow.tg.bot_messages(MARC) if "Quetzal" in m.get("text", "")][:-1], (
        "the notice no longer names the youth; only the last goodbye does"
    )

    await flow.db.checkpoint()
    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        assert b"Quetzal" not in data, file
        assert b"Axolotl" not in data, file
    assert await flow.db.people.get(YOUTH) is None
    assert await flow.db.links.get(link_id) is None
    assert "forget" in await flow.db.audit.actions(YOUTH)
    async with flow.db.conn.execute(
        "SELECT youth_id, note, minutes FROM logs WHERE id = ?", (log_id,)
    ) as cur:
        assert tuple(await cur.fetchone()) == (None, None, 45), "kept for reimbursement"
    for table, column in (("outbox", "chat_id"), ("event_answers", "person_id")):
        async with flow.db.conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", (YOUTH,)
        ) as cur:
            assert (await cur.fetchone())[0] == 0, table

    await flow.send(YOUTH, "/mydata")
    assert flow.text(YOUTH) == "Je n'ai aucune donnée sur toi."
    # The mentor's relay no longer knows them.
    await flow.send(MARC, "Tu es là ?")
    assert "/help" in flow.text(MARC)
    await flow.send(MARC, "/talk")
    assert "personne à qui écrire" in flow.text(MARC)


async def test_only_a_youth_can_forget_here(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await flow.send(MARC, "/forget")
    assert flow.text(MARC) == "Cette action n'est pas possible pour vous."
    await flow.press(MARC, "forget:yes")
    assert await flow.db.people.get(MARC) is not None


async def _last_answer(flow: Flow) -> str:
    return str(list(flow.tg.callback_answers.values())[-1]["text"])


@pytest.mark.parametrize(
    "data",
    [
        "req:acc:abc",
        "req:acc:99999",
        "req:zzz:1",
        "req:",
        "talk:link:99999",
        "talk:garbage",
        "end:r:99999:goals",
        "stop:yes:abc",
        "peer:invite:1",
        "assign:to:1:2",
        "forget:maybe",
    ],
)
async def test_garbage_buttons_change_nothing(flow: Flow, data: str) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    before = await _snapshot(flow)
    for presser in (YOUTH, MARC, COPIL):
        await flow.send(presser, "/help")
        await flow.press(presser, data)
        assert await _last_answer(flow), data
    assert await _snapshot(flow) == before
    assert (await flow.db.links.get(link_id)).active


async def _snapshot(flow: Flow) -> list[object]:
    rows: list[object] = []
    for table in ("requests", "links", "people", "request_mentors"):
        async with flow.db.conn.execute(f"SELECT * FROM {table} ORDER BY 1") as cur:
            rows.append([tuple(r) for r in await cur.fetchall()])
    return rows


async def test_forged_presses_on_others_requests_and_links_change_nothing(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    other_team = await flow.db.teams.create("Littoral")
    await make_mentor(flow, 2003, "Sam", team_id=other_team.id)
    request = await ask(flow, YOUTH, message=None)

    # A mentor of another team was not notified: accepting is refused.
    await flow.send(2003, "/help")
    await flow.press(2003, f"req:acc:{request.id}")
    assert await _last_answer(flow) == "Cette action n'est pas possible pour vous."
    # A youth cannot accept.
    await flow.press(YOUTH, f"req:acc:{request.id}")
    assert await flow.db.links.of_request(request.id) is None

    nadia_notice = notice_of(flow, NADIA, request.id)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    link = await flow.db.links.of_request(request.id)
    # Nadia cannot end Marc's link, nor stop it; another youth cannot stop it.
    await flow.send(NADIA, "/help")
    await flow.press(NADIA, f"end:r:{link.id}:goals")
    assert await _last_answer(flow) == "Cette action n'est pas possible pour vous."
    await flow.join(YOUTH_2)
    await flow.press(YOUTH_2, f"stop:yes:{link.id}")
    assert await _last_answer(flow) == "Cette action n'est pas possible pour toi."
    # Nadia cannot write into the link by choosing it.
    await flow.press(NADIA, f"talk:link:{link.id}")
    await flow.send(NADIA, "Coucou")
    assert flow.last(YOUTH)["text"] != "Coucou"
    # A youth cannot make themself a peer helper, even on a "found work" link.
    await flow.press(YOUTH, f"peer:invite:{link.id}")
    assert (await flow.db.people.get(YOUTH)).role == "youth"
    assert (await flow.db.links.get(link.id)).active

    # Ended links: pressing stop or end again answers clearly and changes nothing.
    await flow.send(YOUTH, "/stop")
    stop_message = flow.last(YOUTH)
    await flow.press(YOUTH, f"stop:yes:{link.id}")
    await flow.press(YOUTH, f"stop:yes:{link.id}", stop_message)
    assert await _last_answer(flow) == "Ce lien est déjà terminé."
    await flow.press(MARC, f"end:r:{link.id}:work")
    assert await _last_answer(flow) == "Ce suivi est déjà terminé."
    assert (await flow.db.links.get(link.id)).end_reason == "stopped"
    # The old notice's Accept after the link ended: still taken, no second link.
    await flow.press(NADIA, f"req:acc:{request.id}", nadia_notice)
    assert (
        await _last_answer(flow)
        == "Cette demande a déjà été acceptée par un·e autre mentor·e. Merci d'avoir répondu !"
    )
    async with flow.db.conn.execute("SELECT count(*) FROM links") as cur:
        assert (await cur.fetchone())[0] == 1


async def test_a_team_copil_cannot_assign_another_teams_request(flow: Flow) -> None:
    other = await flow.db.teams.create("Littoral")
    await make_mentor(flow, 2003, "Sam", team_id=other.id)
    payload = await flow.invite_link("copil", team_id=1)
    await flow.send(3001, f"/start {payload}")
    await flow.press(3001, "lang:fr")
    await flow.press(3001, "consent:yes:fr")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, f"request:team:{other.id}")
    await flow.press(YOUTH, "request:met:skip")
    await flow.press(YOUTH, "request:theme:work")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:18_25")
    await flow.press(YOUTH, "request:name")
    await flow.press(YOUTH, "request:msg:skip")
    await flow.press(YOUTH, "request:send")
    request = await flow.db.requests.open_of(YOUTH)
    await flow.send(3001, "/assign")
    assert flow.text(3001) == "Aucune demande en attente. 🎉"
    await flow.press(3001, f"assign:to:{request.id}:2003")
    assert await _last_answer(flow) == "Cette action n'est pas possible pour vous."
    assert (await flow.db.requests.get(request.id)).status == "open"


async def test_a_deactivated_youth_keeps_stop_mydata_and_forget(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.db.people.set_active(YOUTH, False)
    await flow.send(YOUTH, "/request")
    assert "accès" in flow.text(YOUTH).lower(), "other features stay closed"
    await flow.send(MARC, "Tu es là ?")
    assert flow.last(YOUTH).get("text") != "Tu es là ?", "no route to a deactivated youth"
    assert "L'équipe a fermé l'accès de Zoé" in flow.text(MARC)
    await flow.send(YOUTH, "/mydata")
    assert _document(flow, YOUTH)["telegram_id"] == YOUTH
    await flow.send(YOUTH, "/stop")
    await flow.press(YOUTH, f"stop:yes:{link_id}")
    assert (await flow.db.links.get(link_id)).end_reason == "stopped"
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    assert await flow.db.people.get(YOUTH) is None


async def test_a_peer_helper_can_erase_their_youth_era_data(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.send(MARC, "/end")
    await flow.press(MARC, f"end:r:{link_id}:work")
    await flow.press(YOUTH, f"peer:yes:{link_id}")
    await flow.press(COPIL, f"peer:invite:{link_id}")
    assert (await flow.db.people.get(YOUTH)).role == "peer_helper"
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    assert await flow.db.people.get(YOUTH) is None
    assert await flow.db.links.get(link_id) is None


async def test_forget_clears_the_youth_from_the_mentors_saved_drafts(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.send(MARC, "/talk")
    await flow.send(MARC, "/log")
    await flow.press(MARC, f"log:y:{YOUTH}")
    marc = flow.app.user_data[MARC]
    assert marc["log"]["youth_id"] == YOUTH
    marc["relay_talk_to"] = f"link:{link_id}"
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    assert marc["log"]["youth_id"] is None and "relay_talk_to" not in marc
    async with flow.db.conn.execute(
        "SELECT value FROM persistence WHERE kind = 'user_data' AND key = ?", (str(MARC),)
    ) as cur:
        saved = (await cur.fetchone())[0]
    assert str(YOUTH) not in saved and f"link:{link_id}" not in saved


async def test_forget_erases_notices_about_the_youth_still_waiting_for_others(
    flow: Flow,
) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow, name="Prénom-Tatou")
    flow.kick_after_updates = False  # Marc's notice of the stop waits in the outbox
    await flow.send(YOUTH, "/stop")
    await flow.press(YOUTH, f"stop:yes:{link_id}")
    waiting = await flow.db.outbox.delivery(f"link:{link_id}:ended")
    assert waiting is not None and waiting.status == "pending"
    assert "Tatou" in str(waiting.params), "the test would otherwise prove nothing"
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    assert "tout est effacé" in flow.text(YOUTH)
    await flow.settle()
    assert not [m for m in flow.tg.bot_messages(MARC) if "Tatou" in m.get("text", "")]
    assert await flow.db.outbox.delivery(f"link:{link_id}:ended") is None
    async with flow.db.conn.execute("SELECT params FROM outbox") as cur:
        assert not [row for row in await cur.fetchall() if "Tatou" in (row[0] or "")]
