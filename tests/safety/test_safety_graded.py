"""Graded answers (issue 12): a high hit brings the numbers and an alert at once; a medium
hit asks the youth first, warmly, and the COPIL hears of it on "Pas vraiment", "Je veux
parler à quelqu'un", or 30 minutes of silence (injected clock; the timeout is rebuilt from
the database)."""

from __future__ import annotations

from typing import Any

from handlers import safety
from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, message, notice_of

YOUTH, MARC, OTHER = 1001, 2001, 1002
MEDIUM = "j'ai des idées noires ces temps"


def _texts(flow: Flow, chat: int) -> list[str]:
    return [m.get("text") or "" for m in flow.tg.bot_messages(chat)]


async def _rows(flow: Flow) -> list[tuple[Any, ...]]:
    async with flow.db.conn.execute(
        "SELECT youth_id, category, level, rule, answer FROM safety_alerts ORDER BY id"
    ) as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def _linked(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))


async def _asked(flow: Flow) -> tuple[int, dict[str, Any]]:
    """A medium message: the question with its three buttons, no alert yet."""
    await _linked(flow)
    copil_before = len(_texts(flow, COPIL))
    await flow.send(YOUTH, MEDIUM)
    question = next(
        m for m in reversed(flow.tg.bot_messages(YOUTH)) if "en sécurité" in (m.get("text") or "")
    )
    assert question["text"] == (
        "Ce que tu écris m'inquiète un peu. Est-ce que tu es en sécurité en ce moment ?"
    )
    labels = [b["text"] for row in question["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["Oui, ça va", "Pas vraiment", "Je veux parler à quelqu'un"]
    assert not any("144" in t for t in _texts(flow, YOUTH)), "no numbers yet"
    assert len(_texts(flow, COPIL)) == copil_before, "no alert yet"
    assert flow.tg.bot_messages(MARC)[-1]["text"] == MEDIUM, "the youth is never blocked"
    rows = await _rows(flow)
    assert rows == [(YOUTH, "suicide", "medium", "fr.think-death", None)]
    async with flow.db.conn.execute("SELECT id FROM safety_alerts") as cur:
        alert_id = int((await cur.fetchone())[0])
    assert f"safety:ask:{alert_id}" in flow.job_names()
    return alert_id, question


async def test_a_high_message_brings_numbers_marked_copy_and_alert(flow: Flow) -> None:
    await _linked(flow)
    await flow.send(YOUTH, "je vais me tuer ce soir")
    assert any("144 — urgences médicales" in t for t in _texts(flow, YOUTH))
    assert any("mots de détresse" in t for t in _texts(flow, MARC))
    assert "urgent · règle fr.want-kill" in flow.text(COPIL)
    assert (await _rows(flow))[0][2:4] == ("high", "fr.want-kill")


async def test_yes_im_ok_thanks_and_alerts_nobody(flow: Flow) -> None:
    alert_id, question = await _asked(flow)
    copil_before = len(_texts(flow, COPIL))
    await flow.press(YOUTH, f"sfq:ok:{alert_id}", question)
    assert "Merci de m'avoir répondu" in message(flow, YOUTH, question["message_id"])["text"]
    assert len(_texts(flow, COPIL)) == copil_before
    assert (await _rows(flow))[0][4] == "ok"
    assert f"safety:ask:{alert_id}" not in flow.job_names()
    await flow.run_jobs("safety:ask:")  # nothing left to time out
    assert len(_texts(flow, COPIL)) == copil_before


async def test_not_really_is_treated_as_high(flow: Flow) -> None:
    alert_id, question = await _asked(flow)
    await flow.press(YOUTH, f"sfq:not_really:{alert_id}", question)
    assert "143 — La Main Tendue" in message(flow, YOUTH, question["message_id"])["text"]
    alert = flow.text(COPIL)
    assert "la réponse a été « Pas vraiment »" in alert and "Lien n°" in alert
    assert MEDIUM not in alert, "the text is not kept for later"
    assert (await _rows(flow))[0][4] == "not_really"
    # a second press changes nothing and alerts nobody again
    copil_count = len(_texts(flow, COPIL))
    await flow.press(YOUTH, f"sfq:talk:{alert_id}", question)
    assert len(_texts(flow, COPIL)) == copil_count


async def test_wanting_to_talk_is_treated_as_high(flow: Flow) -> None:
    alert_id, question = await _asked(flow)
    await flow.press(YOUTH, f"sfq:talk:{alert_id}", question)
    assert "« Je veux parler à quelqu'un »" in flow.text(COPIL)
    assert "143 — La Main Tendue" in message(flow, YOUTH, question["message_id"])["text"]


async def test_thirty_minutes_of_silence_alert_the_copil_quietly(flow: Flow) -> None:
    alert_id, question = await _asked(flow)
    youth_count = len(_texts(flow, YOUTH))
    flow.clock.advance(minutes=31)
    assert await flow.run_jobs(f"safety:ask:{alert_id}") == 1
    assert "pas de réponse en 30 minutes" in flow.text(COPIL)
    assert len(_texts(flow, YOUTH)) == youth_count, "nothing to the youth"
    assert (await _rows(flow))[0][4] == "timeout"
    # a late press finds the question answered: no second alert
    copil_count = len(_texts(flow, COPIL))
    await flow.press(YOUTH, f"sfq:not_really:{alert_id}", question)
    assert len(_texts(flow, COPIL)) == copil_count


async def test_someone_else_cannot_answer_and_forged_data_change_nothing(flow: Flow) -> None:
    alert_id, question = await _asked(flow)
    await flow.join(OTHER)
    await flow.press(OTHER, f"sfq:ok:{alert_id}")  # forged into another chat's button
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Ce bouton n'est plus valable."
    for data in ("sfq:ok:²", f"sfq:maybe:{alert_id}", f"sfq:ok:{alert_id}9", "sfq:ok:"):
        await flow.press(YOUTH, data, question)
    assert (await _rows(flow))[0][4] is None


async def test_the_timeout_is_rebuilt_from_the_database(flow: Flow) -> None:
    alert_id, _question = await _asked(flow)
    assert flow.app.job_queue is not None
    flow.app.job_queue.scheduler.remove_job(f"safety:ask:{alert_id}")
    assert f"safety:ask:{alert_id}" not in flow.job_names()
    await safety.restore(flow.app)
    assert f"safety:ask:{alert_id}" in flow.job_names()
