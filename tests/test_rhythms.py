"""/rhythms (COPIL): per team, the days of silence before a mentor's nudge and the check-ins'
rhythm, by buttons one question at a time; forged presses and other teams change nothing
(the silence and check-in jobs read teams.silence_days and teams.checkin_days)."""

from __future__ import annotations

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.test_broadcast import OTHER_COPIL, TEAM_COPIL, person, two_teams


async def test_a_copil_member_sets_each_rhythm_with_buttons(flow: Flow) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await flow.send(TEAM_COPIL, "/rhythms")  # one team: its rhythms at once
    assert "après 14 jours sans message" in flow.text(TEAM_COPIL)
    assert "tous les 14 jours" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "rh:ask:1:silence")
    labels = list(flow.buttons(TEAM_COPIL))
    assert labels == ["7 jours", "14 jours", "21 jours", "30 jours", "◀ Retour"]
    await flow.press(TEAM_COPIL, "rh:set:1:silence:21")
    assert "après 21 jours sans message" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "rh:ask:1:checkin")
    await flow.press(TEAM_COPIL, "rh:set:1:checkin:0")
    assert "Check-in des jeunes : désactivé" in flow.text(TEAM_COPIL)
    assert await flow.db.teams.rhythms(1) == (21, 0)
    # Forged days, a forged field, a mentor: refused, nothing changes.
    for data in ("rh:set:1:silence:3", "rh:set:1:name:14", "rh:set:1:checkin:x", "rh:ask:1"):
        await flow.press(TEAM_COPIL, data)
    await person(flow, 2101, Role.MENTOR, 1)
    await flow.press(2101, "rh:set:1:silence:7")
    assert await flow.db.teams.rhythms(1) == (21, 0)


async def test_programme_wide_chooses_a_team_and_a_team_member_only_theirs(flow: Flow) -> None:
    await two_teams(flow)  # team 1, and Littoral (2) with OTHER_COPIL
    await flow.send(COPIL, "/rhythms")
    assert "Pour quelle équipe" in flow.text(COPIL)
    await flow.press_label(COPIL, "Littoral")
    assert "Rythmes · Littoral" in flow.text(COPIL)
    await flow.press(COPIL, "rh:ask:2:silence")
    await flow.press(COPIL, "rh:set:2:silence:30")
    assert await flow.db.teams.rhythms(2) == (30, 14)
    # Littoral's COPIL cannot touch team 1's rhythms.
    await flow.press(OTHER_COPIL, "rh:set:1:silence:7")
    assert await flow.db.teams.rhythms(1) == (14, 14)
    await flow.send(OTHER_COPIL, "/rhythms")
    assert "Rythmes · Littoral" in flow.text(OTHER_COPIL)
