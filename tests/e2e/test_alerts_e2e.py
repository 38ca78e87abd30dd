"""Issue 12 end to end over HTTP: the bot as its own process, polling the sandbox. A youth in
crisis gets the numbers; the COPIL gets the alert, takes it, writes to the youth (who reads
"L'équipe", never a name), the youth's answer reaches the owner, and the owner closes the
alert with an outcome (stored, without any text)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tests.e2e.conftest import COPIL, BotProcess

ZOE = 1001  # fictitious
CRISIS = "je vais me tuer ce soir"


def _labels(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


def _alert(bot: BotProcess) -> dict[str, Any] | None:
    return next(
        (m for m in bot.tg.bot_messages(COPIL) if "Alerte du filet" in (m.get("text") or "")),
        None,
    )


@pytest.mark.sqlite_file("reads the bot's rows with sqlite3")
async def test_a_youth_in_crisis_the_copil_takes_writes_hears_back_and_closes(
    bot: BotProcess,
) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await bot.say(COPIL, "/help", "Ce que vous pouvez faire", first_name="Inès")
    await bot.say(ZOE, "/start", "Choisis ta langue", first_name="Zoé")
    await bot.press(ZOE, "lang:fr", "C'est toi qui décides")
    await bot.press(ZOE, "consent:yes:fr", "Merci, Zoé")

    await bot.say(ZOE, CRISIS, "143", first_name="Zoé")  # the numbers, at once
    alert: dict[str, Any] = await bot.wait(lambda: _alert(bot))
    assert CRISIS in alert["text"] and "Zoé" in alert["text"]
    assert _labels(alert) == ["🙋 Je m'en occupe"]
    data = alert["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    alert_id = int(data.rsplit(":", 1)[1])

    await bot.tg.press(COPIL, alert["message_id"], f"sfo:take:{alert_id}")
    await bot.wait(lambda: "✍️ Écrire au/à la jeune" in _labels(_alert(bot) or {}))
    await bot.tg.press(COPIL, alert["message_id"], f"talk:alert:{alert_id}")
    await bot.wait(lambda: "Vos prochains messages iront à" in bot.texts(COPIL)[-1])

    await bot.say(COPIL, "Ici l'équipe. Tu es en sécurité là ?", "→ Zoé", first_name="Inès")
    await bot.wait(lambda: bot.texts(ZOE)[-1] == "Ici l'équipe. Tu es en sécurité là ?")
    assert _labels(bot.tg.last(ZOE)) == ["↩ L'équipe"]
    assert not any("Inès" in t or "COPIL" in t for t in bot.texts(ZOE))

    await bot.say(ZOE, "oui je suis chez ma soeur", "→ L'équipe", first_name="Zoé")
    await bot.wait(lambda: bot.texts(COPIL)[-1] == "oui je suis chez ma soeur")

    await bot.tg.press(COPIL, alert["message_id"], f"sfo:close:{alert_id}")
    await bot.wait(lambda: "Comment se termine" in bot.texts(COPIL)[-1])
    await bot.press(COPIL, f"sfo:out:safe:{alert_id}", "close : 🟢 En sécurité")
    with sqlite3.connect(f"file:{bot.database}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT owner_id, outcome, closed_at IS NOT NULL FROM safety_alerts WHERE id = ?",
            (alert_id,),
        ).fetchone()
    assert row == (COPIL, "safe", 1)
