"""Check-ins (issue 14): every two weeks of an active link the youth gets five faces, then a
theme; the mentor never sees the answer; very low goes through the safety net's medium
level; very low twice tells the mentor (without the score); "don't ask again" is final;
/mydata shows the taps and /forget erases them."""

from __future__ import annotations

import json

from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, notice_of

YOUTH, MARC = 1001, 2001


async def _linked(flow: Flow) -> int:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, name="Zoé", message=None)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    link = await flow.db.links.active_of_youth(YOUTH)
    assert link is not None
    return int(link.id)


async def _days(flow: Flow, days: int) -> None:
    for _ in range(days):
        await flow.later(days=1)
    await flow.settle()


def _count(flow: Flow, chat: int, part: str) -> int:
    return sum(part in str(m.get("text", "")) for m in flow.tg.bot_messages(chat))


async def _rows(flow: Flow) -> list[dict[str, object]]:
    async with flow.db.conn.execute(
        "SELECT youth_id, mood, theme FROM checkins ORDER BY id"
    ) as cur:
        return [dict(row) for row in await cur.fetchall()]


def _checkin_id(flow: Flow) -> int:
    data = next(iter(flow.buttons(YOUTH).values()))
    return int(data.split(":")[2])


async def test_every_two_weeks_five_faces_then_a_theme(flow: Flow) -> None:
    await _linked(flow)
    await _days(flow, 13)
    assert _count(flow, YOUTH, "Comment ça va en ce moment") == 0
    await _days(flow, 1)
    assert "Comment ça va en ce moment" in flow.text(YOUTH)
    labels = list(flow.buttons(YOUTH))
    assert labels[:5] == ["😞", "🙁", "😐", "🙂", "😄"]
    checkin = _checkin_id(flow)
    mentor_before = len(flow.tg.bot_messages(MARC))
    await flow.press(YOUTH, f"ci:m:{checkin}:4")
    assert "pèse le plus" in flow.text(YOUTH)
    await flow.press(YOUTH, f"ci:t:{checkin}:housing")
    assert "c'est noté" in flow.text(YOUTH)
    assert await _rows(flow) == [{"youth_id": YOUTH, "mood": 4, "theme": "housing"}]
    await flow.press(YOUTH, f"ci:m:{checkin}:1")  # a second tap changes nothing
    assert (await _rows(flow))[0]["mood"] == 4
    await flow.settle()
    assert len(flow.tg.bot_messages(MARC)) == mentor_before  # the mentor sees nothing
    await _days(flow, 13)
    assert _count(flow, YOUTH, "Comment ça va en ce moment") == 0  # the first was edited
    await _days(flow, 1)
    assert _count(flow, YOUTH, "Comment ça va en ce moment") == 1
    assert len(await _rows(flow)) == 2


async def test_forged_answers_change_nothing(flow: Flow) -> None:
    await _linked(flow)
    await _days(flow, 14)
    checkin = _checkin_id(flow)
    for data in (f"ci:m:{checkin}:9", f"ci:m:{checkin}:0", f"ci:t:{checkin}:x", "ci:m:x:1"):
        await flow.press(YOUTH, data)
    await flow.join(1002, name="Léa")  # someone else's question
    await flow.press(1002, f"ci:m:{checkin}:2")
    assert (await _rows(flow))[0]["mood"] is None


async def test_very_low_asks_if_safe_and_twice_tells_the_mentor(flow: Flow) -> None:
    await _linked(flow)
    await _days(flow, 14)
    await flow.press(YOUTH, f"ci:m:{_checkin_id(flow)}:1")
    assert "en sécurité" in flow.text(YOUTH)  # the safety net's medium level
    alert = next(iter(flow.buttons(YOUTH).values())).split(":")[2]
    await flow.press(YOUTH, f"sfq:ok:{alert}")
    await flow.settle()
    assert _count(flow, MARC, "prendre des nouvelles") == 0  # once is not twice
    await _days(flow, 14)
    await flow.press(YOUTH, f"ci:m:{_checkin_id(flow)}:1")
    alert = next(iter(flow.buttons(YOUTH).values())).split(":")[2]
    copil_before = len(flow.tg.bot_messages(COPIL))
    await flow.press(YOUTH, f"sfq:not_really:{alert}")  # -> numbers and the COPIL's alert
    await flow.settle()
    assert len(flow.tg.bot_messages(COPIL)) > copil_before
    assert "Peut-être un moment pour prendre des nouvelles de Zoé" in flow.text(MARC)
    assert "1" not in flow.text(MARC).replace("Zoé", "")  # never the score
    async with flow.db.conn.execute(
        "SELECT level, rule, answer FROM safety_alerts ORDER BY id"
    ) as cur:
        alerts = [tuple(row) for row in await cur.fetchall()]
    assert alerts == [
        ("medium", "checkin.very-low", "ok"),
        ("medium", "checkin.very-low", "not_really"),
    ]


async def test_no_once_means_never_and_mydata_forget(flow: Flow) -> None:
    await _linked(flow)
    await _days(flow, 14)
    await flow.press(YOUTH, f"ci:m:{_checkin_id(flow)}:3")
    await flow.press(YOUTH, f"ci:t:{_checkin_id(flow)}:skip")
    await _days(flow, 14)
    await flow.press(YOUTH, f"ci:off:{_checkin_id(flow)}")
    assert "ne te le demandera plus" in flow.text(YOUTH)
    await _days(flow, 60)
    assert len(await _rows(flow)) == 2
    await flow.send(YOUTH, "/mydata")
    document = flow.last(YOUTH)["document"]
    body = json.loads(flow.tg.file_bytes(document["file_id"]))
    assert [c["mood"] for c in body["checkins"]] == [3, None]
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    assert await _rows(flow) == []


async def test_a_link_that_ends_asks_two_taps_once(flow: Flow) -> None:
    link_id = await _linked(flow)
    await flow.send(YOUTH, "/stop")
    await flow.press(YOUTH, f"stop:yes:{link_id}")
    await flow.later(hours=1)
    await flow.settle()
    assert "Ce lien t'a aidé·e ?" in flow.text(YOUTH)
    feedback = int(flow.buttons(YOUTH)["4"].split(":")[2])
    await flow.press(YOUTH, f"fb:r:{feedback}:yes")  # out of order: refused
    await flow.press(YOUTH, f"fb:h:{feedback}:9")  # forged: refused
    await flow.press(YOUTH, f"fb:h:{feedback}:4")
    assert "conseillerais" in flow.text(YOUTH)
    assert list(flow.buttons(YOUTH)) == ["Oui", "Peut-être", "Non"]
    await flow.press(YOUTH, f"fb:r:{feedback}:maybe")
    assert "Merci pour ta réponse" in flow.text(YOUTH)
    await flow.press(YOUTH, f"fb:h:{feedback}:1")  # a second tap changes nothing
    async with flow.db.conn.execute("SELECT link_id, helped, recommend FROM link_feedback") as cur:
        assert [tuple(r) for r in await cur.fetchall()] == [(link_id, 4, "maybe")]
    await _days(flow, 10)  # asked once (the one question became the thanks)
    assert sum("aidé·e" in str(m) for m in flow.tg.bot_messages(YOUTH)) == 0
    await flow.send(YOUTH, "/mydata")
    body = json.loads(flow.tg.file_bytes(flow.last(YOUTH)["document"]["file_id"]))
    assert body["link_feedback"][0]["recommend"] == "maybe"
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    async with flow.db.conn.execute("SELECT count(*) FROM link_feedback") as cur:
        assert (await cur.fetchone())[0] == 0


async def _ended_with_taps(flow: Flow, youth: int, name: str) -> int:
    """A youth linked to Marc ends the link and taps 4 and yes; the feedback's id."""
    request = await ask(flow, youth, name=name, message=None)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    link = await flow.db.links.active_of_youth(youth)
    assert link is not None
    await flow.send(youth, "/stop")
    await flow.press(youth, f"stop:yes:{link.id}")
    await flow.later(hours=1)
    await flow.settle()
    feedback = int(flow.buttons(youth)["4"].split(":")[2])
    await flow.press(youth, f"fb:h:{feedback}:4")
    await flow.press(youth, f"fb:r:{feedback}:yes")
    return feedback


async def test_a_few_words_reach_the_copil_without_a_name_once_five_wait(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    team = (await flow.db.people.get(MARC)).team_id
    # Three words already wait in Marc's team (youths who ended their links earlier).
    for n in range(3):
        other = 70001 + n
        await flow.db.checkins.record_past_feedback(other, 900 + n, team, flow.clock(), 5, "yes")
        async with flow.db.conn.execute(
            "SELECT id FROM link_feedback WHERE youth_id = ?", (other,)
        ) as cur:
            (row,) = await cur.fetchall()
        assert await flow.db.checkins.add_words(row[0], other, f"Mot numéro {n}") == team
    copil_before = len(flow.tg.bot_messages(COPIL))
    feedback = await _ended_with_taps(flow, YOUTH, "Zoé")
    assert "ajouter quelques mots" in flow.text(YOUTH)
    await flow.press(YOUTH, f"fb:w:{feedback}")
    assert "en un seul message" in flow.text(YOUTH)
    await flow.send(YOUTH, "x" * 501)  # too long: said, nothing kept, still asked
    assert "un peu long" in flow.text(YOUTH)
    await flow.send(YOUTH, "Marc m'a beaucoup aidée pour mon CV.")
    assert "L'équipe les lira sans ton nom" in flow.text(YOUTH)
    await flow.settle()
    # Four wait: held, the COPIL hears nothing yet.
    assert len(flow.tg.bot_messages(COPIL)) == copil_before
    await flow.press(YOUTH, f"fb:w:{feedback}")  # words once: a second press is refused
    assert "déjà répondu" in list(flow.tg.callback_answers.values())[-1]["text"]
    # The fifth: all five go to the team's COPIL together, without any name.
    second = await _ended_with_taps(flow, 1002, "Léon")
    await flow.press(1002, f"fb:w:{second}")
    await flow.send(1002, "Merci <b>à tous</b>")
    await flow.settle()
    sent = flow.tg.bot_messages(COPIL)[copil_before:]
    assert len(sent) == 1
    text = sent[0]["text"]
    assert "Des mots de jeunes" in text and "Merci <b>à tous</b>" in text
    assert all(f"Mot numéro {n}" in text for n in range(3)) and "mon CV" in text
    assert "Zoé" not in text and "Léon" not in text
    async with flow.db.conn.execute(
        "SELECT count(*) FROM link_feedback WHERE words_sent_at IS NOT NULL"
    ) as cur:
        assert (await cur.fetchone())[0] == 5
    # /mydata shows the youth's words; /forget erases them.
    await flow.send(YOUTH, "/mydata")
    body = json.loads(flow.tg.file_bytes(flow.last(YOUTH)["document"]["file_id"]))
    assert body["link_feedback"][0]["words"] == "Marc m'a beaucoup aidée pour mon CV."
    await flow.send(YOUTH, "/forget")
    await flow.press(YOUTH, "forget:yes")
    async with flow.db.conn.execute(
        "SELECT count(*) FROM link_feedback WHERE youth_id = ?", (YOUTH,)
    ) as cur:
        assert (await cur.fetchone())[0] == 0


async def test_no_thanks_and_cancel_keep_no_words(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    feedback = await _ended_with_taps(flow, YOUTH, "Zoé")
    await flow.press(YOUTH, f"fb:w:{feedback}")
    await flow.send(YOUTH, "/cancel")
    await flow.send(YOUTH, "Bonjour")  # plain text again, not words
    await flow.press(YOUTH, f"fb:nowords:{feedback}")
    assert "Elle aide l'équipe" in flow.text(YOUTH)
    async with flow.db.conn.execute("SELECT words FROM link_feedback") as cur:
        assert [r[0] for r in await cur.fetchall()] == [None]
