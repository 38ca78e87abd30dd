"""Broadcasts end to end: a bot process, the sandbox over HTTP, a restart in between."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.e2e.conftest import COPIL, BotProcess

MENTOR_A, MENTOR_B = 2301, 2302


async def invite_mentor(bot: BotProcess, mentor: int, name: str) -> None:
    links = [t for t in bot.texts(COPIL) if "?start=i_" in t]
    await bot.say(COPIL, "/invite", "Qui voulez-vous inviter")
    await bot.tg.press(COPIL, bot.tg.last(COPIL)["message_id"], "invite:role:mentor")
    await bot.wait(lambda: len([t for t in bot.texts(COPIL) if "?start=i_" in t]) > len(links))
    payload = re.search(r"\?start=(\S+)", bot.texts(COPIL)[-1])
    assert payload
    await bot.say(mentor, f"/start {payload.group(1)}", "Choisis ta langue", first_name=name)
    await bot.press(mentor, "lang:fr", "comme mentor·e")
    await bot.press(mentor, "consent:yes:fr", "Vous êtes maintenant mentor·e")


@pytest.mark.sqlite_file("reads the bot's rows with sqlite3")
async def test_broadcast_now_with_a_blocked_mentor_then_a_scheduled_one(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await invite_mentor(bot, MENTOR_A, "Marc")
    await invite_mentor(bot, MENTOR_B, "Nadia")
    bot.tg.block(MENTOR_B)

    # Send now: one mentor gets it, the one who blocked the bot is reported unreachable.
    await bot.say(COPIL, "/broadcast", "À qui envoyer")
    await bot.press(COPIL, "bc:aud:mentors", "Pour quelle équipe")
    await bot.press(COPIL, "bc:team:1", "Envoyez le message")
    await bot.say(COPIL, "Formation écoute active, jeudi 18h", "2 personnes")
    await bot.press(COPIL, "bc:now", "C'est parti")
    report = await bot.wait(lambda: next((t for t in bot.texts(COPIL) if "terminée" in t), None))
    assert "1 envoyé, 1 injoignable (a bloqué le bot)" in report
    assert (
        bot.texts(MENTOR_A)[-1]
        == "📣 Le COPIL · Équipe principale\n\nFormation écoute active, jeudi 18h"
    )

    # Scheduled for tomorrow; the bot stops; its time passes while it is down; at start-up
    # its job is rebuilt from the database and runs.
    await bot.say(COPIL, "/broadcast", "À qui envoyer")
    await bot.press(COPIL, "bc:aud:mentors", "Pour quelle équipe")
    await bot.press(COPIL, "bc:team:1", "Envoyez le message")
    await bot.say(COPIL, "Intervision mardi, salle 2", "2 personnes")
    await bot.press(COPIL, "bc:later", "Quand l'envoyer")
    await bot.say(COPIL, "demain 9h", "C'est programmé pour")
    await bot.stop()
    assert "Intervision" not in " ".join(bot.texts(MENTOR_A))
    with sqlite3.connect(bot.database) as db:
        db.execute("UPDATE broadcasts SET scheduled_at = '2020-01-01T08:00:00+00:00' WHERE id = 2")
    await bot.start()
    await bot.wait(lambda: bot.texts(MENTOR_A)[-1].endswith("\n\nIntervision mardi, salle 2"))
    await bot.wait(lambda: "Diffusion n° 2 terminée" in bot.texts(COPIL)[-1])
    await bot.say(COPIL, "/broadcasts", "Diffusions")
    assert "n° 2" in bot.texts(COPIL)[-1] and "1/2 envoyés" in bot.texts(COPIL)[-1]
