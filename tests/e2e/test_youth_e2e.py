"""Issue 3's "Done when", end to end over HTTP against the sandbox: a youth asks, two
mentors press Accept at once, one link; messages both ways without usernames; a mentor
with two youths replies to the right one; the youth stops; the next message is not relayed.
And an unanswered request: the reminder and the COPIL alert when the job runs, with the
clock injected (the application runs in-process, polling the sandbox over HTTP)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from telegram.ext import CallbackContext

from bot.app import build_application
from bot.settings import Settings
from handlers.request_jobs import check_requests
from sandbox import Telegram
from tests.conftest import FakeClock
from tests.e2e.conftest import COPIL, TOKEN, BotProcess

ZOE, LINA, MARC, NADIA = 1001, 1002, 2001, 2002


async def _mentor(bot: BotProcess, user_id: int, name: str) -> None:
    before = len(bot.tg.bot_messages(COPIL))
    await bot.tg.send(COPIL, "/invite")
    await bot.wait(lambda: len(bot.tg.bot_messages(COPIL)) > before)
    invite = bot.tg.last(COPIL)
    await bot.tg.press(COPIL, invite["message_id"], "invite:role:mentor")
    text = await bot.wait(
        lambda: next(
            (m["text"] for m in bot.tg.bot_messages(COPIL)[before:] if "?start=i_" in m["text"]),
            None,
        )
    )
    payload = re.search(r"\?start=(\S+)", text)
    assert payload
    await bot.say(user_id, f"/start {payload.group(1)}", "Choisis ta langue", first_name=name)
    await bot.press(user_id, "lang:fr", "comme mentor·e")
    await bot.press(user_id, "consent:yes:fr", "Vous êtes maintenant mentor·e")


async def _ask(bot: BotProcess, youth: int, name: str) -> None:
    await bot.say(youth, "/start", "Choisis ta langue", first_name=name)
    await bot.press(youth, "lang:fr", "C'est toi qui décides")
    await bot.press(youth, "consent:yes:fr", f"Merci, {name}")
    await bot.press(youth, "request:new", "Où as-tu rencontré")
    await bot.press(youth, "request:met:sport", "C'est à propos de quoi")
    await bot.press(youth, "request:theme:work", "C'est à propos de quoi")
    await bot.press(youth, "request:themes:ok", "Quel âge")
    await bot.press(youth, "request:age:18_25", "Quel prénom")
    await bot.press(youth, "request:name", "Un petit message")
    await bot.say(youth, f"Bonjour, ici {name}", "Voici ta demande", first_name=name)
    await bot.press(youth, "request:send", "C'est envoyé")


async def _notice(bot: BotProcess, mentor: int, name: str) -> tuple[int, str]:
    """The mentor's notice of the youth's request: its message id and Accept data. It goes
    through the outbox just after the youth's answer: wait for it."""
    found: tuple[int, str] = await bot.wait(lambda: _find_notice(bot.tg, mentor, name))
    return found


def _find_notice(tg: Telegram, mentor: int, name: str) -> tuple[int, str] | None:
    for message in reversed(tg.bot_messages(mentor)):
        buttons = [
            b["callback_data"]
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row
        ]
        if name in message.get("text", "") and buttons and buttons[0].startswith("req:acc:"):
            return message["message_id"], buttons[0]
    return None


def _links(database: Path) -> list[Any]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT id, youth_id, mentor_id, ended_at FROM links").fetchall()


@pytest.mark.sqlite_file("reads the bot's rows with sqlite3")
async def test_done_when_path(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await _mentor(bot, MARC, "Marc")
    await _mentor(bot, NADIA, "Nadia")
    await _ask(bot, ZOE, "Zoé")

    # Both mentors are notified and press Accept at the same moment.
    marc_notice, accept = await _notice(bot, MARC, "Zoé")
    nadia_notice, accept_too = await _notice(bot, NADIA, "Zoé")
    assert accept == accept_too
    await bot.tg.press(MARC, marc_notice, accept)
    await bot.tg.press(NADIA, nadia_notice, accept)
    await bot.wait(lambda: "a accepté ta demande" in " ".join(bot.texts(ZOE)))

    def answered() -> list[str] | None:
        ends = [bot.tg.bot_messages(m)[-1].get("text", "") for m in (MARC, NADIA)]
        done = all("Vous avez accepté" in t or "déjà été acceptée" in t for t in ends)
        return ends if done else None

    ends = await bot.wait(answered)
    assert sum("Vous avez accepté" in t for t in ends) == 1
    assert sum("déjà été acceptée" in t for t in ends) == 1
    links = _links(bot.database)
    assert len(links) == 1
    mentor = links[0][2]
    other = NADIA if mentor == MARC else MARC
    assert "déjà été acceptée" in bot.tg.bot_messages(other)[-1]["text"]

    # A second youth; the same mentor accepts: they now follow two youths.
    await _ask(bot, LINA, "Lina")
    notice, accept = await _notice(bot, mentor, "Lina")
    await bot.tg.press(mentor, notice, accept)
    await bot.wait(lambda: "a accepté ta demande" in " ".join(bot.texts(LINA)))

    # Messages both ways, text and a photo, without usernames.
    handles = {ZOE: "zoe_private_handle", LINA: "lina_private_handle"}
    handles[mentor] = "mentor_private_handle"
    for person, handle in handles.items():
        await bot.tg.user(person, first_name=f"P{person}", username=handle)
    await bot.tg.send(ZOE, "Bonjour, c'est Zoé !")
    zoe_copy = await bot.wait(
        lambda: next(
            (m for m in bot.tg.bot_messages(mentor) if m.get("text") == "Bonjour, c'est Zoé !"),
            None,
        )
    )
    await bot.tg.send_media(ZOE, "photo", b"\x89PNG not really", filename="cv.png", caption="CV")
    await bot.wait(lambda: any("photo" in m for m in bot.tg.bot_messages(mentor)))
    await bot.tg.send(LINA, "Et moi c'est Lina")
    await bot.wait(lambda: "Et moi c'est Lina" in bot.texts(mentor))
    await bot.tg.send(mentor, "Bienvenue Zoé !", reply_to=zoe_copy["message_id"])
    await bot.wait(lambda: "Bienvenue Zoé !" in bot.texts(ZOE))
    assert "Bienvenue Zoé !" not in bot.texts(LINA), "the reply went to the right youth"
    for chat in (ZOE, LINA, mentor):
        seen = str(bot.tg.chat_messages(chat))
        assert not [h for person, h in handles.items() if person != chat and h in seen], chat

    # The youth stops; the next message is not relayed and they are told why.
    link_id = next(row[0] for row in _links(bot.database) if row[1] == ZOE)
    await bot.say(ZOE, "/stop", "Arrêter ton lien")
    await bot.press(ZOE, f"stop:yes:{link_id}", "le lien est arrêté")
    await bot.wait(lambda: any("a choisi d'arrêter" in t for t in bot.texts(mentor)))
    await bot.say(ZOE, "Tu es encore là ?", "est terminé : ton message n'a pas été transmis")
    assert "Tu es encore là ?" not in bot.texts(mentor)


async def test_unanswered_request_reminds_then_alerts_with_injected_time(
    sandbox: tuple[Telegram, str], tmp_path: Path
) -> None:
    tg, url = sandbox
    clock = FakeClock()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(TOKEN),
        bot_api_url=f"{url}/bot",
        database=tmp_path / "lien.db",
        copil_ids=frozenset({COPIL}),
    )
    app = build_application(settings, clock=clock)
    async with app:
        assert app.post_init is not None and app.updater is not None
        await app.post_init(app)
        await app.updater.start_polling(timeout=1)
        await app.start()
        try:
            people = BotProcess(tg, url, settings.database, tmp_path)  # only its helpers
            await people.say(COPIL, "/help", "Ce que vous pouvez faire")
            await _mentor(people, MARC, "Marc")
            await _ask(people, ZOE, "Zoé")
            job = CallbackContext(app)  # type: ignore[arg-type]

            clock.advance(hours=25)
            await check_requests(job)
            await people.wait(lambda: any("attend toujours" in t for t in people.texts(MARC)))
            clock.advance(hours=24)
            await check_requests(job)
            await people.wait(lambda: any("sans réponse" in t for t in people.texts(COPIL)))
            await people.wait(lambda: any("l'équipe s'en occupe" in t for t in people.texts(ZOE)))
        finally:
            await app.updater.stop()
            await app.stop()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
