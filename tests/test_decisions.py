"""Issue 10 items 18 and 20: a mentor given a request by /assign sees the request and who
gave it; every copy of a decision is updated when someone decides."""

from __future__ import annotations

from tests.conftest import COPIL, Flow
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
