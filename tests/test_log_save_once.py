"""A follow-up is saved once even when the answer to Save timed out: pressing Save again on
the same summary finds it saved and says so (hours are never counted twice)."""

from __future__ import annotations

from tests.conftest import Flow
from tests.logtools import linked_youth, logs_of, mentor

MENTOR, SAMIR = 2001, 1001  # fictitious


async def test_save_pressed_again_after_its_answer_failed_saves_nothing_more(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Marc")
    await linked_youth(flow, SAMIR, "Samir", MENTOR)
    await flow.send(MENTOR, "/log")
    for data in (f"log:y:{SAMIR}", "log:k:long_term", "log:d:1", "log:m:45", "log:t:housing"):
        await flow.press(MENTOR, data)
    summary = flow.last(MENTOR)
    flow.tg.inject_faults({"editMessageText": 1.0}, kinds=("timeout",))
    await flow.press(MENTOR, "log:save", summary)  # saved; the confirmation timed out
    flow.tg.stop_faults()
    assert len(await logs_of(flow, MENTOR)) == 1
    await flow.press(MENTOR, "log:save", summary)
    texts = [m.get("text", "") for m in flow.tg.bot_messages(MENTOR)]
    assert any("déjà enregistré" in t for t in texts)
    assert len(await logs_of(flow, MENTOR)) == 1
