"""Invitations: COPIL invites a mentor; links work once, expire, and can't be forged."""

from __future__ import annotations

import pytest

from tests.conftest import COPIL, Flow

MENTOR = 2001
YOUTH = 1001


async def test_copil_invites_a_mentor_who_opens_the_link(flow: Flow) -> None:
    payload = await flow.invite_link("mentor")
    assert "dimanche 29 novembre à 10:00" in flow.text(COPIL)  # 7 days, in Zurich time
    assert len(payload) <= 64 and payload.startswith("i_")

    await flow.send(MENTOR, f"/start {payload}", first_name="Marc")
    await flow.press(MENTOR, "lang:fr")
    assert "mentor·e" in flow.text(MENTOR)
    await flow.press(MENTOR, "consent:yes:fr")
    mentor = await flow.db.people.get(MENTOR)
    assert mentor is not None and mentor.role == "mentor" and mentor.team_id == 1
    assert "Vous êtes maintenant mentor·e" in flow.text(MENTOR)


async def test_the_same_link_again_is_refused(flow: Flow) -> None:
    payload = await flow.invite_link("mentor")
    await flow.send(MENTOR, f"/start {payload}")
    await flow.press(MENTOR, "lang:fr")
    await flow.press(MENTOR, "consent:yes:fr")

    await flow.send(2002, f"/start {payload}")
    assert "déjà servi" in flow.text(2002)
    assert await flow.db.people.get(2002) is None


async def test_link_used_between_opening_and_consent_gives_no_role(flow: Flow) -> None:
    payload = await flow.invite_link("mentor")
    await flow.send(MENTOR, f"/start {payload}")
    await flow.send(2002, f"/start {payload}")
    await flow.press(MENTOR, "lang:fr")
    await flow.press(MENTOR, "consent:yes:fr")
    await flow.press(2002, "lang:fr")
    await flow.press(2002, "consent:yes:fr")
    assert "déjà servi" in flow.text(2002)
    assert await flow.db.people.get(2002) is None


async def test_an_expired_link_is_refused(flow: Flow) -> None:
    payload = await flow.invite_link("mentor")
    flow.clock.advance(days=7, seconds=1)
    await flow.send(MENTOR, f"/start {payload}")
    assert "expiré" in flow.text(MENTOR)
    assert await flow.db.people.get(MENTOR) is None


@pytest.mark.parametrize(
    "payload",
    ["i_doesnotexist", "i_" + "a" * 70, "hello world", "i_<script>", "%%%"],
)
async def test_bad_payloads_get_a_clear_message_and_no_role(flow: Flow, payload: str) -> None:
    await flow.send(MENTOR, f"/start {payload}")
    assert "pas valable" in flow.text(MENTOR)
    assert await flow.db.people.get(MENTOR) is None


async def test_a_youth_cannot_invite(flow: Flow) -> None:
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/invite")
    assert flow.text(YOUTH) == "Cette action n'est pas possible pour toi."
    await flow.tg.press(YOUTH, flow.last(YOUTH)["message_id"], "invite:team:mentor:1")
    await flow.pump()
    async with flow.db.conn.execute("SELECT count(*) FROM invites") as cur:
        assert (await cur.fetchone())[0] == 0


async def test_team_copil_cannot_invite_into_another_team(flow: Flow) -> None:
    other = await flow.db.teams.create("Littoral")
    payload = await flow.invite_link("copil", team_id=1)
    await flow.send(3001, f"/start {payload}")
    await flow.press(3001, "lang:fr")
    await flow.press(3001, "consent:yes:fr")
    team_copil = await flow.db.people.get(3001)
    assert team_copil.role == "copil" and not team_copil.programme_wide

    await flow.send(3001, "/invite")
    await flow.press(3001, f"invite:team:mentor:{other.id}")
    assert flow.tg.callback_answers[list(flow.tg.callback_answers)[-1]]["text"] == (
        "Cette action n'est pas possible pour vous."
    )
    await flow.press(3001, "invite:role:mentor")  # one team only: the link comes at once
    assert "?start=i_" in flow.text(3001) and "Équipe principale" in flow.text(3001)


async def test_setup_link_makes_the_first_copil(flow: Flow) -> None:
    token = await flow.db.invites.replace_setup_invite()
    await flow.send(4001, f"/start i_{token}", first_name="Sofia")
    await flow.press(4001, "lang:fr")
    await flow.press(4001, "consent:yes:fr")
    first = await flow.db.people.get(4001)
    assert first.role == "copil" and first.programme_wide
    await flow.send(4002, f"/start i_{token}")
    assert "déjà servi" in flow.text(4002)


async def test_setup_link_expires_after_a_day_and_only_the_newest_works(flow: Flow) -> None:
    older = await flow.db.invites.replace_setup_invite()
    token = await flow.db.invites.replace_setup_invite()
    await flow.send(4001, f"/start i_{older}")
    assert "n'est pas valable" in flow.text(4001)
    flow.clock.advance(hours=24)
    await flow.send(4001, f"/start i_{token}")
    assert "a expiré" in flow.text(4001)
    assert await flow.db.people.get(4001) is None
