"""The foundation end to end: a bot process polling the sandbox over HTTP."""

from __future__ import annotations

import re
import socket
import stat

import pytest
from aiohttp import ClientSession

from tests.e2e.conftest import COPIL, TOKEN, BotProcess

YOUTH, MENTOR, OTHER = 1001, 2001, 2002


@pytest.mark.both
async def test_onboarding_invites_roles_and_groups(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")

    # A stranger: /start -> language -> consent.
    await bot.say(YOUTH, "/start", "Choisis ta langue", first_name="Aline")
    await bot.press(YOUTH, "lang:fr", "C'est toi qui décides")
    await bot.press(YOUTH, "consent:yes:fr", "Merci, Aline")

    # A youth cannot invite.
    await bot.say(YOUTH, "/invite", "pas possible pour toi")

    # COPIL invites a mentor, who opens the link and becomes mentor.
    await bot.say(COPIL, "/invite", "Qui voulez-vous inviter")
    text = await bot.press(COPIL, "invite:role:mentor", "?start=i_")
    payload = re.search(r"\?start=(\S+)", text)
    assert payload
    await bot.say(MENTOR, f"/start {payload.group(1)}", "Choisis ta langue", first_name="Marc")
    await bot.press(MENTOR, "lang:fr", "comme mentor·e")
    await bot.press(MENTOR, "consent:yes:fr", "Vous êtes maintenant mentor·e")
    menu = [c["command"] for c in bot.tg.commands(MENTOR)]
    assert "invite" not in menu and "help" in menu

    # The same link again is refused.
    await bot.say(OTHER, f"/start {payload.group(1)}", "déjà servi")

    # Deactivated, the mentor's next message gets no mentor feature.
    await bot.say(COPIL, "/people", "Marc")
    await bot.press(COPIL, f"people:off:{MENTOR}", "Désactiver Marc ?")
    await bot.press(COPIL, f"people:offok:{MENTOR}", "Marc est désactivé")
    await bot.say(MENTOR, "/help", "accès à Lien est fermé")

    # A group chat only gets "write privately".
    await bot.say(
        YOUTH,
        "/start",
        "Pour me parler, c'est en privé",
        chat_id=-100123,
        chat_type="group",
        chat_title="Club de foot",
    )


@pytest.mark.both
async def test_redelivered_update_is_handled_once_across_a_restart(bot: BotProcess) -> None:
    await bot.start()
    await bot.say(YOUTH, "/help", "Pour commencer : /start")
    replies = len(bot.tg.bot_messages(YOUTH))
    await bot.stop()
    # Telegram delivers the same update again after a crash: nothing new is answered.
    first = min(bot.tg.delivered_update_ids())
    await bot.tg.redeliver(first)
    await bot.start()
    await bot.say(YOUTH, "/language", "Choisis ta langue")
    assert len(bot.tg.bot_messages(YOUTH)) == replies + 1


@pytest.mark.sqlite_file("reads the setup link's file beside the SQLite file")
async def test_setup_link_goes_to_a_private_file_when_there_is_no_copil(bot: BotProcess) -> None:
    await bot.start(LIEN_COPIL_IDS="")
    # Not a terminal: the output (a journal) only says where the link is, 0600, never the token.
    await bot.wait_output("only this user reads it")
    link_file = bot.database.with_name(bot.database.name + ".setup-link")
    assert stat.S_IMODE(link_file.stat().st_mode) == 0o600
    payload = link_file.read_text().strip().rsplit("start=", 1)[1]
    assert payload not in "".join(bot.output)
    await bot.say(4001, f"/start {payload}", "Choisis ta langue", first_name="Sofia")
    await bot.press(4001, "lang:fr", "membre du COPIL")
    await bot.press(4001, "consent:yes:fr", "Vous êtes maintenant membre du COPIL")
    await bot.say(4001, "/invite", "Qui voulez-vous inviter")
    assert TOKEN not in "".join(bot.output), "the bot token must never be printed"
    # Once there is a COPIL member, the next start removes the file: the link is useless.
    await bot.stop()
    await bot.start(LIEN_COPIL_IDS="")
    await bot.say(4001, "/teams", "Équipes")  # answered: start-up is over
    assert not link_file.exists()


async def test_webhook_mode_checks_the_secret(bot: BotProcess) -> None:
    with socket.socket() as probe:  # a free port for the bot's webhook server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    await bot.start(
        LIEN_WEBHOOK_URL=f"http://127.0.0.1:{port}",
        LIEN_PORT=str(port),
        LIEN_WEBHOOK_SECRET="e2e-secret",
    )
    await bot.wait(lambda: bot.tg.webhook)
    assert bot.tg.webhook == {"url": f"http://127.0.0.1:{port}/telegram", "secret": "e2e-secret"}
    await bot.say(YOUTH, "/start", "Choisis ta langue", first_name="Aline")

    # A request without the secret is refused: only Telegram may post updates.
    async with ClientSession() as session:
        forged = {"update_id": 999, "message": {"message_id": 1, "date": 0, "text": "/help"}}
        async with session.post(f"http://127.0.0.1:{port}/telegram", json=forged) as answer:
            assert answer.status == 403
