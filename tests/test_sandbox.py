"""The sandbox answers like Telegram: a real python-telegram-bot `Bot` gets the same results
and the same errors, in-process and over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import ClientSession, web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter

from sandbox import FloodLimits, SandboxRequest, Telegram, start_server
from sandbox.html import parse, render

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
ALICE = 501  # fictitious


@pytest.fixture
async def tg() -> Telegram:
    telegram = Telegram(token=TOKEN)
    await telegram.user(ALICE, first_name="Alice")
    await telegram.send(ALICE, "/start")
    return telegram


@pytest.fixture
async def bot(tg: Telegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, request=SandboxRequest(tg), get_updates_request=SandboxRequest(tg)) as b:
        yield b


def test_html_becomes_text_and_utf16_entities() -> None:
    text, entities = parse('👋 <b>Salut</b> <a href="https://example.org">ici</a> &lt;3')
    assert text == "👋 Salut ici <3"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 5},  # the emoji counts two UTF-16 units
        {"type": "text_link", "url": "https://example.org", "offset": 9, "length": 3},
    ]
    assert render(text, entities) == ('👋 <b>Salut</b> <a href="https://example.org">ici</a> &lt;3')


async def test_messages_edits_and_commands_like_telegram(tg: Telegram, bot: Bot) -> None:
    sent = await bot.send_message(ALICE, "<i>Bonjour</i>", parse_mode=ParseMode.HTML)
    assert tg.last(ALICE)["text"] == "Bonjour"
    await bot.edit_message_text("Re-bonjour", ALICE, sent.message_id)
    assert tg.last(ALICE)["text"] == "Re-bonjour" and tg.last(ALICE)["edit_date"]
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text("Re-bonjour", ALICE, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", ALICE, 999)
    with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
        await bot.edit_message_text("x", ALICE, 1)  # Alice's own /start
    await bot.delete_message(ALICE, sent.message_id)
    assert [m["text"] for m in tg.chat_messages(ALICE)] == ["/start"]

    await bot.set_my_commands([("help", "Aide")], language_code="fr")
    await bot.set_my_commands([("help", "Help")])
    assert tg.commands(ALICE) == [{"command": "help", "description": "Aide"}]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("x" * 4097, "(?i)message is too long"),
        ("   ", "(?i)message text is empty"),
        ("<blink>hey</blink>", "(?i)can't parse entities"),
        ("<b>unclosed", "(?i)can't parse entities"),
    ],
)
async def test_bad_messages_are_refused(bot: Bot, text: str, error: str) -> None:
    with pytest.raises(BadRequest, match=error):
        await bot.send_message(ALICE, text, parse_mode=ParseMode.HTML)


async def test_buttons_chats_and_blocked_people(tg: Telegram, bot: Bot) -> None:
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(ALICE, "Choisis", reply_markup=too_long)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(-100777, "?")
    await tg.user(502, first_name="Bruno")
    with pytest.raises(Forbidden, match=r"(?i)can't initiate"):
        await bot.send_message(502, "?")  # never wrote to the bot
    tg.block(ALICE)
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(ALICE, "?")
    await tg.send(ALICE, "coucou")  # writing again unblocks
    await bot.send_message(ALICE, "Re")


async def test_presses_reach_the_bot_and_answers_are_kept(tg: Telegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="yes")]])
    sent = await bot.send_message(ALICE, "D'accord ?", reply_markup=markup)
    await tg.press(ALICE, sent.message_id, "yes")
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None and query.data == "yes"
    await query.answer("Noté")
    assert list(tg.callback_answers.values()) == [{"text": "Noté", "show_alert": False}]
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer("Encore")


async def test_flood_limits_and_injected_429(tg: Telegram, bot: Bot) -> None:
    tg.flood_limits = FloodLimits(overall_per_second=30, per_chat_per_second=1)
    await bot.send_message(ALICE, "1")
    with pytest.raises(RetryAfter):
        await bot.send_message(ALICE, "2")  # same chat within a second
    tg.flood_limits = None
    tg.inject_429(retry_after=3)
    with pytest.raises(RetryAfter, match="Retry in 3"):
        await bot.send_message(ALICE, "3")
    assert tg.stats["429"] == 2


async def test_unknown_methods_are_recorded(tg: Telegram, bot: Bot) -> None:
    with pytest.raises(Exception, match=r"(?i)Not Found"):
        await bot.send_dice(ALICE)
    assert tg.unknown_methods == ["sendDice"]
    tg.unknown_methods.clear()


async def test_getupdates_waits_for_the_next_update(tg: Telegram, bot: Bot) -> None:
    first = await bot.get_updates(timeout=0)
    waiting = asyncio.create_task(bot.get_updates(offset=first[-1].update_id + 1, timeout=5))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    await tg.send(ALICE, "me voilà")
    (update,) = await waiting
    assert update.message is not None and update.message.text == "me voilà"


async def test_over_http_files_copies_and_webhook(tg: Telegram) -> None:
    runner, url = await start_server(tg, port=0)
    received: list[dict[str, object]] = []

    async def hook(request: web.Request) -> web.Response:
        assert request.headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret"
        received.append(await request.json())
        return web.Response()

    receiver = web.Application()
    receiver.router.add_post("/hook", hook)
    hook_runner = web.AppRunner(receiver)
    await hook_runner.setup()
    site = web.TCPSite(hook_runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with Bot(TOKEN, base_url=f"{url}/bot", base_file_url=f"{url}/file/bot") as bot:
            doc = await bot.send_document(ALICE, InputFile(b"a,b\n1,2\n", filename="h.csv"))
            assert doc.document is not None
            file = await bot.get_file(doc.document.file_id)
            assert bytes(await file.download_as_bytearray()) == b"a,b\n1,2\n"

            photo = await tg.send_media(ALICE, "photo", b"\x89PNG fake", caption="Mon CV")
            copy = await bot.copy_message(ALICE, ALICE, photo["message_id"])
            copied = tg.chat_messages(ALICE)[-1]
            assert copied["message_id"] == copy.message_id and copied["caption"] == "Mon CV"

            with pytest.raises(BadRequest, match=r"(?i)127.0.0.1"):
                await bot.set_webhook("https://example.org/hook")
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
            for _ in range(200):
                if received:
                    break
                await asyncio.sleep(0.02)
            assert [u["update_id"] for u in received] == [1, 2]  # /start, the photo
            await bot.delete_webhook()

        async with ClientSession() as session:  # the side door the page uses
            async with session.get(f"{url}/sandbox/chat/{ALICE}") as answer:
                chat = await answer.json()
            assert chat["messages"][0]["text"] == "/start"
    finally:
        await hook_runner.cleanup()
        await runner.cleanup()
