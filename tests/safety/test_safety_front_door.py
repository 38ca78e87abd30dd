"""The safety net at the front door and beyond youths (issue 10 items 6-8): someone not
signed up yet (before /start, on the language and consent screens), a peer helper, a long
message, and a request whose message holds crisis words."""

from __future__ import annotations

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, notice_of

STRANGER, HELPER, YOUTH, MARC = 1501, 1601, 1001, 2001


def _texts(flow: Flow, chat: int) -> list[str]:
    return [m.get("text") or "" for m in flow.tg.bot_messages(chat)]


async def _alerts(flow: Flow) -> list[tuple[int, str]]:
    async with flow.db.conn.execute("SELECT youth_id, category FROM safety_alerts") as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def _stranger_alerted(flow: Flow, copil_before: int) -> None:
    """Numbers to the stranger and nothing else; one alert without a name to the COPIL."""
    assert "143 — La Main Tendue" in flow.text(STRANGER)
    assert not any("Pour commencer" in t for t in _texts(flow, STRANGER)[-1:])
    copil = _texts(flow, COPIL)
    assert len(copil) == copil_before + 1
    assert "pas encore inscrit·e (pas de nom)" in copil[-1]
    assert "User1501" not in copil[-1]
    assert "jveux mourir" in copil[-1] and "fr.want-die" in copil[-1]
    assert await flow.db.people.get(STRANGER) is None, "nothing stored about them as a person"
    assert await _alerts(flow) == [(STRANGER, "suicide")]


async def test_before_start_a_stranger_gets_the_numbers_and_the_copil_an_alert(
    flow: Flow,
) -> None:
    await flow.send(COPIL, "/help")
    before = len(_texts(flow, COPIL))
    await flow.send(STRANGER, "bonjour jveux mourir")
    await _stranger_alerted(flow, before)
    assert len(_texts(flow, STRANGER)) == 1, "the numbers are the answer, not /start"


async def test_on_the_language_screen(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await flow.send(STRANGER, "/start")
    assert "lang:fr" in flow.buttons(STRANGER).values()
    before = len(_texts(flow, COPIL))
    await flow.send(STRANGER, "jveux mourir")
    await _stranger_alerted(flow, before)


async def test_on_the_consent_screen_in_english(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await flow.send(STRANGER, "/start", language_code="en")
    await flow.press(STRANGER, "lang:en")
    assert "consent:yes:en" in flow.buttons(STRANGER).values()
    before = len(_texts(flow, COPIL))
    await flow.send(STRANGER, "i want to kill myself tonight", language_code="en")
    assert "Thank you for telling me" in flow.text(STRANGER)
    assert "pas encore inscrit·e (pas de nom)" in _texts(flow, COPIL)[before]
    # consent still works afterwards: the net never blocks
    await flow.press(STRANGER, "consent:yes:en", flow.tg.bot_messages(STRANGER)[-2])
    assert (await flow.db.people.get(STRANGER)).role == Role.YOUTH


async def test_an_ordinary_stranger_still_gets_the_way_in(flow: Flow) -> None:
    await flow.send(STRANGER, "bonjour, je suis mort de rire")
    assert flow.text(STRANGER) == "Bonjour ! Pour commencer : /start"
    assert await _alerts(flow) == []


async def test_a_peer_helper_is_covered(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await flow.db.people.add_or_update(
        HELPER,
        role=Role.PEER_HELPER,
        team_id=1,
        programme_wide=False,
        display_name="Yanis",
        language="fr",
    )
    before = len(_texts(flow, COPIL))
    await flow.send(HELPER, "je me suis encore coupée hier soir")
    helper = _texts(flow, HELPER)
    assert any("143 — La Main Tendue" in t for t in helper)
    assert not any("pas compris" in t for t in helper), "no 'Je n'ai pas compris' after"
    alert = _texts(flow, COPIL)[before]
    assert "Pair-aidant·e : <b>Yanis</b>" in alert or "Pair-aidant·e : Yanis" in alert
    assert "automutilation" in alert
    assert await _alerts(flow) == [(HELPER, "self_harm")]


async def test_mentors_words_are_not_screened(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    before = len(_texts(flow, COPIL))
    await flow.send(MARC, "je veux mourir de rire avec ce jeune, il me tue")
    await flow.send(MARC, "un jeune m'a écrit qu'il veut se tuer")
    assert len(_texts(flow, COPIL)) == before and await _alerts(flow) == []


async def test_a_long_crisis_message_still_makes_a_whole_alert(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await flow.join(YOUTH, name="Zoé")
    before = len(_texts(flow, COPIL))
    story = "Je vous écris parce que ça ne va plus du tout depuis des mois. " * 30
    text = story + "Ce soir je vais me tuer. " + "&<>" * 200
    assert len(text) > 2500
    await flow.send(YOUTH, text)
    alert = _texts(flow, COPIL)[before]
    assert "Alerte du filet de sécurité" in alert and "Zoé" in alert
    assert "[…]" in alert and len(alert) < 4096
    assert "Les numéros d'urgence lui ont été envoyés." in alert, "the alert arrives whole"


async def test_a_request_with_crisis_words_reaches_the_mentors_marked(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message="j'ai plus d'espoir, je veux mourir", language="en")
    notice = notice_of(flow, MARC, request.id)["text"]
    assert "contient des mots de détresse" in notice
    assert "écrit en anglais" in notice or "écrit en English" in notice
    assert "je veux mourir" in notice


async def test_an_ordinary_request_is_not_marked(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message="je suis mort de rire mais je cherche un stage")
    assert "détresse" not in notice_of(flow, MARC, request.id)["text"]
