"""Ending a link tells the other person through the outbox, in the transaction that ends
it: a Telegram error delays the notice, never loses it."""

from __future__ import annotations

from tests.conftest import COPIL, Flow
from tests.test_relay import MARC, YOUTH, _linked
from tests.youth_steps import make_mentor


async def test_a_500_on_the_mentors_notice_of_a_stop_delays_it_only(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.send(YOUTH, "/stop")
    flow.tg.inject_error(500, "Internal Server Error")  # the next send: Marc's notice
    await flow.press(YOUTH, f"stop:yes:{link_id}")
    assert "le lien est arrêté" in flow.text(YOUTH)
    await flow.settle()
    told = [m for m in flow.tg.bot_messages(MARC) if "a choisi d'arrêter" in m.get("text", "")]
    assert len(told) == 1


async def test_a_500_on_the_copils_peer_proposal_delays_it_only(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.send(MARC, "/end")
    await flow.press(MARC, f"end:r:{link_id}:work")
    flow.tg.inject_error(500, "Internal Server Error")  # the next send: the COPIL's copy
    await flow.press(YOUTH, f"peer:yes:{link_id}")
    await flow.settle()
    invite = f"peer:invite:{link_id}"
    proposals = [m for m in flow.tg.bot_messages(COPIL) if invite in str(m.get("reply_markup"))]
    assert len(proposals) == 1
    await flow.press(COPIL, invite, proposals[0])
    assert (await flow.db.people.get(YOUTH)).role == "peer_helper"  # type: ignore[union-attr]
