"""Ending a link tells the other person through the outbox, in the transaction that ends
it: a Telegram error delays the notice, never loses it."""

from __future__ import annotations

from tests.conftest import Flow
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
