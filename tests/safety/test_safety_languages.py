"""The safety net in Spanish, Portuguese and Arabic, end to end: a youth who writes in the
language they think in is caught by that language's patterns, gets the words and the
emergency numbers in that language, and the team gets the alert with the rule that fired;
an everyday look-alike in the same language stays quiet."""

from __future__ import annotations

import pytest

from tests.conftest import COPIL, Flow

STRANGER = 1501

CASES = [
    # language, crisis, look-alike, the youth's answer starts, the Swiss line in that language
    (
        "es",
        "esta noche me mato",
        "me muero de risa con este video",
        "Gracias por",
        "143 — La Main Tendue (escucha",
    ),
    (
        "pt",
        "esta noite mato-me",
        "estou a morrer de rir com este vídeo",
        "Obrigado por",
        "143 — La Main Tendue (escuta",
    ),
    (
        "ar",
        "الليلة سأنتحر",
        "ميت من الضحك على هذا الفيديو",
        "شكرًا لأنك",
        "143 — La Main Tendue (استماع",
    ),
]


async def _alerts(flow: Flow) -> list[tuple[int, str]]:
    async with flow.db.conn.execute("SELECT youth_id, category FROM safety_alerts") as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


@pytest.mark.parametrize(("language", "crisis", "_ordinary", "thanks", "line"), CASES)
async def test_a_crisis_in_the_youths_language(
    flow: Flow, language: str, crisis: str, _ordinary: str, thanks: str, line: str
) -> None:
    await flow.send(COPIL, "/help")
    before = len(flow.tg.bot_messages(COPIL))
    await flow.send(STRANGER, crisis, language_code=language)
    answer = flow.text(STRANGER)
    assert answer.startswith(thanks), answer
    assert line in answer
    alert = flow.tg.bot_messages(COPIL)[before].get("text") or ""
    assert f"{language}." in alert, "the COPIL sees which language's rule fired"
    assert await _alerts(flow) == [(STRANGER, "suicide")]


@pytest.mark.parametrize(("language", "_crisis", "ordinary", "_thanks", "_line"), CASES)
async def test_an_idiom_in_the_youths_language_stays_quiet(
    flow: Flow, language: str, _crisis: str, ordinary: str, _thanks: str, _line: str
) -> None:
    await flow.send(STRANGER, ordinary, language_code=language)
    assert "/start" in flow.text(STRANGER), "the ordinary way in, in their language"
    assert await _alerts(flow) == []
