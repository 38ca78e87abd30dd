"""`python -m bot`: polling or webhook with a token; without one, the local sandbox."""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal

from pydantic import SecretStr

from bot.app import build_application
from bot.settings import Settings, load_settings

SANDBOX_TOKEN = "123456:sandbox-token-not-a-real-telegram-token"


def _logging() -> None:
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
    )
    # httpx logs every URL, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


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
    """Start the sandbox on 127.0.0.1 and the bot polling it, in one process."""
    from sandbox import Telegram, start_server  # the only place the bot uses the sandbox

    telegram = Telegram(token=SANDBOX_TOKEN)
    runner, url = await start_server(telegram, port=settings.sandbox_port)
    print(f"\nLien runs against the local sandbox at {url} (no LIEN_BOT_TOKEN set).", flush=True)
    settings = settings.model_copy(
        update={"bot_token": SecretStr(SANDBOX_TOKEN), "bot_api_url": f"{url}/bot"}
    )
    application = build_application(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with application:
        await application.post_init(application)  # type: ignore[misc]
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=["message", "callback_query"])
        await application.start()
        await stop.wait()
        await application.updater.stop()
        await application.stop()
    await application.post_shutdown(application)  # type: ignore[misc]
    await runner.cleanup()


if __name__ == "__main__":
    main()
