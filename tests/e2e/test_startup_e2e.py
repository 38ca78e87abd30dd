"""Start-up and network (issue 11, review 10.14-15): Telegram's first calls are retried with
back-off, one line each; the process stops with one line and exit 2 on a wrong token or
setting, exit 1 when Telegram stayed unreachable; never a traceback."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

from sandbox import Telegram, start_server
from tests.e2e.conftest import TOKEN, BotProcess

ROOT = Path(__file__).resolve().parents[2]
YOUTH = 1001


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
    env.update(
        LIEN_DATABASE=str(tmp_path / "lien.db"),
        LIEN_SANDBOX_DATABASE=str(tmp_path / "sandbox.db"),
        PYTHONUNBUFFERED="1",
    )
    env.update(values)
    return env


async def _run(env: dict[str, str]) -> tuple[int, list[str]]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=ROOT / "tests",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, output.decode().strip().splitlines()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_no_network_one_line_per_retry_then_one_line_and_exit_1(tmp_path: Path) -> None:
    code, lines = await _run(
        _env(
            tmp_path,
            LIEN_BOT_TOKEN=TOKEN,
            LIEN_BOT_API_URL=f"http://127.0.0.1:{_closed_port()}/bot",
            LIEN_STARTUP_RETRY_SECONDS="3",
        )
    )
    assert code == 1, lines
    retries = [line for line in lines if "trying again" in line]
    assert len(retries) >= 2 and all("getMe: Telegram unreachable" in line for line in retries)
    assert lines[-1].startswith("lien: Telegram unreachable for 3 s (getMe"), lines
    assert len(lines) == len(retries) + 1, lines
    assert TOKEN not in "\n".join(lines)


async def test_a_wrong_token_stops_at_once_with_one_line_and_exit_2(tmp_path: Path) -> None:
    tg = Telegram(token=TOKEN)
    runner, url = await start_server(tg, port=0)
    try:
        other = "654321:another-token-that-telegram-refuses"
        code, lines = await _run(
            _env(tmp_path, LIEN_BOT_TOKEN=other, LIEN_BOT_API_URL=f"{url}/bot")
        )
    finally:
        await runner.cleanup()
    assert code == 2
    assert lines == ["lien: LIEN_BOT_TOKEN: Telegram refused this token (401 Unauthorized)"]


async def test_errors_on_getme_are_waited_out_then_the_bot_answers(
    bot: BotProcess,
) -> None:
    bot.tg.inject_faults({"getMe": 1.0}, kinds=("500", "502"))
    await bot.start()
    await bot.wait_output("getMe: Telegram unreachable")
    bot.tg.stop_faults()
    await bot.say(YOUTH, "/start", "Choisis ta langue")
    retries = [line for line in bot.output if "trying again" in line]
    assert retries and all(line.count("\n") == 1 for line in retries)


async def test_sandbox_port_taken_says_which_setting_with_exit_2(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, lines = await _run(_env(tmp_path, LIEN_SANDBOX_PORT=str(port)))
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith("lien: LIEN_SANDBOX_PORT:"), lines
    assert str(port) in lines[0]
