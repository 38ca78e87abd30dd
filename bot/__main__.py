"""`python -m bot`: polling or webhook with a token; without one, the local sandbox."""

from __future__ import annotations

import asyncio
import logging
import secrets
import warnings

from pydantic import SecretStr
from telegram.warnings import PTBUserWarning

from bot.app import build_application
from bot.settings import Settings, load_settings


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
    if settings.bot_token is None:
        asyncio.run(_run_with_sandbox(settings))
        return
    application = build_application(settings)
    if settings.webhook_url:
        secret = settings.webhook_secret or SecretStr(secrets.token_urlsafe(32))
        application.run_webhook(
            listen="0.0.0.0",
            port=settings.port,
            url_path="telegram",
            webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
            secret_token=secret.get_secret_value(),
            allowed_updates=["message", "callback_query"],
        )
    else:
        application.run_polling(allowed_updates=["message", "callback_query"])


async def _run_with_sandbox(settings: Settings) -> None:
    """The sandbox on 127.0.0.1, its page, and the bot polling it, in one process."""
    from bot import sandbox_mode  # the only place the bot uses the sandbox

    await sandbox_mode.run(settings)


if __name__ == "__main__":
    main()
