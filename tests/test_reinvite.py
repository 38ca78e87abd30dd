"""Issue 10 item 19: an invitation opened by someone who already has a role asks first and
says what changes; "no" changes nothing and never claims that nothing is stored."""

from __future__ import annotations

from tests.conftest import COPIL, Flow
from tests.youth_steps import make_mentor

MARC, ZOE = 2001, 1001


async def test_a_montagnes_mentor_opening_a_littoral_link_is_asked_first(flow: Flow) -> None:
    await flow.db.teams.rename(1, "Montagnes")
    await flow.db.teams.create("Littoral")  # team 2
    await make_mentor(flow, MARC, "Marc", team_id=1)
    payload = await flow.invite_link("mentor", team_id=2)
    await flow.send(MARC, f"/start {payload}", first_name="Marc")
    asked = flow.text(MARC)
    assert "Vous êtes mentor·e (Montagnes)" in asked and "mentor·e (Littoral)" in asked
    assert (await flow.db.people.get(MARC)).team_id == 1, "nothing moves before the answer"

    await flow.press_label(MARC, "Non")
    assert "rien ne change : vous restez mentor·e (Montagnes)" in flow.text(MARC)
    assert "rien enregistré" not in flow.text(MARC)
    assert (await flow.db.people.get(MARC)).team_id == 1

    # The link was not used up by the "no": he can still say yes.
    await flow.send(MARC, f"/start {payload}", first_name="Marc")
    await flow.press_label(MARC, "Oui, changer")
    assert "vous êtes maintenant mentor·e (Littoral)" in flow.text(MARC)
    assert "Bienvenue" not in flow.text(MARC) and "Merci, Marc" not in flow.text(MARC)
    assert (await flow.db.people.get(MARC)).team_id == 2


async def test_an_invitation_to_the_same_role_and_team_changes_nothing(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc", team_id=1)
    payload = await flow.invite_link("mentor", team_id=1)
    await flow.send(MARC, f"/start {payload}", first_name="Marc")
    assert "déjà mentor·e" in flow.text(MARC) and not flow.buttons(MARC)


async def test_a_youth_saying_no_to_an_invitation_keeps_everything(flow: Flow) -> None:
    await flow.join(ZOE, name="Zoé")
    payload = await flow.invite_link("peer_helper", by=COPIL)
    await flow.send(ZOE, f"/start {payload}", first_name="Zoé")
    assert "Tu es jeune" in flow.text(ZOE) and "pair-aidant·e" in flow.text(ZOE)
    await flow.press_label(ZOE, "Non")
    said = flow.text(ZOE)
    assert "rien enregistré" not in said and "tu restes jeune" in said
    assert (await flow.db.people.get(ZOE)).role == "youth"
