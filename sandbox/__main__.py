"""`python -m sandbox [--port 8081]`: the sandbox alone, for a bot started elsewhere."""

from __future__ import annotations

import argparse
import asyncio

from sandbox.core import Telegram
from sandbox.server import start_server

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"


async def main(port: int) -> None:
    runner, url = await start_server(Telegram(token=TOKEN), port=port)
    print(f"Sandbox at {url} (its page: {url}/)", flush=True)
    print(f"Start the bot with LIEN_BOT_API_URL={url}/bot", flush=True)
    print(f"and LIEN_BOT_TOKEN={TOKEN}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8081)
    asyncio.run(main(parser.parse_args().port))
