"""Long reports (/stats, the COPIL's /hours) computed in a child process.

The bot answers everyone from one interpreter. A year of /stats is seconds of Python work
(figures, charts, a workbook): even in a worker thread it holds the lock every other
person's answer needs (the GIL). So reports run in `python -m bot.reports`, a process of
their own: it opens the database itself, read-only (the SQLite file, or a PostgreSQL
connection of its own), computes, and sends back the bytes.

The child is started at the first report and kept for the next ones until it has waited
`idle` seconds: starting it (Python, matplotlib, openpyxl) is 2 s of CPU, more than most
reports take once it is warm, and a COPIL member who asks for one report often asks for
the next. Waiting, it holds its memory (about 175 MB), which it gives back when it goes.
(A ProcessPoolExecutor would keep it warm too, but cannot stop a report that runs too
long short of breaking the pool; README "Nobody waits behind a report" has the figures.)

A report is a module-level async function `work(conn, *args)` whose arguments and result
pickle; each goes to the child's stdin as (database, work, args), its result comes back on
its stdout, each framed by its length. The child gets no LIEN_* variable: no token, no
notes key. One report at a time programme-wide: the next waits its turn (the caller tells
the person, `busy`). A child that crashes, raises or outlives the timeout is stopped and
is a ReportFailed; the bot carries on, and the next report starts a new child. An
in-memory database cannot be opened by another process: its reports (tests, a sandbox
without a file) run here, on the reader connection, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from storage.database import read_only
from storage.tx import Conn

logger = logging.getLogger(__name__)

T = TypeVar("T")
_SIZE = 8  # bytes of a frame's length
NICENESS = 10  # the child's scheduling priority below the bot's (Unix nice)


class ReportFailed(Exception):
    """The report could not be made (crash, error, timeout); nothing was changed."""


class Reports:
    def __init__(
        self, target: Path | str, reader: Conn, *, timeout: float, child: bool, idle: float
    ) -> None:
        self._target = target
        self._reader = reader
        self._timeout = timeout
        self._idle = idle
        self._child = child and str(target) != ":memory:"
        self._turn = asyncio.Lock()
        self._retire: asyncio.TimerHandle | None = None
        self.process: asyncio.subprocess.Process | None = None  # the child, while it lives

    @property
    def busy(self) -> bool:
        """Someone's report is being made: a new one waits for it."""
        return self._turn.locked()

    async def run(self, work: Callable[..., Awaitable[T]], *args: Any) -> T:
        """`work(conn, *args)`, in the child process when the database is a file or a server."""
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
        if self._retire is not None:
            self._retire.cancel()
        process = self.process
        if process is None or process.returncode is not None:
            process = self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.reports",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                env={k: v for k, v in os.environ.items() if not k.startswith("LIEN_")},
            )
        assert process.stdin is not None and process.stdout is not None
        payload = pickle.dumps((self._target, work, args))
        try:
            process.stdin.write(len(payload).to_bytes(_SIZE, "big") + payload)
            async with asyncio.timeout(self._timeout):
                await process.stdin.drain()
                size = int.from_bytes(await process.stdout.readexactly(_SIZE), "big")
                out = await process.stdout.readexactly(size)
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError) as error:
            # Killed, crashed or too long: stopped (never an orphan); the next starts anew.
            await self._stop()
            logger.error("report %s: %s", work.__qualname__, type(error).__name__)
            raise ReportFailed(type(error).__name__) from None
        except BaseException:  # the bot stops meanwhile: the child goes too
            await self._stop()
            raise
        self._retire = asyncio.get_running_loop().call_later(self._idle, self._stop_idle)
        return pickle.loads(out)

    def _stop_idle(self) -> None:
        """No report for `idle` seconds: the child reads the end of its input and exits."""
        if self.process is not None and self.process.stdin is not None and not self.busy:
            self.process.stdin.close()
            self.process = None

    async def _stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):  # it has just exited by itself
                process.kill()
            await process.wait()

    async def close(self) -> None:
        """At shutdown: the child goes, at work or waiting."""
        if self._retire is not None:
            self._retire.cancel()
        await self._stop()


async def _child(target: Path | str, work: Callable[..., Awaitable[Any]], args: Any) -> Any:
    conn = await read_only(target)
    try:
        return await work(conn, *args)
    finally:
        await conn.close()


def _read(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError
    return data


def main() -> None:
    """The child: reports from stdin to stdout, one after the other, until the bot closes
    stdin or stops it (the parent is our own bot: pickle)."""
    # When the cores are busy, people's answers go first and the report takes longer.
    os.nice(NICENESS)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            size = int.from_bytes(_read(stdin, _SIZE), "big")
        except EOFError:
            return
        target, work, args = pickle.loads(_read(stdin, size))
        result = pickle.dumps(asyncio.run(_child(target, work, args)))
        stdout.write(len(result).to_bytes(_SIZE, "big") + result)
        stdout.flush()


if __name__ == "__main__":
    main()
