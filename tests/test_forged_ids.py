"""Button data is never trusted: a forged, oversized or non-ASCII id gets the clear answer an
unknown button gets, never "Oups" (review item 17)."""

from __future__ import annotations

import pytest

from bot.ids import is_id, parse_id
from storage.models import Role
from tests.conftest import Flow
from tests.test_broadcast import HELPER, MENTOR_A, TEAM_COPIL, YOUTH_NEWS, person, two_teams

FORGED = ("99999999999999999999", "²", "١٢")  # past 2**63; isdigit() but not int(); Arabic

PRESSES = {
    MENTOR_A: ["req:acc:{}", "req:dec:{}", "end:pick:{}", "end:r:{}:moved", "hist:open:{}",
               "hist:del:{}", "pt:edit:{}", "pt:share:{}", "talk:link:{}"],
    YOUTH_NEWS: ["stop:yes:{}", "stop:req:{}", "ev:yes:{}", "ses:yes:{}", "grp:ask:{}",
                 "peer:yes:{}", "peer:no:{}"],
    HELPER: ["grs:set:{}", "grs:cancel:{}", "grs:cancelok:{}", "gra:show:{}", "grp:acc:{}:1"],
    TEAM_COPIL: ["assign:req:{}", "assign:to:{}:1", "people:off:{}", "people:team:{}",
                 "people:on:{}", "evm:show:{}", "evm:att:{}", "evm:mark:1:{}", "evm:cancel:{}",
                 "res:m:{}", "res:set:{}:1", "bcl:cancel:{}", "grp:acc:1:{}", "emerg:edit:{}",
                 "invite:team:mentor:{}", "peer:invite:{}", "hours:team:{}"],
}  # fmt: skip


def test_only_short_ascii_digits_are_ids() -> None:
    assert parse_id("42") == 42 and is_id("0" * 18)
    for raw in (*FORGED, "", "-1", " 1", "1 ", "0" * 19, "1e3"):
        assert parse_id(raw) is None, raw


@pytest.mark.parametrize("forged", FORGED)
async def test_forged_ids_get_a_clear_answer(flow: Flow, forged: str) -> None:
    await two_teams(flow)
    await person(flow, 9, Role.COPIL, None, wide=True)
    for user, patterns in PRESSES.items():
        for pattern in patterns:
            before = len(flow.tg.callback_answers)
            await flow.press(user, pattern.format(forged))
            texts = [m.get("text") or "" for m in flow.tg.bot_messages(user)]
            assert not any("Oups" in t for t in texts), pattern
            assert len(flow.tg.callback_answers) == before + 1, pattern
