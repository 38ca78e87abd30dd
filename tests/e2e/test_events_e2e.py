"""An event end to end: invitations, answers, a waiting list, both reminders after a
restart (their time passes while the bot is down), and a cancellation."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tests.e2e.conftest import COPIL, BotProcess
from tests.e2e.test_broadcast_e2e import invite_mentor

MENTORS = {2401: "Marc", 2402: "Nadia", 2403: "Omar"}


def captions(bot: BotProcess, chat: int) -> list[str]:
    return [m.get("caption") or m.get("text") or "" for m in bot.tg.bot_messages(chat)]


async def answer(bot: BotProcess, who: int, what: str) -> None:
    invitation: dict[str, Any] = next(
        m for m in reversed(bot.tg.bot_messages(who)) if "Vous venez" in m.get("caption", "")
    )
    before = len(bot.tg.callback_answers)
    await bot.tg.press(who, invitation["message_id"], f"ev:{what}:1")
    await bot.wait(lambda: len(bot.tg.callback_answers) > before)


@pytest.mark.sqlite_file("reads the bot's rows with sqlite3")
async def test_event_answers_waiting_list_reminders_and_cancellation(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    for mentor, name in MENTORS.items():
        await invite_mentor(bot, mentor, name)

    await bot.say(COPIL, "/event", "Quel genre")
    await bot.press(COPIL, "evn:kind:training", "Son titre")
    await bot.say(COPIL, "Premiers secours", "Quand ?")
    await bot.say(COPIL, "le 3 décembre à 18h30", "c'est bien ça")
    await bot.press(COPIL, "evn:when:ok", "Combien de temps")
    await bot.say(COPIL, "3h", "Où ?")
    await bot.say(COPIL, "Maison de quartier", "Combien de places")
    await bot.say(COPIL, "2", "Qui inviter")
    await bot.press(COPIL, "evn:aud:mentors", "Pour quelle équipe")
    await bot.press(COPIL, "evn:team:1", "Voici l'invitation")
    await bot.press(COPIL, "evn:send", "Événement n° 1 créé")
    for mentor in MENTORS:
        await bot.wait(lambda m=mentor: any("Premiers secours" in c for c in captions(bot, m)))

    # Two places: Marc and Nadia say yes, Omar waits; Marc steps back, Omar moves up.
    await answer(bot, 2401, "yes")
    await answer(bot, 2402, "yes")
    await answer(bot, 2403, "yes")
    assert "liste d'attente" in list(bot.tg.callback_answers.values())[-1]["text"]
    await answer(bot, 2401, "maybe")
    await bot.wait(lambda: any("Une place s'est libérée" in c for c in captions(bot, 2403)))

    # The reminders' time passes while the bot is down: at start-up they go, late but
    # before the event, to Yes and Maybe.
    await bot.stop()
    with sqlite3.connect(bot.database) as db:
        db.execute("UPDATE reminders SET due_at = '2020-01-01T08:00:00+00:00', status = 'pending'")
    await bot.start()
    for mentor in MENTORS:
        await bot.wait(lambda m=mentor: any("c'est demain" in c for c in captions(bot, m)))
        await bot.wait(lambda m=mentor: any("dans deux heures" in c for c in captions(bot, m)))

    # Cancelled: everyone who answered is told.
    await bot.say(COPIL, "/events", "Événements")
    await bot.press(COPIL, "evm:show:1", "Oui (2)")
    await bot.press(COPIL, "evm:cancel:1", "Annuler « Premiers secours »")
    await bot.press(COPIL, "evm:cancelok:1", "est annulé")
    for mentor in MENTORS:
        await bot.wait(lambda m=mentor: captions(bot, m)[-1].startswith("✖️ Annulé"))
