"""The safety net fails safe: the hit is recorded first, the youth's numbers and the COPIL's
alerts go through the outbox at the highest priority, retried until delivered, and to every
COPIL member of the programme if nobody in the team's has the alert after two minutes."""

from __future__ import annotations

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.test_broadcast import person
from tests.test_youth_safety import MARC, YOUTH, _alerts, _linked

TEAM_COPIL, OTHER_TEAM_COPIL = 9101, 9201  # fictitious
CRISIS = "je veux mourir"


def texts(flow: Flow, chat: int) -> list[str]:
    return [m.get("text", "") for m in flow.tg.bot_messages(chat)]


def alerts_to(flow: Flow, chat: int) -> int:
    return sum("Alerte du filet" in t for t in texts(flow, chat))


async def test_a_timeout_on_the_numbers_loses_nothing_and_says_no_oups(flow: Flow) -> None:
    await _linked(flow)
    flow.tg.inject_timeout()  # the first send of the update: the youth's numbers
    await flow.send(YOUTH, CRISIS)
    assert not any("Oups" in t for t in texts(flow, YOUTH))
    assert await _alerts(flow) == 1
    assert alerts_to(flow, COPIL) == 1 and CRISIS in flow.text(COPIL)
    assert "mots de détresse" in texts(flow, MARC)[-2]  # the mentor's copy is marked
    assert not any("143 — La Main Tendue" in t for t in texts(flow, YOUTH))
    await flow.settle()  # the retry, two seconds later
    assert sum("143 — La Main Tendue" in t for t in texts(flow, YOUTH)) == 1


async def test_a_500_on_a_copil_alert_still_alerts_everyone_once(flow: Flow) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await _linked(flow)
    flow.tg.inject_error(500, "Internal Server Error", count=2)  # the numbers, 1st alert
    await flow.send(YOUTH, CRISIS)
    assert alerts_to(flow, COPIL) + alerts_to(flow, TEAM_COPIL) == 1
    await flow.settle()
    assert alerts_to(flow, COPIL) == 1 and alerts_to(flow, TEAM_COPIL) == 1
    assert sum("143 — La Main Tendue" in t for t in texts(flow, YOUTH)) == 1


async def test_an_alert_nobody_in_the_team_received_goes_to_every_copil(flow: Flow) -> None:
    await flow.db.teams.create("Littoral")  # team 2
    await person(flow, OTHER_TEAM_COPIL, Role.COPIL, 2)
    await _linked(flow)
    flow.tg.block(COPIL)  # the only COPIL member for team 1 blocked the bot
    await flow.send(YOUTH, CRISIS)
    await flow.settle()
    assert alerts_to(flow, OTHER_TEAM_COPIL) == 0  # not yet: the team's COPIL first
    flow.clock.advance(seconds=90)
    await flow.run_jobs("safety:widen")
    assert alerts_to(flow, OTHER_TEAM_COPIL) == 0
    flow.clock.advance(seconds=31)
    await flow.run_jobs("safety:widen")
    assert alerts_to(flow, OTHER_TEAM_COPIL) == 1
    assert CRISIS in flow.text(OTHER_TEAM_COPIL)
    await flow.run_jobs("safety:widen")  # once
    await flow.settle()
    assert alerts_to(flow, OTHER_TEAM_COPIL) == 1
    # Once delivered and the two minutes over, the youth's words leave the outbox.
    flow.clock.advance(minutes=3)
    await flow.run_jobs("safety:widen")
    held = [d for d in await flow.db.outbox.deliveries("safety:") if "text" in d.params["args"]]
    assert held == []


async def test_an_alert_received_in_time_goes_no_wider(flow: Flow) -> None:
    await flow.db.teams.create("Littoral")
    await person(flow, OTHER_TEAM_COPIL, Role.COPIL, 2)
    await _linked(flow)
    await flow.send(YOUTH, CRISIS)
    flow.clock.advance(minutes=5)
    await flow.run_jobs("safety:widen")
    await flow.settle()
    assert alerts_to(flow, COPIL) == 1 and alerts_to(flow, OTHER_TEAM_COPIL) == 0


async def test_no_oups_after_crisis_words_even_when_the_relay_fails(flow: Flow) -> None:
    await _linked(flow)
    flow.tg.inject_faults({"copyMessage": 1.0, "sendMessage": 0.0}, kinds=("500",))
    await flow.send(YOUTH, CRISIS)  # the relay to the mentor fails
    flow.tg.stop_faults()
    assert not any("Oups" in t for t in texts(flow, YOUTH))
    assert "143 — La Main Tendue" in flow.text(YOUTH)
    assert alerts_to(flow, COPIL) == 1 and CRISIS in flow.text(COPIL)
