"""Issue 10 items 1-5 end to end over HTTP: a mentor with one youth and a resource person;
plain text goes to the youth and the sender sees "→ Zoé"; a broadcast says who sends it and
a reply to it reaches nobody; after the youth stops, nothing falls back to the resource
person."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import COPIL, BotProcess
from tests.e2e.test_broadcast_e2e import invite_mentor
from tests.e2e.test_youth_e2e import _ask, _notice

MARC, ZOE = 2501, 1501
pytestmark = pytest.mark.both  # the walk-through on both databases


async def test_every_message_reaches_who_was_meant_or_nobody(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await invite_mentor(bot, MARC, "Marc")
    await _ask(bot, ZOE, "Zoé")
    notice, accept = await _notice(bot, MARC, "Zoé")
    await bot.tg.press(MARC, notice, accept)
    await bot.wait(lambda: "a accepté ta demande" in " ".join(bot.texts(ZOE)))
    await bot.say(COPIL, "/resource", "Marc")
    await bot.press(COPIL, f"res:m:{MARC}", "Qui")
    await bot.press(COPIL, f"res:set:{MARC}:{COPIL}", "personne ressource de Marc")

    # One youth and a resource person: plain text goes to the youth; both see where.
    await bot.say(MARC, "Salut Zoé, ça va ?", "→ Zoé")
    assert "Salut Zoé, ça va ?" in bot.texts(ZOE)
    assert "Salut Zoé, ça va ?" not in bot.texts(COPIL)
    await bot.say(ZOE, "Oui et toi ?", "→ Marc")

    # A reply to a broadcast is meant for the team: it reaches nobody, and Marc is told.
    await bot.say(COPIL, "/broadcast", "À qui envoyer")
    await bot.press(COPIL, "bc:aud:mentors", "Pour quelle équipe")
    await bot.press(COPIL, "bc:team:1", "Envoyez le message")
    await bot.say(COPIL, "Formation écoute active, jeudi 18h", "1 personne")
    await bot.press(COPIL, "bc:now", "C'est parti")
    news = await bot.wait(
        lambda: next(
            (m for m in bot.tg.bot_messages(MARC) if "Formation" in m.get("text", "")), None
        )
    )
    # Who sends it is its first line: Marc cannot take it for Zoé's (item 5).
    assert news["text"].startswith("📣 Le COPIL · ")
    zoe_before = len(bot.tg.chat_messages(ZOE))
    await bot.say(MARC, "Je serai là !", "répond à un message", reply_to=news["message_id"])
    assert len(bot.tg.chat_messages(ZOE)) == zoe_before

    # Zoé stops: Marc's next message goes nowhere, not to his resource person.
    copil_before = len(bot.tg.chat_messages(COPIL))
    await bot.say(ZOE, "/stop", "Arrêter ton lien")
    link = bot.tg.last(ZOE)["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await bot.press(ZOE, link, "le lien est arrêté")
    await bot.say(MARC, "Zoé, tu es là ?", "Le lien avec Zoé est terminé")
    assert "Zoé, tu es là ?" not in bot.texts(COPIL)
    assert len(bot.tg.chat_messages(COPIL)) == copil_before
