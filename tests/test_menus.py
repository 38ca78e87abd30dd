"""The menus a stranger's / shows (per language) are sent to Telegram when they changed,
not at every start: Telegram keeps them, and the seven calls came before any answer."""

from __future__ import annotations

from pydantic import SecretStr

from bot.app import build_application
from bot.i18n import LANGUAGES, I18n
from bot.settings import Settings
from sandbox import SandboxRequest, Telegram
from tests.conftest import TOKEN, FakeClock

STRANGER = 4242


async def _start_and_stop(settings: Settings, clock: FakeClock, tg: Telegram) -> None:
    app = build_application(settings, request=SandboxRequest(tg), clock=clock)
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None
    await app.post_init(app)
    await app.shutdown()
    await app.post_shutdown(app)


def _sent(tg: Telegram) -> int:
    """setMyCommands calls for everyone (not one person's menu)."""
    return sum(e["kind"] == "commands" and e.get("chat_id") is None for e in tg.events)


async def test_menus_are_sent_once_and_not_again_while_unchanged(
    settings: Settings, clock: FakeClock
) -> None:
    tg = Telegram(token=TOKEN)
    await tg.user(STRANGER, first_name="Zoé", language_code="fr")
    await _start_and_stop(settings, clock, tg)
    assert _sent(tg) == len(LANGUAGES)
    await _start_and_stop(settings, clock, tg)
    assert _sent(tg) == len(LANGUAGES)
    assert [c["command"] for c in tg.commands(STRANGER)] == ["start", "help", "language"]


async def test_changed_menus_are_sent_again(settings: Settings, clock: FakeClock) -> None:
    tg = Telegram(token=TOKEN)
    await tg.user(STRANGER, first_name="Sven", language_code="sv")  # the default's menu
    await _start_and_stop(settings, clock, tg)
    english_first = settings.model_copy(update={"default_locale": "en"})
    await _start_and_stop(english_first, clock, tg)
    assert _sent(tg) == 2 * len(LANGUAGES)
    help_ = next(c for c in tg.commands(STRANGER) if c["command"] == "help")
    assert help_["description"] == I18n().text("en", "cmd-help")


async def test_another_bot_on_the_same_database_gets_them(
    settings: Settings, clock: FakeClock
) -> None:
    await _start_and_stop(settings, clock, Telegram(token=TOKEN))
    other = "654321:another-sandbox-token-not-a-real-one"
    tg = Telegram(token=other)
    await _start_and_stop(settings.model_copy(update={"bot_token": SecretStr(other)}), clock, tg)
    assert _sent(tg) == len(LANGUAGES)
