"""Start-up against an unreliable network: Telegram's first calls are retried with back-off
for a few minutes, one log line per try; the process exits only on a wrong token (401),
bad settings, or when Telegram stayed unreachable the whole time. Every exit says one line."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram.error import InvalidToken, NetworkError, RetryAfter

logger = logging.getLogger("lien.startup")

T = TypeVar("T")
FIRST_WAIT, LONGEST_WAIT = 1.0, 30.0


class StartupFailed(Exception):
    """Stop the process with this one line and exit code (2: settings, 1: Telegram)."""

    def __init__(self, line: str, code: int) -> None:
        super().__init__(line)
        self.line = line
        self.code = code


def wrong_token() -> StartupFailed:
    return StartupFailed("LIEN_BOT_TOKEN: Telegram refused this token (401 Unauthorized)", 2)


async def retrying(what: str, call: Callable[[], Awaitable[T]], give_up_after: float) -> T:
    """`call()` until it answers; network failures, 5xx and 429 are waited out (doubling the
    wait up to 30 s) for at most `give_up_after` seconds."""
    wait = FIRST_WAIT
    deadline = time.monotonic() + give_up_after
    while True:
        try:
            return await call()
        except InvalidToken:
            raise wrong_token() from None
        except RetryAfter as error:
            after = error.retry_after
            cause = str(error)
            seconds = after.total_seconds() if isinstance(after, timedelta) else float(after)
        except NetworkError as error:  # no network, timeouts, 5xx
            cause, seconds = str(error) or type(error).__name__, wait
            wait = min(wait * 2, LONGEST_WAIT)
        left = deadline - time.monotonic()
        if left <= 0:
            raise StartupFailed(
                f"Telegram unreachable for {give_up_after:.0f} s ({what}: {cause}); giving up",
                1,
            )
        seconds = min(seconds, left)
        logger.warning(
            "%s: Telegram unreachable (%s); trying again in %.0f s", what, cause, seconds
        )
        await asyncio.sleep(seconds)


def settle() -> None:
    """Once started, set the objects made so far out of the garbage collector's reach and
    turn it back on (`python -m bot` starts with it off: see bot/__main__.py). A full
    collection walked them all, a pause of 230 to 400 ms at national size on a loaded 2-core
    machine, paid by whichever update happened to trigger it. No collection first: it cost
    0.1 to 0.4 s before the first reply, to free the few cycles start-up leaves, which stay
    frozen instead."""
    gc.freeze()
    gc.enable()
