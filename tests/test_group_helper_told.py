"""A new group's peer helpers are told through the outbox, written with the group: one
Telegram error delays their notice, never loses it."""

from __future__ import annotations

from tests.conftest import Flow
from tests.test_broadcast import HELPER, TEAM_COPIL, two_teams


async def test_a_500_on_the_helpers_notice_delays_it_without_losing_it(flow: Flow) -> None:
    await two_teams(flow)
    who = TEAM_COPIL
    await flow.send(who, "/group")
    await flow.send(who, "Les Lundis")
    await flow.press(who, f"grn:help:{HELPER}")
    await flow.press(who, "grn:helpers:done")
    await flow.press(who, "grn:size:10")
    await flow.send(who, "2e et 4e mardi 18h")
    flow.tg.inject_error(500, "Internal Server Error")  # the next send: the helper's notice
    await flow.press(who, "grn:ok")
    assert "Groupe" in flow.text(who) or "start=g_" in flow.text(who)
    assert not any("Les Lundis" in m.get("text", "") for m in flow.tg.bot_messages(HELPER))
    await flow.settle()
    told = [m for m in flow.tg.bot_messages(HELPER) if "start=g_" in m.get("text", "")]
    assert len(told) == 1
