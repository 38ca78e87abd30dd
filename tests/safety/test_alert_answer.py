"""Every alert is answered (issue 12): the COPIL member who took an alert writes to the youth
through the anonymous relay (the youth reads "L'équipe", never the member's name nor
"COPIL"), the youth's answer comes back to them, and they close it with an outcome that is
stored without any text; every copy says how it ended."""

from __future__ import annotations

import pytest

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.safety.alert_steps import CRISIS, alert_of, labels, latest_alert
from tests.youth_steps import ask, make_mentor, notice_of

YOUTH, INES, MARC = 1001, 9002, 2001  # fictitious

pytestmark = pytest.mark.both  # the atomic steps hold on both databases


def _texts(flow: Flow, chat: int) -> list[str]:
    return [m.get("text") or "" for m in flow.tg.bot_messages(chat)]


async def _taken_by_ines(flow: Flow, *, linked: bool = False) -> int:
    """Two COPIL members, a youth in crisis (with a mentor or not), Inès takes the alert."""
    await flow.send(COPIL, "/help")
    await flow.db.people.add_or_update(
        INES, role=Role.COPIL, team_id=1, programme_wide=True, display_name="Inès", language="fr"
    )
    await flow.send(INES, "/help")
    if linked:
        await make_mentor(flow, MARC, "Marc")
        request = await ask(flow, YOUTH, message=None)
        await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    else:
        await flow.join(YOUTH, name="Zoé")
    await flow.send(YOUTH, CRISIS)
    alert_id = await latest_alert(flow)
    await flow.press(INES, f"sfo:take:{alert_id}", alert_of(flow, INES))
    return alert_id


async def test_the_owner_writes_to_the_youth_and_the_answer_comes_back(flow: Flow) -> None:
    alert_id = await _taken_by_ines(flow)
    assert labels(alert_of(flow, INES)) == [
        "✅ Vous vous en occupez",
        "✍️ Écrire au/à la jeune",
        "✔️ Clore l'alerte",
    ]
    assert labels(alert_of(flow, COPIL)) == ["✅ Inès s'en occupe"]
    await flow.press(INES, f"talk:alert:{alert_id}", alert_of(flow, INES))
    assert "Vos prochains messages iront à" in flow.text(INES)
    await flow.send(INES, "Bonjour, ici l'équipe. Tu es en sécurité là ?")
    copy = flow.last(YOUTH)
    assert copy["text"] == "Bonjour, ici l'équipe. Tu es en sécurité là ?"
    assert labels(copy) == ["↩ L'équipe"]
    assert flow.text(INES).startswith("→ ")
    for text in _texts(flow, YOUTH):  # never the member's name, never "COPIL"
        assert "Inès" not in text and "COPIL" not in text
    # Plain text while the alert is open (no mentor: the team is the one way) goes back.
    copil_before = len(_texts(flow, COPIL))
    await flow.send(YOUTH, "oui ça va mieux, merci")
    assert flow.text(INES) == "oui ça va mieux, merci"
    assert labels(flow.last(INES)) == ["↩ Zoé"]
    assert flow.text(YOUTH) == "→ L'équipe"
    assert len(_texts(flow, COPIL)) == copil_before  # the other member sees none of it


async def test_a_reply_to_the_alert_reaches_the_youth_and_theirs_the_owner(flow: Flow) -> None:
    alert_id = await _taken_by_ines(flow, linked=True)
    # The other member's reply to their copy is not theirs to send: it goes nowhere.
    await flow.send(COPIL, "Je regarde aussi", reply_to=alert_of(flow, COPIL)["message_id"])
    assert "Je regarde aussi" not in _texts(flow, YOUTH)
    await flow.send(INES, "Je suis là pour toi.", reply_to=alert_of(flow, INES)["message_id"])
    copy = flow.last(YOUTH)
    assert copy["text"] == "Je suis là pour toi."
    # With a mentor too, a reply says which; plain text would be asked about, never guessed.
    await flow.send(YOUTH, "merci", reply_to=copy["message_id"])
    assert flow.text(INES) == "merci"
    assert "merci" not in _texts(flow, MARC)
    await flow.send(YOUTH, "tu es là ?")
    assert "tu es là ?" not in _texts(flow, INES) + _texts(flow, MARC)
    assert set(labels(flow.last(YOUTH))) == {"✉️ Marc", "✉️ L'équipe"}
    assert await flow.db.safety.get(alert_id) is not None


async def test_closing_with_an_outcome_is_stored_and_every_copy_says_so(flow: Flow) -> None:
    alert_id = await _taken_by_ines(flow)
    await flow.press(INES, f"talk:alert:{alert_id}", alert_of(flow, INES))
    await flow.press(INES, f"sfo:close:{alert_id}", alert_of(flow, INES))
    assert flow.text(INES).startswith(f"Comment se termine l'alerte n° {alert_id}")
    assert labels(flow.last(INES)) == [
        "🟢 En sécurité",
        "🚑 Confié·e aux urgences",
        "🩺 Orienté·e vers un·e pro",
        "🔇 Pas de réponse",
        "⚪ Fausse alerte",
        "➖ Autre",
        "◀ Pas encore",
    ]
    question = flow.last(INES)
    # Only the owner closes; forged outcomes and ids change nothing.
    await flow.press(COPIL, f"sfo:out:safe:{alert_id}", alert_of(flow, COPIL))
    await flow.press(INES, f"sfo:out:fine:{alert_id}", question)
    await flow.press(INES, f"sfo:take:safe:{alert_id}", question)
    await flow.press(YOUTH, f"sfo:out:safe:{alert_id}")
    assert (await flow.db.safety.get(alert_id)).closed_at is None
    await flow.press(INES, f"sfo:out:professional:{alert_id}", question)
    alert = await flow.db.safety.get(alert_id)
    assert (alert.outcome, alert.closed_at is not None) == ("professional", True)
    assert flow.last(INES)["text"] == (
        f"✔️ Alerte n° {alert_id} close : 🩺 Orienté·e vers un·e pro."
    )
    for member in (COPIL, INES):
        assert labels(alert_of(flow, member)) == ["✔️ Close : 🩺 Orienté·e vers un·e pro"]
    await flow.press(INES, f"sfo:out:safe:{alert_id}", question)  # a double tap
    assert (await flow.db.safety.get(alert_id)).outcome == "professional"
    # The way between them ends with the alert: nothing goes either way any more.
    await flow.send(INES, "Encore un mot")
    assert "terminée" in flow.text(INES)
    await flow.send(YOUTH, "allo ?")
    assert "allo ?" not in _texts(flow, INES)


async def test_not_yet_keeps_the_alert_open(flow: Flow) -> None:
    alert_id = await _taken_by_ines(flow)
    await flow.press(INES, f"sfo:close:{alert_id}", alert_of(flow, INES))
    await flow.press(INES, f"sfo:keep:{alert_id}")
    assert flow.text(INES) == f"L'alerte n° {alert_id} reste ouverte."
    assert (await flow.db.safety.get(alert_id)).closed_at is None
