"""Issue 10 items 1-4: a relayed message goes to the person its sender meant, or to nobody,
and the sender sees which ("→ Zoé", or why nothing was sent)."""

from __future__ import annotations

from typing import Any

import pytest

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.logtools import linked_youth, mentor
from tests.test_broadcast import compose, person

MARC, SOFIA, TEAM_COPIL, ZOE, LINA, HELPER = 2001, 9002, 9101, 1001, 1002, 3001


async def _relayed(flow: Flow) -> int:
    async with flow.db.conn.execute("SELECT count(*) FROM relayed") as cur:
        return int((await cur.fetchone())[0])


def _texts(flow: Flow, chat: int) -> list[str]:
    return [m.get("text", "") for m in flow.tg.chat_messages(chat)]


async def _marc_with_resource_person(flow: Flow) -> None:
    await mentor(flow, MARC, "Marc")
    await flow.db.people.add_or_update(
        SOFIA, role="copil", team_id=1, programme_wide=False, display_name="Sofia", language="fr"
    )
    await flow.send(SOFIA, "/help", first_name="Sofia")
    await flow.db.resource.assign(MARC, SOFIA, by=COPIL)


async def test_a_reply_to_a_broadcast_or_the_bot_never_reaches_a_youth(flow: Flow) -> None:
    await _marc_with_resource_person(flow)
    await linked_youth(flow, ZOE, "Zoé", MARC)
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await compose(flow, TEAM_COPIL, "mentors", "Formation jeudi 18h")
    await flow.press(TEAM_COPIL, "bc:now")
    await flow.deliver()
    news = flow.last(MARC)
    assert "Formation jeudi 18h" in news["text"]
    zoe_before, relayed = len(flow.tg.chat_messages(ZOE)), await _relayed(flow)

    await flow.send(MARC, "Je serai là !", reply_to=news["message_id"])
    assert "il répond à un message du bot ou de l'équipe" in flow.text(MARC)
    assert len(flow.tg.chat_messages(ZOE)) == zoe_before
    assert "Je serai là !" not in _texts(flow, SOFIA)
    assert await _relayed(flow) == relayed

    # A reply to the bot's own text goes nowhere either.
    await flow.send(MARC, "/help")
    await flow.send(MARC, "Merci", reply_to=flow.last(MARC)["message_id"])
    assert "je n'ai transmis ce message à personne" in flow.text(MARC).lower()
    assert len(flow.tg.chat_messages(ZOE)) == zoe_before

    # The sender may still send it on purpose, with the button under the refusal.
    assert set(flow.buttons(MARC)) == {"✉️ Zoé", "✉️ Sofia"}
    await flow.press_label(MARC, "Zoé")
    assert flow.last(ZOE)["text"] == "Merci"
    assert "Envoyé à Zoé" in flow.text(MARC)


async def test_the_resource_person_is_never_a_fallback(flow: Flow) -> None:
    await _marc_with_resource_person(flow)
    sofia_before = len(flow.tg.chat_messages(SOFIA))

    # No youth yet: nothing is sent, the resource person is offered as a button.
    await flow.send(MARC, "Salut Inès, ça va ?")
    assert "Je n'ai transmis ce message à personne" in flow.text(MARC)
    assert flow.buttons(MARC) == {"✉️ Sofia": f"talk:support:{MARC}"}
    assert len(flow.tg.chat_messages(SOFIA)) == sofia_before

    # A youth who stopped: neither plain text nor a reply to her message goes to Sofia.
    await linked_youth(flow, ZOE, "Inès", MARC)
    await flow.send(ZOE, "Bonjour Marc")
    old = flow.last(MARC)
    await flow.send(ZOE, "/stop")
    await flow.press_label(ZOE, "Oui")
    await flow.send(MARC, "Inès, tu es là ?")
    assert "Le lien avec Inès est terminé" in flow.text(MARC)
    await flow.send(MARC, "Tu viens ?", reply_to=old["message_id"])
    assert "Le lien avec Inès est terminé" in flow.text(MARC)

    # After /forget her messages are no longer known: a reply to one goes nowhere too.
    await flow.send(ZOE, "/forget")
    await flow.press_label(ZOE, "Oui")
    await flow.send(MARC, "Inès ?", reply_to=old["message_id"])
    assert "Je n'ai transmis ce message à personne" in flow.text(MARC)
    assert len(flow.tg.chat_messages(SOFIA)) == sofia_before

    # Chosen on purpose (the button, then /support), it goes to Sofia.
    await flow.press(MARC, f"talk:support:{MARC}")
    assert flow.last(SOFIA)["text"] == "Inès ?"
    await flow.send(MARC, "/support")
    await flow.send(MARC, "Comment relancer un jeune ?")
    assert flow.last(SOFIA)["text"] == "Comment relancer un jeune ?"
    assert flow.text(MARC) == "→ Sofia"


async def test_a_chosen_youth_who_left_is_not_replaced_by_another(flow: Flow) -> None:
    await mentor(flow, MARC, "Marc")
    await linked_youth(flow, ZOE, "Zoé", MARC)
    await linked_youth(flow, LINA, "Lina", MARC)
    await flow.send(MARC, "/talk")
    await flow.press_label(MARC, "Zoé")
    await flow.send(ZOE, "/stop")
    await flow.press_label(ZOE, "Oui")
    lina_before = len(flow.tg.chat_messages(LINA))
    await flow.send(MARC, "Zoé, on se voit jeudi ?")
    assert "Le lien avec Zoé est terminé" in flow.text(MARC)
    assert len(flow.tg.chat_messages(LINA)) == lina_before


async def test_one_youth_and_a_resource_person_is_not_ambiguous(flow: Flow) -> None:
    await _marc_with_resource_person(flow)
    await linked_youth(flow, ZOE, "Inès", MARC)
    await flow.send(MARC, "Salut Inès")
    assert flow.last(ZOE)["text"] == "Salut Inès"
    assert "Salut Inès" not in _texts(flow, SOFIA)
    # A reply to the resource person's message still goes to her.
    await flow.send(SOFIA, "/talk")
    await flow.press(SOFIA, f"talk:support:{MARC}")
    await flow.send(SOFIA, "Comment ça se passe ?")
    await flow.send(MARC, "Bien, merci", reply_to=flow.tg.bot_messages(MARC)[-1]["message_id"])
    assert flow.last(SOFIA)["text"] == "Bien, merci"
    assert flow.last(ZOE)["text"] == "Salut Inès"


async def test_every_role_sees_where_a_message_went_or_that_it_went_nowhere(
    flow: Flow,
) -> None:
    await mentor(flow, MARC, "Marc")
    await linked_youth(flow, ZOE, "Zoé", MARC)
    await flow.send(ZOE, "Bonjour Marc")
    assert flow.text(ZOE) == "→ Marc"
    confirmation = flow.last(ZOE)
    assert confirmation.get("reply_to_message") is None  # short: no quote on a phone
    await flow.send(MARC, "Bonjour Zoé")
    assert flow.text(MARC) == "→ Zoé"
    await person(flow, HELPER, Role.PEER_HELPER, 1)
    for who in (HELPER, COPIL):
        await flow.send(who, "Quelqu'un ?")
        assert "Je n'ai transmis ce message à personne" in flow.text(who), who
    await flow.join(LINA)
    await flow.send(LINA, "Allô ?")
    assert "/help" in flow.text(LINA) and "personne" in flow.text(LINA)


async def test_a_delivered_message_never_ends_in_oups(
    flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    await mentor(flow, MARC, "Marc")
    await linked_youth(flow, ZOE, "Zoé", MARC)

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database went away after the copy")

    monkeypatch.setattr(flow.db.relay, "record", broken)
    await flow.send(MARC, "Tu viens jeudi ?")
    assert flow.last(ZOE)["text"] == "Tu viens jeudi ?"
    assert flow.text(MARC) == "→ Zoé"
    assert not any("Oups" in t for t in _texts(flow, MARC))
