"""An alert raised by someone not signed up yet (their first message is a crisis: no
person row, no name) is answered like any other: the member who took it writes to them
through the relay, to the chat the alert came from; their answers, crisis words included,
go back to that member; nothing is routed before the member wrote or after the close."""

from __future__ import annotations

import pytest

from tests.conftest import COPIL, Flow
from tests.safety.alert_steps import CRISIS, alert_of, labels, latest_alert

STRANGER, OTHER = 1501, 1502  # fictitious, never signed up

pytestmark = pytest.mark.both  # the atomic steps hold on both databases


async def _stranger_in_crisis(flow: Flow) -> int:
    await flow.send(COPIL, "/help")
    await flow.send(STRANGER, CRISIS)  # their very first message
    assert await flow.db.people.get(STRANGER) is None
    return await latest_alert(flow)


async def test_the_owner_writes_to_someone_not_signed_up_and_their_answers_come_back(
    flow: Flow,
) -> None:
    alert_id = await _stranger_in_crisis(flow)
    assert "pas encore inscrit" in alert_of(flow, COPIL)["text"]
    # Before anyone wrote to them, their words go to nobody (the hint to sign up).
    await flow.send(STRANGER, "allo ?")
    assert "allo ?" not in [m.get("text") for m in flow.tg.bot_messages(COPIL)]
    await flow.press(COPIL, f"sfo:take:{alert_id}", alert_of(flow, COPIL))
    assert "✍️ Écrire au/à la jeune" in labels(alert_of(flow, COPIL))
    await flow.press(COPIL, f"talk:alert:{alert_id}", alert_of(flow, COPIL))
    assert f"n° {alert_id} · quelqu'un de pas encore inscrit" in flow.text(COPIL)
    await flow.send(COPIL, "Bonjour, ici l'équipe. Tu es en sécurité là ?")
    copy = flow.last(STRANGER)
    assert copy["text"] == "Bonjour, ici l'équipe. Tu es en sécurité là ?"
    assert labels(copy) == ["↩ L'équipe"]
    await flow.press(STRANGER, f"talk:alert:{alert_id}", copy)  # they press it: where it goes
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Tes messages vont à L'équipe."
    # Their answer goes back to the member, with the alert's number for a name.
    await flow.send(STRANGER, "oui chui chez moi")
    assert flow.text(COPIL) == "oui chui chez moi"
    assert labels(flow.last(COPIL)) == [f"↩ n° {alert_id} · quelqu'un de pas encore inscrit"]
    assert "L'équipe" in flow.text(STRANGER)  # where it went: "→ L'équipe"
    # Crisis words again: the numbers again, and the words reach the member, marked.
    await flow.send(STRANGER, "je veux mourir ce soir")
    texts = [m.get("text") or "" for m in flow.tg.bot_messages(COPIL)]
    assert "je veux mourir ce soir" in texts
    assert any("contient des mots de détresse" in t for t in texts), texts[-6:]
    # Someone else not signed up gets nothing of this conversation.
    await flow.send(OTHER, "salut")
    assert "salut" not in [m.get("text") for m in flow.tg.bot_messages(COPIL)]
    # Closed: the way back ends.
    await flow.press(COPIL, f"sfo:close:{alert_id}", alert_of(flow, COPIL))
    await flow.press(COPIL, f"sfo:out:safe:{alert_id}")
    before = len(flow.tg.bot_messages(COPIL))
    await flow.send(STRANGER, "merci")
    assert "merci" not in [m.get("text") for m in flow.tg.bot_messages(COPIL)[before:]]


async def test_the_owner_reads_their_language_and_the_stranger_their_apps(flow: Flow) -> None:
    await flow.send(COPIL, "/help", language_code="en")
    await flow.send(STRANGER, CRISIS, language_code="de")  # not signed up: no saved language
    assert "Danke, dass du mir das schreibst" in flow.text(STRANGER)
    alert = alert_of(flow, COPIL, "Safety-net alert")
    alert_id = await latest_alert(flow)
    await flow.press(COPIL, f"sfo:take:{alert_id}", alert)
    await flow.press(COPIL, f"talk:alert:{alert_id}", alert)
    stranger = f"↩ no. {alert_id} · someone not signed up yet"
    await flow.send(COPIL, "Hallo, hier ist das Team.", language_code="en")
    # The bot's words around the owner's message reach the stranger in their app's language.
    assert labels(flow.last(STRANGER)) == ["↩ Das Team"]
    await flow.send(STRANGER, "ja, zu Hause", language_code="de")
    assert labels(flow.last(COPIL)) == [stranger]  # the owner's own language
    assert "Das Team" in flow.text(STRANGER)  # where it went, in theirs
    await flow.send(STRANGER, "je veux mourir ce soir", language_code="de")
    assert "Danke, dass du mir das schreibst" in flow.text(STRANGER)
    texts = [m.get("text") or "" for m in flow.tg.bot_messages(COPIL)]
    assert any("contains words of distress" in t for t in texts), texts[-4:]
