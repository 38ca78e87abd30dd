"""Long reports (/stats, the COPIL's /hours) computed in a child process.

The bot answers everyone from one interpreter. A year of /stats is seconds of Python work
(figures, charts, a workbook): even in a worker thread it holds the lock every other
person's answer needs (the GIL). So a report runs in `python -m bot.reports`, a process
started for it: it opens the database itself, read-only (the SQLite file, or a PostgreSQL
connection of its own), computes, sends back the bytes and exits. A process per report
rather than one kept warm: README "Nobody waits behind a report" has the figures.

A report is a module-level async function `work(conn, *args)` whose arguments and result
pickle; the parent writes (database, work, args) to the child's stdin and reads the
result from its stdout. The child gets no LIEN_* variable: no token, no notes key.

One report at a time programme-wide: the next waits its turn (the caller tells the person,
`busy`). A child that crashes, raises or outlives the timeout is a ReportFailed, and the bot
carries on. An in-memory database cannot be opened by another process: its reports (tests,
a sandbox without a file) run here, on the reader connection, as before.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from storage.database import read_only
from storage.tx import Conn

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ReportFailed(Exception):
    """The report could not be made (crash, error, timeout); nothing was changed."""


class Reports:
    def __init__(self, target: Path | str, reader: Conn, *, timeout: float, child: bool) -> None:
        self._target = target
        self._reader = reader
        self._timeout = timeout
        self._child = child and str(target) != ":memory:"
        self._turn = asyncio.Lock()
        self.process: asyncio.subprocess.Process | None = None  # the child at work, if any

    @property
    def busy(self) -> bool:
        """Someone's report is being made: a new one waits for it."""
        return self._turn.locked()

    async def run(self, work: Callable[..., Awaitable[T]], *args: Any) -> T:
        """`work(conn, *args)`, in a child process when the database is a file or a server."""
        async with self._turn:
            if self._child:
                result: T = await self._in_child(work, args)
                return result
            try:
                return await asyncio.wait_for(work(self._reader, *args), self._timeout)
            except Exception as error:
                logger.exception("report %s failed here", work.__qualname__)
                raise ReportFailed(type(error).__name__) from error

    async def _in_child(self, work: Callable[..., Awaitable[Any]], args: tuple[Any, ...]) -> Any:
        payload = pickle.dumps((self._target, work, args))
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.reports",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env={k: v for k, v in os.environ.items() if not k.startswith("LIEN_")},
        )
        self.process = process
        try:
            out, _err = await asyncio.wait_for(process.communicate(payload), self._timeout)
        except TimeoutError:
            logger.error("report %s: no answer within %.0f s", work.__qualname__, self._timeout)
            raise ReportFailed("timeout") from None
        finally:
            # Timed out, or the bot stops meanwhile: the child goes too, never an orphan.
            if process.returncode is None:
                process.kill()
                await process.wait()
            self.process = None
        if process.returncode != 0:
            logger.error("report %s: child exited %s", work.__qualname__, process.returncode)
            raise ReportFailed(f"exit {process.returncode}")
        return pickle.loads(out)

    async def close(self) -> None:
        """At shutdown: a child still at work is stopped."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()


async def _child(target: Path | str, work: Callable[..., Awaitable[Any]], args: Any) -> Any:
    conn = await read_only(target)
    try:
        return await work(conn, *args)
    finally:
        await conn.close()


def main() -> None:
    """The child: one report from stdin to stdout (the parent is our own bot: pickle)."""
    target, work, args = pickle.load(sys.stdin.buffer)
    result = asyncio.run(_child(target, work, args))
    sys.stdout.buffer.write(pickle.dumps(result))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
