"""/rhythms (COPIL): per team, the days of silence before each step (the mentor's nudge, the
youth's question, the closing) and the check-ins' rhythm, by buttons one question at a time;
a choice that breaks the steps' order, forged presses and other teams change nothing (the
silence and check-in jobs read the teams' columns)."""

from __future__ import annotations

from storage.models import Role
from storage.teams import Rhythms
from tests.conftest import COPIL, Flow
from tests.test_broadcast import OTHER_COPIL, TEAM_COPIL, person, two_teams


async def test_a_copil_member_sets_each_rhythm_with_buttons(flow: Flow) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await flow.send(TEAM_COPIL, "/rhythms")  # one team: its rhythms at once
    assert "mentor·e après 14 jours, question au ou à la jeune après 45 jours" in flow.text(
        TEAM_COPIL
    )
    assert "tous les 14 jours" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "rh:ask:1:silence")
    labels = list(flow.buttons(TEAM_COPIL))
    assert labels == ["7 jours", "14 jours", "21 jours", "30 jours", "◀ Retour"]
    await flow.press(TEAM_COPIL, "rh:set:1:silence:21")
    assert "mentor·e après 21 jours" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "rh:ask:1:checkin")
    await flow.press(TEAM_COPIL, "rh:set:1:checkin:0")
    assert "Check-in des jeunes : désactivé" in flow.text(TEAM_COPIL)
    assert await flow.db.teams.rhythms(1) == Rhythms(21, 45, 60, 0)
    # Forged days, a forged field, a mentor: refused, nothing changes.
    for data in ("rh:set:1:silence:3", "rh:set:1:name:14", "rh:set:1:checkin:x", "rh:ask:1"):
        await flow.press(TEAM_COPIL, data)
    await person(flow, 2101, Role.MENTOR, 1)
    await flow.press(2101, "rh:set:1:silence:7")
    assert await flow.db.teams.rhythms(1) == Rhythms(21, 45, 60, 0)


async def test_programme_wide_chooses_a_team_and_a_team_member_only_theirs(flow: Flow) -> None:
    await two_teams(flow)  # team 1, and Littoral (2) with OTHER_COPIL
    await flow.send(COPIL, "/rhythms")
    assert "Pour quelle équipe" in flow.text(COPIL)
    await flow.press_label(COPIL, "Littoral")
    assert "Rythmes · Littoral" in flow.text(COPIL)
    await flow.press(COPIL, "rh:ask:2:silence")
    await flow.press(COPIL, "rh:set:2:silence:30")
    assert await flow.db.teams.rhythms(2) == Rhythms(30, 45, 60, 14)
    # Littoral's COPIL cannot touch team 1's rhythms.
    await flow.press(OTHER_COPIL, "rh:set:1:silence:7")
    assert await flow.db.teams.rhythms(1) == Rhythms(14, 45, 60, 14)
    await flow.send(OTHER_COPIL, "/rhythms")
    assert "Rythmes · Littoral" in flow.text(OTHER_COPIL)


async def test_the_question_and_the_closing_keep_the_steps_in_order(flow: Flow) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await flow.send(TEAM_COPIL, "/rhythms")
    assert "question au ou à la jeune après 45 jours, fermeture du lien après 60" in flow.text(
        TEAM_COPIL
    )
    await flow.press(TEAM_COPIL, "rh:ask:1:ask")
    assert list(flow.buttons(TEAM_COPIL)) == [
        "30 jours", "45 jours", "60 jours", "90 jours", "◀ Retour",
    ]  # fmt: skip
    # Asked at 60 with a closing at 60: no week's notice. Refused, with the reason and the
    # choices again; nothing changes.
    await flow.press(TEAM_COPIL, "rh:set:1:ask:60")
    refused = flow.text(TEAM_COPIL)
    assert "Impossible" in refused and "question 45 j, fermeture 60 j" in refused
    assert "Rien n'a changé" in refused and "rh:set:1:ask:30" in flow.buttons(TEAM_COPIL).values()
    await flow.press(TEAM_COPIL, "rh:ask:1:close")
    await flow.press(TEAM_COPIL, "rh:set:1:close:45")  # the closing at the question's day
    assert "Impossible" in flow.text(TEAM_COPIL)
    assert await flow.db.teams.rhythms(1) == Rhythms(14, 45, 60, 14)
    # The closing first, then the question: both in order, both kept.
    await flow.press(TEAM_COPIL, "rh:set:1:close:90")
    await flow.press(TEAM_COPIL, "rh:set:1:ask:60")
    assert "question au ou à la jeune après 60 jours, fermeture du lien après 90" in flow.text(
        TEAM_COPIL
    )
    assert await flow.db.teams.rhythms(1) == Rhythms(14, 60, 90, 14)
    await flow.press(TEAM_COPIL, "rh:set:1:close:120")  # forged days stay refused
    await flow.press(TEAM_COPIL, "rh:set:1:ask:7")
    assert await flow.db.teams.rhythms(1) == Rhythms(14, 60, 120, 14)
