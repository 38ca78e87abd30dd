"""End-to-end: the bot runs as its own process (`python -m bot`), polling the sandbox over
HTTP on 127.0.0.1; the tests play the people through the sandbox's side door."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from sandbox import Telegram, start_server

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
COPIL = 9001


class BotProcess:
    """One `python -m bot` process and the people talking to it."""

    def __init__(self, tg: Telegram, url: str, database: Path, folder: Path) -> None:
        self.tg = tg
        self.url = url
        self.database = database  # a SQLite file, or a postgresql:// address (tests marked both)
        self.folder = folder
        self.process: asyncio.subprocess.Process | None = None
        self.output: list[str] = []

    async def start(self, **env: str) -> None:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
        environment.update(
            LIEN_BOT_TOKEN=TOKEN,
            LIEN_BOT_API_URL=f"{self.url}/bot",
            LIEN_DATABASE=str(self.database),
            LIEN_COPIL_IDS=str(COPIL),
            PYTHONUNBUFFERED="1",
        )
        environment.update(env)
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.folder,
            env=environment,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        async for line in self.process.stdout:
            self.output.append(line.decode(errors="replace"))

    async def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(sig)
        await asyncio.wait_for(self.process.wait(), 20)
        await self._reader

    async def wait_output(self, needle: str, timeout: float = 20) -> str:
        for _ in range(int(timeout * 20)):
            found = next((line for line in self.output if needle in line), None)
            if found:
                return found
            await asyncio.sleep(0.05)
        raise AssertionError(f"{needle!r} never printed:\n{''.join(self.output)}")

    async def wait(self, check: Callable[[], Any], timeout: float = 20) -> Any:
        """Until `check()` is truthy: the bot answers on its own schedule."""
        for _ in range(int(timeout * 50)):
            result = check()
            if result:
                return result
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out; bot output:\n{''.join(self.output[-30:])}")

    def texts(self, chat_id: int) -> list[str]:
        return [m.get("text", "") for m in self.tg.bot_messages(chat_id)]

    async def say(self, user_id: int, text: str, expect: str, **kwargs: Any) -> str:
        """Send as a user and wait for a bot message (new or edited) containing `expect`."""
        await self.tg.user(
            user_id,
            first_name=kwargs.pop("first_name", f"User{user_id}"),
            language_code=kwargs.pop("language_code", "fr"),
        )
        await self.tg.send(user_id, text, **kwargs)
        chat = kwargs.get("chat_id", user_id)
        return str(
            await self.wait(
                lambda: next((t for t in reversed(self.texts(chat)) if expect in t), None)
            )
        )

    async def press(self, user_id: int, data: str, expect: str) -> str:
        message = self.tg.last(user_id)
        await self.tg.press(user_id, message["message_id"], data)
        return str(
            await self.wait(
                lambda: next((t for t in reversed(self.texts(user_id)) if expect in t), None)
            )
        )


@pytest.fixture
async def sandbox() -> AsyncIterator[tuple[Telegram, str]]:
    tg = Telegram(token=TOKEN)
    runner, url = await start_server(tg, port=0)
    yield tg, url
    await runner.cleanup()
    assert tg.unknown_methods == [], tg.unknown_methods


@pytest.fixture
async def bot(
    sandbox: tuple[Telegram, str], tmp_path: Path, database: Path
) -> AsyncIterator[BotProcess]:
    tg, url = sandbox
    process = BotProcess(tg, url, database, tmp_path)
    yield process
    await process.stop()
    assert "Traceback" not in "".join(process.output), "".join(process.output)
