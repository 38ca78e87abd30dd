"""`python -m bot`: polling or webhook with a token; without one, the local sandbox.

The Application's life is run here rather than by run_polling/run_webhook, so that start-up
can wait for Telegram (bot.startup) and every way of stopping says one line, no traceback."""

from __future__ import annotations

import gc

# Start-up makes some 220,000 objects that live as long as the process (modules,
# translations, the safety net's patterns, handlers, the jobs window); the garbage collector,
# run again and again while they were made, walked them in each full collection: 0.5 s of
# CPU of every cold start. Off until bot.startup.settle() freezes them out of its reach.
gc.disable()

import asyncio
import logging
import secrets
import signal
import sys
import warnings
from collections.abc import Callable

from pydantic import SecretStr
from telegram.error import InvalidToken, TelegramError
from telegram.warnings import PTBUserWarning

from bot.app import LienApp, build_application
from bot.settings import Settings, load_settings
from bot.startup import StartupFailed, retrying, settle, wrong_token
from storage.standby import become_active

logger = logging.getLogger("lien")
ALLOWED_UPDATES = ["message", "callback_query"]


def _logging() -> None:
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
    )
    # httpx logs every URL, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # Our conversations mix typed text and buttons on purpose (buttons are re-checked anyway);
    # PTB's per_message hint printed ten times at each start and hid the sandbox's address.
    warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)


def main() -> None:
    settings = load_settings()
    _logging()
    try:
        if settings.bot_token is None:
            asyncio.run(_run_with_sandbox(settings))
        else:
            asyncio.run(serve(settings))
    except StartupFailed as failed:
        print(f"lien: {failed.line}", file=sys.stderr, flush=True)
        raise SystemExit(failed.code) from None
    except KeyboardInterrupt:
        pass


async def serve(settings: Settings) -> None:
    """Start (waiting for Telegram), run until SIGINT/SIGTERM, stop cleanly."""
    app = build_application(settings)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    # PostgreSQL: one active process per database; another one waits here (hot standby).
    active = None
    if settings.postgres is not None:
        gc.enable()  # a standby may wait for hours
        active = await become_active(
            settings.postgres.get_secret_value(), stopping, lost=_lost(stopping)
        )
        gc.disable()
        if active is None:
            return
    patience = settings.startup_retry_seconds
    await retrying("getMe", app.initialize, patience)
    assert app.updater is not None and app.post_init is not None
    try:
        await app.post_init(app)  # its own calls to Telegram retry the same way
        await retrying("start receiving updates", lambda: _receive(app, settings), patience)
        await app.start()
        settle()
        await stopping.wait()
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
        if active is not None:
            await active.close()  # the standby takes over now


def _lost(stopping: asyncio.Event) -> Callable[[], None]:
    def lost() -> None:
        # Another process may be active by now: stop (a supervisor restarts us as standby).
        logger.error("lien: lost the database connection that makes this process active")
        stopping.set()

    return lost


async def _receive(app: LienApp, settings: Settings) -> None:
    assert app.updater is not None
    if not settings.webhook_url:
        app.bot_data.inbox.batch_until_next_poll()
        await app.updater.start_polling(
            allowed_updates=ALLOWED_UPDATES, error_callback=_polling_failed
        )
        return
    secret = settings.webhook_secret or SecretStr(secrets.token_urlsafe(32))
    try:
        await app.updater.start_webhook(
            listen="0.0.0.0",
            port=settings.port,
            url_path="telegram",
            webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
            secret_token=secret.get_secret_value(),
            allowed_updates=ALLOWED_UPDATES,
        )
    except OSError as error:
        line = f"LIEN_PORT: can't listen on port {settings.port} ({error.strerror or error})"
        raise StartupFailed(line, 2) from None


def _polling_failed(error: TelegramError) -> None:
    """PTB keeps polling after a failure; one line, no traceback (the URL holds the token)."""
    if isinstance(error, InvalidToken):
        logger.error("lien: %s", wrong_token().line)
    else:
        logger.warning("polling: %s; trying again", error)


async def _run_with_sandbox(settings: Settings) -> None:
    """The sandbox on 127.0.0.1, its page, and the bot polling it, in one process."""
    from bot import sandbox_mode  # the only place the bot uses the sandbox

    settle()  # the sandbox's restarts are not timed: the collector on from here
    await sandbox_mode.run(settings)


if __name__ == "__main__":
    main()
