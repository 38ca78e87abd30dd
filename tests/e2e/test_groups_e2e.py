"""A peer-aidance group end to end: a recurring rhythm, a youth joining by the link, a
session reminder (its time passes while the bot is down) and attendance."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.e2e.conftest import COPIL, BotProcess

HELPER, YOUTH = 3401, 1401


async def invite(bot: BotProcess, role: str, user: int, name: str, welcome: str) -> None:
    links = [t for t in bot.texts(COPIL) if "?start=i_" in t]
    await bot.say(COPIL, "/invite", "Qui voulez-vous inviter")
    await bot.tg.press(COPIL, bot.tg.last(COPIL)["message_id"], f"invite:role:{role}")
    await bot.wait(lambda: len([t for t in bot.texts(COPIL) if "?start=i_" in t]) > len(links))
    payload = re.search(r"\?start=(\S+)", bot.texts(COPIL)[-1])
    assert payload
    await bot.say(user, f"/start {payload.group(1)}", "Choisis ta langue", first_name=name)
    await bot.press(user, "lang:fr", "D'accord")
    await bot.press(user, "consent:yes:fr", welcome)


@pytest.mark.sqlite_file("reads the bot's rows with sqlite3")
async def test_group_rhythm_joining_reminder_and_attendance(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await invite(bot, "peer_helper", HELPER, "Samia", "pair-aidant·e")
    await bot.say(YOUTH, "/start", "Choisis ta langue", first_name="Léo")
    await bot.press(YOUTH, "lang:fr", "C'est toi qui décides")
    await bot.press(YOUTH, "consent:yes:fr", "Merci, Léo")

    await bot.say(COPIL, "/group", "Le nom du groupe")
    await bot.say(COPIL, "Les Mardis", "Pour quelle équipe")
    await bot.press(COPIL, "grn:team:1", "Qui anime le groupe")
    await bot.press(COPIL, f"grn:help:{HELPER}", "Qui anime le groupe")
    await bot.press(COPIL, "grn:helpers:done", "Combien de jeunes")
    await bot.press(COPIL, "grn:size:10", "Quel rythme")
    await bot.say(COPIL, "2e et 4e mardi 18h", "séances prévues")
    text = await bot.press(COPIL, "grn:ok", "start=g_")
    link = re.search(r"start=(g_\S+)", text)
    assert link

    await bot.say(YOUTH, f"/start {link.group(1)}", "Bienvenue dans le groupe Les Mardis")

    # The reminder's time passes while the bot is down: at start-up it goes, before the
    # session, with Yes / No.
    await bot.stop()
    with sqlite3.connect(bot.database) as db:
        db.execute(
            "UPDATE reminders SET due_at = '2020-01-01T08:00:00+00:00', status = 'pending'"
            " WHERE subject = 'session' AND subject_id = 1 AND kind = 'day'"
        )
    await bot.start()
    await bot.wait(lambda: any("Demain, séance du groupe" in t for t in bot.texts(YOUTH)))
    reminder: dict[str, Any] = bot.tg.last(YOUTH)
    await bot.tg.press(YOUTH, reminder["message_id"], "ses:yes:1")
    await bot.wait(lambda: any("à bientôt" in a["text"] for a in bot.tg.callback_answers.values()))

    # The session took place (its time moved to the past while the bot was down).
    await bot.stop()
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
    with sqlite3.connect(bot.database) as db:
        db.execute("UPDATE sessions SET starts_at = ? WHERE id = 1", (an_hour_ago,))
    await bot.start()
    await bot.say(HELPER, "/attendance", "Quelle séance")
    await bot.press(HELPER, "gra:show:1", "0 présent·e.")
    await bot.press(HELPER, f"gra:mark:1:{YOUTH}", "1 présent·e.")
