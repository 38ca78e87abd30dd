"""Issue 10 items 18 and 20: a mentor given a request by /assign sees the request and who
gave it; every copy of a decision is updated when someone decides (requests, group joins,
peer-helper invitations)."""

from __future__ import annotations

from telegram.ext import CallbackContext

from handlers.request_jobs import check_requests
from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.test_broadcast import HELPER, TEAM_COPIL, YOUTH_QUIET, person, two_teams
from tests.test_groups import create_group
from tests.youth_steps import ask, make_mentor, message, notice_of

YOUTH, MARC, NADIA = 1001, 2001, 2002


async def test_an_assigned_mentor_sees_the_request_and_who_gave_it(flow: Flow) -> None:
    await make_mentor(flow, NADIA, "Nadia")
    request = await ask(
        flow, YOUTH, name="Zoé", message="I look for an apprenticeship", language="en"
    )
    nadia_notice = notice_of(flow, NADIA, request.id)
    await make_mentor(flow, MARC, "Marc")  # joined after the request: never notified

    await flow.send(COPIL, "/assign")
    await flow.press(COPIL, f"assign:req:{request.id}")
    await flow.press(COPIL, f"assign:to:{request.id}:{MARC}")
    given = flow.text(MARC)
    assert "Le COPIL vous a confié la demande de Zoé" in given
    assert "Vous avez accepté" not in given
    for detail in ("I look for an apprenticeship", "18–25 ans", "écrit en anglais", "Travail"):
        assert detail in given, (detail, given)
    # Nadia's copy says what happened, and offers nothing more.
    nadia_copy = message(flow, NADIA, nadia_notice["message_id"])
    assert "Le COPIL a confié cette demande" in nadia_copy["text"]
    assert not nadia_copy.get("reply_markup")


async def test_a_notified_mentor_given_the_request_sees_it_on_their_notice(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, name="Zoé")
    notice = notice_of(flow, MARC, request.id)
    await flow.send(COPIL, "/assign")
    await flow.press(COPIL, f"assign:req:{request.id}")
    await flow.press(COPIL, f"assign:to:{request.id}:{MARC}")
    edited = message(flow, MARC, notice["message_id"])["text"]
    assert "Le COPIL vous a confié la demande de Zoé" in edited
    assert "Je cherche un apprentissage" in edited and "français" in edited


async def test_the_copils_copy_of_a_join_request_says_who_decided(flow: Flow) -> None:
    await two_teams(flow)
    await create_group(flow)
    await flow.send(YOUTH_QUIET, "/groups")
    await flow.press(YOUTH_QUIET, "grp:ask:1")
    copil_copy = flow.last(TEAM_COPIL)
    assert f"P{YOUTH_QUIET} demande à rejoindre" in copil_copy["text"]
    # Each leader in their own register: « vous » to the COPIL creator, « tu » to the helper.
    assert copil_copy["text"].endswith("Acceptez-vous ?")
    assert flow.text(HELPER).endswith("Tu acceptes ?")
    await flow.press(HELPER, f"grp:acc:1:{YOUTH_QUIET}")
    assert "a rejoint" in flow.text(HELPER)
    edited = message(flow, TEAM_COPIL, copil_copy["message_id"])
    assert f"P{HELPER} a accepté P{YOUTH_QUIET} dans le groupe Les Lundis" in edited["text"]
    assert not edited.get("reply_markup"), "no Accept left to press"
    # A press on an old copy is told the truth, not "full".
    await flow.press(TEAM_COPIL, f"grp:acc:1:{YOUTH_QUIET}", copil_copy)
    told = message(flow, TEAM_COPIL, copil_copy["message_id"])["text"]
    assert "fait déjà partie du groupe" in told and "complet" not in told


async def test_a_500_on_a_leaders_copy_of_a_join_request_delays_it_only(flow: Flow) -> None:
    await two_teams(flow)
    await create_group(flow)
    await flow.send(YOUTH_QUIET, "/groups")
    flow.tg.inject_error(500, "Internal Server Error")  # the first leader's copy
    await flow.press(YOUTH_QUIET, "grp:ask:1")
    await flow.settle()
    asked = f"P{YOUTH_QUIET} demande à rejoindre"

    def copies(leader: int) -> int:
        return sum(asked in m.get("text", "") for m in flow.tg.bot_messages(leader))

    assert (copies(HELPER), copies(TEAM_COPIL)) == (1, 1)
    await flow.press(YOUTH_QUIET, "grp:ask:1", flow.tg.bot_messages(YOUTH_QUIET)[-1])
    await flow.settle()
    assert (copies(HELPER), copies(TEAM_COPIL)) == (1, 1), "a double tap tells nobody twice"
    copil_copy = flow.last(TEAM_COPIL)
    await flow.press(HELPER, f"grp:acc:1:{YOUTH_QUIET}")
    assert await flow.db.groups.is_member(1, YOUTH_QUIET)
    # Sent by the outbox, the copies are still copies of the decision: edited once decided.
    edited = message(flow, TEAM_COPIL, copil_copy["message_id"])
    assert f"P{HELPER} a accepté P{YOUTH_QUIET}" in edited["text"]


async def test_every_copil_copy_of_a_peer_helper_invitation_is_updated(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, name="Zoé")
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    link = await flow.db.links.active_of_youth(YOUTH)
    await flow.send(MARC, "/end")
    await flow.press(MARC, f"end:r:{link.id}:work")
    await flow.press(YOUTH, f"peer:yes:{link.id}")
    team_copy = flow.last(TEAM_COPIL)
    assert "pair-aidant·e" in team_copy["text"]
    await flow.press(COPIL, f"peer:invite:{link.id}")
    edited = message(flow, TEAM_COPIL, team_copy["message_id"])
    assert "a invité Zoé comme pair-aidant·e" in edited["text"]
    assert not edited.get("reply_markup")


async def test_the_copils_alert_about_a_request_says_who_follows_it(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, name="Zoé")
    job = CallbackContext(flow.app)  # type: ignore[arg-type]
    flow.clock.advance(hours=25)
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    reminder = flow.last(MARC)
    assert "attend toujours une réponse" in reminder["text"]
    flow.clock.advance(hours=24)
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    alert = flow.last(COPIL)
    assert "sans réponse" in alert["text"]
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    edited = message(flow, COPIL, alert["message_id"])["text"]
    assert "La demande de Zoé est maintenant suivie par Marc" in edited
    assert "suivie par Marc" in message(flow, MARC, reminder["message_id"])["text"]
