"""/people and /teams (COPIL): deactivation takes effect on the next update; teams."""

from __future__ import annotations

from tests.conftest import COPIL, Flow

MENTOR = 2001


async def _mentor(flow: Flow) -> None:
    payload = await flow.invite_link("mentor")
    await flow.send(MENTOR, f"/start {payload}", first_name="Marc")
    await flow.press(MENTOR, "lang:fr")
    await flow.press(MENTOR, "consent:yes:fr")


async def test_deactivated_mentor_gets_no_mentor_feature(flow: Flow) -> None:
    await _mentor(flow)
    await flow.send(COPIL, "/people")
    assert "Marc" in flow.text(COPIL) and "Mentor·es" in flow.text(COPIL)
    await flow.press(COPIL, f"people:off:{MENTOR}")
    await flow.press(COPIL, f"people:offok:{MENTOR}")
    assert "désactivé" in flow.text(COPIL)
    assert not (await flow.db.people.get(MENTOR)).active
    assert await flow.db.audit.actions(MENTOR) == ["consent:mentor", "deactivate"]

    await flow.send(MENTOR, "/help")
    assert "accès à Lien est fermé" in flow.text(MENTOR)

    await flow.press(COPIL, f"people:on:{MENTOR}")
    await flow.send(MENTOR, "/help")
    assert "Ce que vous pouvez faire" in flow.text(MENTOR)


async def test_forged_people_buttons_change_nothing(flow: Flow) -> None:
    await _mentor(flow)
    await flow.press(MENTOR, f"people:offok:{COPIL}")  # a mentor tries
    assert (await flow.db.people.get(COPIL)).active
    await flow.send(COPIL, "/people")
    for data in ("people:offok:abc", "people:offok:999999", f"people:offok:{COPIL}", "people:x:1"):
        await flow.press(COPIL, data)
    assert (await flow.db.people.get(COPIL)).active


async def test_copil_creates_and_renames_teams(flow: Flow) -> None:
    await flow.send(COPIL, "/teams")
    await flow.press(COPIL, "teams:new")
    await flow.send(COPIL, "x")
    assert "de 2 à 40" in flow.text(COPIL)
    await flow.send(COPIL, "Montagnes")
    assert "Montagnes" in flow.text(COPIL)
    await flow.send(COPIL, "/teams")
    await flow.press(COPIL, "teams:rename:1")
    await flow.send(COPIL, "montagnes")
    assert "déjà" in flow.text(COPIL)
    await flow.send(COPIL, "Littoral")
    assert sorted(t.name for t in await flow.db.teams.all()) == ["Littoral", "Montagnes"]


async def test_cancel_leaves_teams_unchanged(flow: Flow) -> None:
    await flow.send(COPIL, "/teams")
    await flow.press(COPIL, "teams:new")
    await flow.send(COPIL, "/cancel")
    assert "annulé" in flow.text(COPIL)
    assert [t.name for t in await flow.db.teams.all()] == ["Équipe principale"]
