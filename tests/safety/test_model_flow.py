"""A hit of the safety net's model (no rule fired) through the real application: the youth
is asked the medium question, "Pas vraiment" alerts the COPIL with the words that weighed
most, and only the category, the level and the rule are kept."""

from __future__ import annotations

from typing import Any

from tests.conftest import COPIL, Flow
from tests.safety.test_model import MODEL_ONLY, THEN_IDIOM
from tests.youth_steps import ask, make_mentor, notice_of

YOUTH, MARC = 1001, 2001


async def _rows(flow: Flow) -> list[tuple[Any, ...]]:
    async with flow.db.conn.execute(
        "SELECT youth_id, category, level, rule, answer FROM safety_alerts ORDER BY id"
    ) as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def _asked(
    flow: Flow, message: str = MODEL_ONLY
) -> tuple[int, dict[str, Any], tuple[str, ...]]:
    """The model-only message: the medium question, no alert yet, the rule 'model' kept."""
    net = flow.app.bot_data.safety
    assert net.rules_only(message) is None
    hit = net.check(message)
    assert hit is not None and hit.why
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    copil_before = len(flow.tg.bot_messages(COPIL))
    await flow.send(YOUTH, message)
    question = flow.tg.bot_messages(YOUTH)[-1]
    assert "Est-ce que tu es en sécurité en ce moment ?" in question["text"]
    assert len(flow.tg.bot_messages(COPIL)) == copil_before, "no alert yet"
    assert flow.tg.bot_messages(MARC)[-1]["text"] == message, "the youth is never blocked"
    assert await _rows(flow) == [(YOUTH, hit.category, "medium", "en.model", None)]
    async with flow.db.conn.execute("SELECT id FROM safety_alerts") as cur:
        alert_id = int((await cur.fetchone())[0])
    return alert_id, question, hit.why


async def _nothing_kept(flow: Flow, why: tuple[str, ...]) -> None:
    """Two minutes after the alert was delivered, its words leave the outbox; the alert's
    row never had them."""
    flow.clock.advance(minutes=3)
    await flow.run_jobs("safety:widen")
    for delivery in await flow.db.outbox.deliveries("safety:"):
        said = delivery.params["args"]["said"]
        assert said["key"] != "safety-copil-said-model" or "text" not in said["args"]
        assert "<i>" not in str(delivery.params)
    async with flow.db.conn.execute("SELECT * FROM safety_alerts") as cur:
        row = " ".join(map(str, await cur.fetchone()))
    assert not any(word in row for word in why) and MODEL_ONLY not in row


async def test_a_model_hit_asks_and_not_really_alerts_with_the_words(flow: Flow) -> None:
    alert_id, question, why = await _asked(flow)
    await flow.press(YOUTH, f"sfq:not_really:{alert_id}", question)
    alert = flow.text(COPIL)
    assert "inquiétant · règle en.model" in alert
    assert "la réponse a été « Pas vraiment »" in alert
    assert "Les mots qui ont le plus pesé pour le modèle : " in alert
    for word in why:
        assert f"<i>{word}</i>" in alert or word in alert
    assert MODEL_ONLY not in alert, "the words that weighed, not the message"
    assert (await _rows(flow))[0][4] == "not_really"
    await _nothing_kept(flow, why)


async def test_silence_after_a_model_hit_alerts_with_the_words(flow: Flow) -> None:
    alert_id, _question, why = await _asked(flow)
    flow.clock.advance(minutes=31)
    assert await flow.run_jobs(f"safety:ask:{alert_id}") == 1
    alert = flow.text(COPIL)
    assert "pas de réponse en 30 minutes" in alert
    assert all(word in alert for word in why)
    await _nothing_kept(flow, why)


async def test_an_idiom_after_a_model_hit_still_asks(flow: Flow) -> None:
    """The model reads each sentence and window on its own: the idiom that follows does not
    cancel the crisis before it (tests/safety/test_model.py shows it would, read whole)."""
    alert_id, question, _why = await _asked(flow, f"{MODEL_ONLY}. {THEN_IDIOM}")
    await flow.press(YOUTH, f"sfq:talk:{alert_id}", question)
    assert "la réponse a été « Je veux parler à quelqu'un »" in flow.text(COPIL)
