"""Every alert is answered (issue 12): "Je m'en occupe" makes the first COPIL member to
press its owner, even when two press at once, and every copy then says who took it."""

from __future__ import annotations

import asyncio
from typing import Any

from storage.models import Role
from tests.conftest import COPIL, Flow

YOUTH, SECOND = 1001, 9002


def _alert(flow: Flow, chat: int) -> dict[str, Any]:
    return next(
        m for m in reversed(flow.tg.bot_messages(chat)) if "Alerte" in (m.get("text") or "")
    )


def _buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [(b["text"], b["callback_data"]) for row in rows for b in row]


async def _two_copil_and_an_alert(flow: Flow) -> int:
    await flow.send(COPIL, "/help")
    await flow.db.people.add_or_update(
        SECOND,
        role=Role.COPIL,
        team_id=1,
        programme_wide=True,
        display_name="Inès",
        language="fr",
    )
    await flow.send(SECOND, "/help")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "je vais me tuer ce soir")
    async with flow.db.conn.execute("SELECT id FROM safety_alerts") as cur:
        alert_id = int((await cur.fetchone())[0])
    for member in (COPIL, SECOND):
        assert _buttons(_alert(flow, member)) == [("🙋 Je m'en occupe", f"sfo:take:{alert_id}")]
    return alert_id


async def test_the_first_to_press_owns_it_and_every_copy_says_who(flow: Flow) -> None:
    alert_id = await _two_copil_and_an_alert(flow)
    await flow.press(SECOND, f"sfo:take:{alert_id}", _alert(flow, SECOND))
    assert list(flow.tg.callback_answers.values())[-1]["text"].startswith("C'est noté")
    assert _buttons(_alert(flow, COPIL)) == [("✅ Inès s'en occupe", f"sfo:who:{alert_id}")]
    assert _buttons(_alert(flow, SECOND))[0] == ("✅ Vous vous en occupez", f"sfo:who:{alert_id}")
    assert await flow.db.safety.owner(alert_id) is not None
    assert (await flow.db.safety.owner(alert_id))[0] == SECOND
    # the other member's press (an old copy, or the new label) says who, changes nothing
    await flow.press(COPIL, f"sfo:take:{alert_id}", _alert(flow, COPIL))
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Inès s'en occupe déjà."
    assert (await flow.db.safety.owner(alert_id))[0] == SECOND


async def test_two_members_pressing_at_once_make_one_owner(flow: Flow) -> None:
    alert_id = await _two_copil_and_an_alert(flow)
    first, second = _alert(flow, COPIL), _alert(flow, SECOND)
    await asyncio.gather(
        flow.tg.press(COPIL, first["message_id"], f"sfo:take:{alert_id}"),
        flow.tg.press(SECOND, second["message_id"], f"sfo:take:{alert_id}"),
    )
    await flow.pump()
    answers = [a["text"] for a in list(flow.tg.callback_answers.values())[-2:]]
    assert sum(a.startswith("C'est noté") for a in answers) == 1, answers
    assert sum(a.endswith("s'en occupe déjà.") for a in answers) == 1, answers
    owner = (await flow.db.safety.owner(alert_id))[0]
    other = COPIL if owner == SECOND else SECOND
    assert _buttons(_alert(flow, owner))[0][0] == "✅ Vous vous en occupez"
    label = _buttons(_alert(flow, other))[0][0]
    assert label.endswith(" s'en occupe") and ("Inès" in label) == (owner == SECOND)


async def test_only_the_copil_can_take_an_alert(flow: Flow) -> None:
    alert_id = await _two_copil_and_an_alert(flow)
    await flow.press(YOUTH, f"sfo:take:{alert_id}")
    await flow.press(SECOND, "sfo:take:²", _alert(flow, SECOND))
    await flow.press(SECOND, "sfo:take:999", _alert(flow, SECOND))
    assert await flow.db.safety.owner(alert_id) is None
