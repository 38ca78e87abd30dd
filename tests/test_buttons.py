"""What people do with buttons is never an error (bot/buttons.py): a double tap, a button on
a photo, a press on a message that is gone, a press answered too late."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.buttons import edit_message
from tests.conftest import Flow

YOUTH = 501


@pytest.fixture(autouse=True)
def _errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="lien.errors")


def no_oups(flow: Flow, chat_id: int, caplog: pytest.LogCaptureFixture) -> None:
    said = [str(m.get("text", "")) for m in flow.tg.chat_messages(chat_id)]
    assert not [t for t in said if "Oups" in t or "Oops" in t], said
    assert not [r for r in caplog.records if r.name == "lien.errors"], caplog.text


async def double_tap(flow: Flow, user_id: int, data: str) -> None:
    message = flow.last(user_id)
    await flow.tg.press(user_id, message["message_id"], data)
    await flow.tg.press(user_id, message["message_id"], data)
    await flow.pump()


async def test_double_tap_on_language_consent_and_forget(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    await flow.send(YOUTH, "/start")
    await double_tap(flow, YOUTH, "lang:fr")
    assert "consent:yes:fr" in flow.buttons(YOUTH).values()
    await double_tap(flow, YOUTH, "consent:no:fr")
    assert "Non merci" in flow.text(YOUTH) or flow.buttons(YOUTH) == {}
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/forget")
    await double_tap(flow, YOUTH, "forget:no")
    assert await flow.db.people.get(YOUTH) is not None
    no_oups(flow, YOUTH, caplog)


async def photo_with_button(flow: Flow, chat_id: int, data: str) -> dict[str, Any]:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data=data)]])
    sent = await flow.app.bot.send_photo(
        chat_id, b"\x89PNG fake", caption="A photo", reply_markup=markup
    )
    return flow.tg.chat_messages(chat_id)[-1] | {"message_id": sent.message_id}


async def test_a_button_on_a_photo_edits_its_caption(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/forget")
    photo = await photo_with_button(flow, YOUTH, "forget:no")
    await flow.press(YOUTH, "forget:no", photo)
    edited = next(m for m in flow.tg.chat_messages(YOUTH) if m["message_id"] == photo["message_id"])
    assert "photo" in edited and "rien n'est effacé" in edited["caption"], edited
    assert "reply_markup" not in edited
    no_oups(flow, YOUTH, caplog)


async def test_a_button_on_a_photo_gets_the_consent_step(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    await flow.send(YOUTH, "/start")
    photo = await photo_with_button(flow, YOUTH, "lang:fr")
    await flow.press(YOUTH, "lang:fr", photo)
    edited = next(m for m in flow.tg.chat_messages(YOUTH) if m["message_id"] == photo["message_id"])
    assert edited["caption"].startswith("Lien, c'est")
    assert "consent:yes:fr" in flow.buttons(YOUTH).values()
    no_oups(flow, YOUTH, caplog)


async def test_a_text_too_long_for_a_caption_comes_below_the_photo(flow: Flow) -> None:
    """A caption holds 1024 characters: the photo keeps its own and loses its buttons."""
    await flow.join(YOUTH)
    photo = await photo_with_button(flow, YOUTH, "x")
    await flow.tg.press(YOUTH, photo["message_id"], "x")
    (update,) = await flow.app.bot.get_updates(offset=flow.offset, timeout=0)
    flow.offset = update.update_id + 1
    assert update.callback_query is not None
    await edit_message(update.callback_query, "long " * 300)
    kept = next(m for m in flow.tg.chat_messages(YOUTH) if m["message_id"] == photo["message_id"])
    assert kept["caption"] == "A photo" and "reply_markup" not in kept
    assert flow.text(YOUTH) == "long " * 300


async def test_a_press_on_a_message_that_is_gone_answers_below(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/forget")
    asked = flow.last(YOUTH)
    await flow.tg.press(YOUTH, asked["message_id"], "forget:no")
    await flow.app.bot.delete_message(YOUTH, asked["message_id"])
    await flow.pump()
    assert "rien n'est effacé" in flow.text(YOUTH)
    assert flow.last(YOUTH)["message_id"] != asked["message_id"]
    no_oups(flow, YOUTH, caplog)


async def test_a_press_answered_too_late_still_does_its_work(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram refuses an answer after about 15 seconds (a busy or restarting bot); the
    sandbox refuses it the same way once the query was answered."""
    await flow.send(YOUTH, "/start")
    await flow.press(YOUTH, "lang:fr")
    query_id = await flow.tg.press(YOUTH, flow.last(YOUTH)["message_id"], "consent:yes:fr")
    await flow.app.bot.answer_callback_query(query_id)
    await flow.pump()
    assert await flow.db.people.get(YOUTH) is not None
    no_oups(flow, YOUTH, caplog)


async def test_a_second_tap_in_a_handler_without_the_helper_is_logged_but_not_oups(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    """bot/errors.py keeps "Oups" for real bugs: a handler that answers a tap itself (not
    through bot/buttons.py) and meets "query is too old" is logged, the person not told."""

    async def careless(update: Update, context: Any) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.answer()  # Telegram: query is too old

    flow.app.add_handler(CallbackQueryHandler(careless, pattern="^careless$"), group=-5)
    await flow.send(YOUTH, "/start")
    await flow.press(YOUTH, "careless")
    said = [str(m.get("text", "")) for m in flow.tg.chat_messages(YOUTH)]
    assert not [t for t in said if "Oups" in t], said
    assert [r for r in caplog.records if r.name == "lien.errors"]
