"""Requests never half-done: the notices to the mentors, the youth told of an acceptance and
the COPIL's escalations are outbox rows written with the change, so one Telegram error
delays them and loses none; Send pressed again after its answer failed finds it sent."""

from __future__ import annotations

from telegram.ext import CallbackContext

from handlers.request_jobs import check_requests
from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, message, notice_of

YOUTH, MARC, LEA = 1001, 2001, 2002  # fictitious


def count(flow: Flow, chat: int, fragment: str) -> int:
    return sum(fragment in m.get("text", "") for m in flow.tg.bot_messages(chat))


async def test_a_timeout_on_the_first_notice_leaves_no_mentor_unnotified(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, LEA, "Léa")
    flow.tg.inject_timeout()  # the first mentor's notice (the answer to the youth: later)
    request = await ask(flow, YOUTH)
    assert "C'est envoyé" in flow.text(YOUTH)
    await flow.settle()
    for mentor in (MARC, LEA):
        assert notice_of(flow, mentor, request.id)  # both have it, once
        assert count(flow, mentor, "Nouvelle demande de contact") == 1
    # The notice's message id is kept: taking the request edits both copies.
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    assert "plus disponible" in flow.text(LEA) or "déjà" in flow.text(LEA)


async def test_the_youth_is_told_of_the_acceptance_despite_an_error(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH)
    flow.tg.inject_error(500, "Internal Server Error")  # the youth's notice
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    assert count(flow, YOUTH, "a accepté ta demande") == 0
    await flow.settle()
    assert count(flow, YOUTH, "a accepté ta demande") == 1


async def test_an_escalation_marked_is_sent_despite_an_error(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    await ask(flow, YOUTH)
    job = CallbackContext(flow.app)  # type: ignore[arg-type]
    flow.clock.advance(hours=49)
    flow.tg.inject_error(502, "Bad Gateway", count=3)
    await check_requests(job)
    await flow.settle()
    assert count(flow, COPIL, "sans réponse") == 1
    assert count(flow, YOUTH, "pas encore trouvé") == 1
    await check_requests(job)  # again (a restart): nothing twice
    await flow.settle()
    assert count(flow, COPIL, "sans réponse") == 1


async def test_send_pressed_again_after_a_failed_answer_finds_it_sent(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    await flow.join(YOUTH, name="Zoé")
    await flow.send(YOUTH, "/request")
    for data in ("request:met:sport", "request:theme:work", "request:themes:ok"):
        await flow.press(YOUTH, data)
    if "request:age:18_25" in flow.buttons(YOUTH).values():
        await flow.press(YOUTH, "request:age:18_25")
    await flow.press(YOUTH, "request:name")
    await flow.press(YOUTH, "request:msg:skip")
    confirm = flow.last(YOUTH)
    flow.tg.inject_faults({"editMessageText": 1.0}, kinds=("timeout",))
    await flow.press(YOUTH, "request:send", confirm)  # stored, but the answer failed
    flow.tg.stop_faults()
    await flow.press(YOUTH, "request:send", confirm)
    assert "C'est envoyé" in message(flow, YOUTH, confirm["message_id"])["text"]
    async with flow.db.conn.execute("SELECT count(*) FROM requests") as cur:
        assert (await cur.fetchone())[0] == 1
    await flow.settle()
    assert count(flow, MARC, "Nouvelle demande de contact") == 1
