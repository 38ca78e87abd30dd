"""An event's invitations are written with the event: Telegram failing on the answer to the
author or on the calendar upload loses none of them."""

from __future__ import annotations

from tests.conftest import Flow
from tests.test_broadcast import MENTOR_A, MENTOR_B, TEAM_COPIL, two_teams


async def test_invitations_go_even_when_the_authors_answers_fail(flow: Flow) -> None:
    await two_teams(flow)
    who = TEAM_COPIL
    await flow.send(who, "/event")
    await flow.press(who, "evn:kind:training")
    await flow.send(who, "Écoute active")
    await flow.send(who, "jeudi 18h30")
    await flow.press(who, "evn:when:ok")
    await flow.send(who, "2h")
    await flow.send(who, "Salle communale, rue du Lac 3")
    await flow.send(who, "2")
    await flow.press(who, "evn:aud:mentors")
    flow.tg.inject_faults(
        {"sendDocument": 1.0, "editMessageText": 1.0, "editMessageCaption": 1.0},
        kinds=("500",),
    )
    await flow.press(who, "evn:send")  # the calendar upload and the edit both fail
    flow.tg.stop_faults()
    await flow.settle()
    for mentor in (MENTOR_A, MENTOR_B):
        invited = [m for m in flow.tg.bot_messages(mentor) if "Écoute active" in m.get("text", "")]
        assert len(invited) == 1, mentor
