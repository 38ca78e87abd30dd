"""The safety net in the bot: numbers to the youth, the message relayed marked, the COPIL
alerted, on every must-trigger phrasing; silence on every must-not sentence."""

from __future__ import annotations

from typing import Any

from tests.conftest import COPIL, Flow
from tests.test_safety import (
    MUST_NOT_TRIGGER_EN,
    MUST_NOT_TRIGGER_FR,
    MUST_TRIGGER_EN,
    MUST_TRIGGER_FR,
)
from tests.youth_steps import ask, make_mentor, notice_of

YOUTH, MARC = 1001, 2001


async def _linked(flow: Flow, language: str = "fr") -> int:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None, language=language)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    return int((await flow.db.links.active_of_youth(YOUTH)).id)


async def _alerts(flow: Flow) -> int:
    async with flow.db.conn.execute("SELECT count(*) FROM safety_alerts") as cur:
        return int((await cur.fetchone())[0])


async def test_a_crisis_message_brings_numbers_marks_the_relay_and_alerts(flow: Flow) -> None:
    link_id = await _linked(flow)
    await flow.send(YOUTH, "des fois j'ai envie de me suicider")
    youth_texts = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    numbers = youth_texts[-1]
    assert "transmis" not in numbers, "said only when nothing is passed on"
    for number in ("144", "117", "143 — La Main Tendue", "147 — Pro Juventute"):
        assert number in numbers
    assert "COPIL" not in numbers and "l'équipe est prévenue" in numbers
    marc = flow.tg.bot_messages(MARC)
    assert "mots de détresse" in marc[-2]["text"]
    assert marc[-1]["text"] == "des fois j'ai envie de me suicider"
    alert = flow.text(COPIL)
    assert "idées suicidaires" in alert and f"Lien n° {link_id} avec Marc" in alert
    assert "envie de me suicider" in alert
    async with flow.db.conn.execute("SELECT category, link_id FROM safety_alerts") as cur:
        assert [tuple(r) for r in await cur.fetchall()] == [("suicide", link_id)]
    async with flow.db.conn.execute("SELECT flagged FROM relayed") as cur:
        assert [r[0] for r in await cur.fetchall()] == [1]


async def test_every_must_trigger_phrasing_alerts_the_copil(flow: Flow) -> None:
    await _linked(flow)
    phrasings = [text for text, _category in MUST_TRIGGER_FR + MUST_TRIGGER_EN]
    for count, text in enumerate(phrasings, 1):
        copil_before = len(flow.tg.bot_messages(COPIL))
        await flow.send(YOUTH, text)
        assert await _alerts(flow) == count, text
        hit = flow.app.bot_data.safety.check(text)
        assert hit is not None, text
        # high: the alert at once; medium: the youth is asked first (tests/safety/)
        alerted = 1 if hit.level == "high" else 0
        assert len(flow.tg.bot_messages(COPIL)) == copil_before + alerted, text
        if hit.level == "medium":
            assert "en sécurité en ce moment" in flow.text(YOUTH), text
        assert flow.last(MARC)["text"] == text


async def test_no_must_not_sentence_alerts_anyone(flow: Flow) -> None:
    await _linked(flow)
    copil_before = len(flow.tg.bot_messages(COPIL))
    for text in MUST_NOT_TRIGGER_FR + MUST_NOT_TRIGGER_EN:
        youth_before = len(flow.tg.bot_messages(YOUTH))
        await flow.send(YOUTH, text)
        assert flow.last(MARC)["text"] == text
        # Only where it went ("→ Marc", issue 10 item 4): no numbers, no question.
        said = [m.get("text") for m in flow.tg.bot_messages(YOUTH)[youth_before:]]
        assert said == ["→ Marc"], text
    assert await _alerts(flow) == 0
    assert len(flow.tg.bot_messages(COPIL)) == copil_before


async def test_the_request_message_is_checked_too(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    await ask(flow, YOUTH, message="mon copain me frappe quand il a bu")
    texts = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert any("117" in t for t in texts)
    assert "Pas encore de lien" in flow.text(COPIL) and "violence" in flow.text(COPIL)
    assert await flow.db.requests.open_of(YOUTH) is not None, "the request still goes"


async def test_a_french_team_gets_french_numbers_and_a_team_its_own(flow: Flow) -> None:
    await _linked(flow, language="en")
    async with flow.db.conn.execute("UPDATE teams SET country = 'FR' WHERE id = 1"):
        pass
    await flow.send(YOUTH, "I want to die")
    numbers = flow.text(YOUTH)
    assert "Thank you for telling me" in numbers
    for number in ("15 — SAMU", "17 — police", "112", "3114", "119"):
        assert number in numbers
    await flow.db.teams.set_emergency(1, "0800 000 000 Helpline of the valley")
    await flow.send(YOUTH, "I cut myself")
    assert "0800 000 000 Helpline of the valley" in flow.text(YOUTH)


async def test_copil_sets_and_resets_a_teams_own_numbers(flow: Flow) -> None:
    await _linked(flow)
    await flow.send(COPIL, "/emergency")
    assert "par défaut, pays CH" in flow.text(COPIL) and "147 — Pro Juventute" in flow.text(COPIL)
    await flow.press(COPIL, "emerg:edit:1")
    await flow.send(COPIL, "pas de numéro ici")
    assert "chacune avec un numéro" in flow.text(COPIL)
    await flow.send(COPIL, "\n".join(f"14{i} ligne" for i in range(11)))
    assert "chacune avec un numéro" in flow.text(COPIL)
    assert await flow.db.teams.emergency(1) is None
    await flow.send(COPIL, "144 urgences\n0800 55 55 55 Écoute Jeunes Montagnes")
    assert "Écoute Jeunes Montagnes" in flow.text(COPIL)
    await flow.send(YOUTH, "je veux mourir")
    assert "0800 55 55 55 Écoute Jeunes Montagnes" in flow.text(YOUTH)
    assert "147" not in flow.text(YOUTH)

    await flow.send(COPIL, "/emergency")
    assert "liste de l'équipe" in flow.text(COPIL)
    await flow.press(COPIL, "emerg:reset:1")
    assert await flow.db.teams.emergency(1) is None
    await flow.send(YOUTH, "je veux mourir")
    assert "147 — Pro Juventute" in flow.text(YOUTH)


async def test_only_the_teams_copil_changes_its_numbers(flow: Flow) -> None:
    other = await flow.db.teams.create("Littoral", "FR")
    payload = await flow.invite_link("copil", team_id=other.id)
    await flow.send(3001, f"/start {payload}")
    await flow.press(3001, "lang:fr")
    await flow.press(3001, "consent:yes:fr")
    await flow.send(3001, "/emergency")
    assert "Littoral" in flow.text(3001) and "Équipe principale" not in flow.text(3001)
    assert "3114" in flow.text(3001)
    await flow.press(3001, "emerg:edit:1")
    assert list(flow.tg.callback_answers.values())[-1]["text"] == (
        "Cette action n'est pas possible pour vous."
    )
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/emergency")
    assert flow.text(YOUTH) == "Cette action n'est pas possible pour toi."
    assert await flow.db.teams.emergency(1) is None


async def test_a_youth_without_a_link_still_gets_the_numbers(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "j'ai envie de mourir")
    assert "143 — La Main Tendue" in flow.text(YOUTH)
    assert "Pas encore de lien" in flow.text(COPIL)
    await flow.send(YOUTH, "salut")
    assert "/help" in flow.text(YOUTH), "an ordinary text keeps the usual hint"


async def test_a_youth_whose_mentor_was_deactivated_is_told(flow: Flow) -> None:
    await _linked(flow)
    await flow.db.people.set_active(MARC, False)
    await flow.send(YOUTH, "Tu es là ?")
    assert "pas disponible pour l'instant" in flow.text(YOUTH)
    assert flow.last(MARC)["text"] != "Tu es là ?"


def _with_button(flow: Flow, data: str) -> dict[str, Any]:
    """The youth's latest message with this button (the numbers came after it)."""
    for message in reversed(flow.tg.bot_messages(YOUTH)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            if any(b.get("callback_data") == data for b in row):
                return message
    raise AssertionError(data)


async def _copil_alerts(flow: Flow) -> list[str]:
    return [m.get("text", "") for m in flow.tg.bot_messages(COPIL) if "Alerte" in m.get("text", "")]


async def test_crisis_words_inside_a_request_step_bring_the_numbers_once(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/request")
    await flow.send(YOUTH, "je veux me suicider")  # a button is expected here
    assert "143 — La Main Tendue" in flow.text(YOUTH)
    assert len(await _copil_alerts(flow)) == 1 and await _alerts(flow) == 1
    assert "Utilise les boutons" not in flow.tg.bot_messages(YOUTH)[-2].get("text", "")
    for data in ("request:met:sport", "request:theme:work", "request:themes:ok"):
        await flow.press(YOUTH, data, _with_button(flow, data))
    await flow.press(YOUTH, "request:age:18_25", _with_button(flow, "request:age:18_25"))
    await flow.send(YOUTH, "je veux mourir")  # at the name step: no name taken
    assert "143 — La Main Tendue" in flow.text(YOUTH)
    await flow.send(YOUTH, "Zoé")
    assert "Un petit message" in flow.text(YOUTH)
    await flow.send(
        YOUTH, "mon copain me frappe quand il a bu"
    )  # message step: taken, checked once
    numbers = [m for m in flow.tg.bot_messages(YOUTH) if "117" in m.get("text", "")]
    assert len(numbers) == 3 and len(await _copil_alerts(flow)) == 3
    await flow.press(YOUTH, "request:send")
    request = await flow.db.requests.open_of(YOUTH)
    assert request.first_name == "Zoé" and request.message == "mon copain me frappe quand il a bu"


async def test_crisis_words_at_the_partners_search_are_no_search(flow: Flow) -> None:
    link_id = await _linked(flow)
    await flow.send(YOUTH, "/partners")
    await flow.press(YOUTH, "pt:search")
    await flow.send(YOUTH, "je veux mourir")
    youth = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert "143 — La Main Tendue" in youth[-1]
    assert flow.last(MARC)["text"] == "je veux mourir", "the words still reach the mentor"
    assert f"Lien n° {link_id} avec Marc" in flow.text(COPIL)
    assert len(await _copil_alerts(flow)) == 1


async def test_a_deactivated_youth_still_gets_the_numbers(flow: Flow) -> None:
    await _linked(flow)
    await flow.db.people.set_active(YOUTH, False)
    await flow.send(YOUTH, "je veux mourir")
    assert "143 — La Main Tendue" in flow.text(YOUTH)
    assert len(await _copil_alerts(flow)) == 1
    assert flow.last(MARC).get("text") != "je veux mourir"


async def test_crisis_words_nobody_receives_are_not_said_passed_on(flow: Flow) -> None:
    await _linked(flow)
    await flow.db.people.set_active(MARC, False)
    await flow.send(YOUTH, "je veux mourir")
    youth = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert "143 — La Main Tendue" in youth[-2] and "transmis" not in youth[-2]
    assert "pas disponible pour l'instant" in youth[-1]
    assert len(await _copil_alerts(flow)) == 1
