"""Long reports (/stats, the COPIL's /hours) computed in a child process.

The bot answers everyone from one interpreter. A year of /stats is seconds of Python work
(figures, charts, a workbook): even in a worker thread it holds the lock every other
person's answer needs (the GIL). So reports run in `python -m bot.reports`, a process of
their own: it opens the database itself, read-only (the SQLite file, or a PostgreSQL
connection of its own), computes, and sends back the bytes.

The child is started when a COPIL member opens a report's menu (`warm`: it imports what
that report needs while they choose), or else at the first report, and kept for the next
ones until it has waited `idle` seconds: starting it (Python, the report's modules,
Pillow, openpyxl) is 0.7 s of CPU, more than most reports take once it is warm, and a
COPIL member who asks for one report often asks for the next. Waiting, it holds its
memory (about 175 MB), which it gives back when it goes; a bot nobody asks for a report
never starts one.

(A ProcessPoolExecutor would keep it warm too, but cannot stop a report that runs too
long short of breaking the pool; README "Nobody waits behind a report" has the figures.)

The child runs below the bot's priority (Unix nice) from its first instruction: the bot
lowers it as soon as it exists. (Lowered by the child itself, after its imports, it spent
0.3 s of CPU at the bot's own priority, in the middle of whatever burst of people the bot
was answering: README "Nobody waits behind a report".)

A report is a module-level async function `work(conn, *args)` whose arguments and result
pickle; each goes to the child's stdin as (database, work, args), its result comes back on
its stdout, each framed by its length. A warm-up is (None, prepare, ()): the child calls
`prepare()` (its imports) and answers nothing. The child gets no LIEN_* variable: no
token, no notes key. One report at a time programme-wide: the next waits its turn (the
caller tells the person, `busy`). A child that crashes, raises or outlives the timeout is
stopped and is a ReportFailed; the bot carries on, and the next report starts a new
child. An in-memory database cannot be opened by another process: its reports (tests, a
sandbox without a file) run here, on the reader connection, as before.
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
        self._leaving: asyncio.subprocess.Process | None = None  # told to go, maybe not gone

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

    async def warm(self, prepare: Callable[[], object]) -> None:
        """A COPIL member opened a report's menu: the child is started now if none lives, and
        runs `prepare()` (the report's imports) while they choose, answering nothing."""
        if not self._child:
            return
        process = await self._living()
        assert process.stdin is not None
        process.stdin.write(_frame((None, prepare, ())))
        if not self.busy:  # a report under way sets the timer when it ends
            self._retire_later()

    async def _living(self) -> asyncio.subprocess.Process:
        """The child, started if none lives."""
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
            _lower(process.pid)
        return process

    def _retire_later(self) -> None:
        self._retire = asyncio.get_running_loop().call_later(self._idle, self._stop_idle)

    async def _in_child(self, work: Callable[..., Awaitable[Any]], args: tuple[Any, ...]) -> Any:
        process = await self._living()
        assert process.stdin is not None and process.stdout is not None
        frame = _frame((self._target, work, args))
        try:
            process.stdin.write(frame)
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
        self._retire_later()
        return pickle.loads(out)

    def _stop_idle(self) -> None:
        """No report for `idle` seconds: the child reads the end of its input and exits
        (after a warm-up it may still be loading: `close` waits for it)."""
        if self.process is not None and self.process.stdin is not None and not self.busy:
            self.process.stdin.close()
            self._leaving, self.process = self.process, None

    async def _stop(self) -> None:
        process, self.process = self.process, None
        await _kill(process)

    async def close(self) -> None:
        """At shutdown: the child goes, at work, waiting or leaving."""
        if self._retire is not None:
            self._retire.cancel()
        await self._stop()
        await _kill(self._leaving)


async def _kill(process: asyncio.subprocess.Process | None) -> None:
    if process is not None and process.returncode is None:
        with contextlib.suppress(ProcessLookupError):  # it has just exited by itself
            process.kill()
        await process.wait()


def _lower(pid: int) -> None:
    """The child below the bot (NICENESS more), set the moment it exists: it has not yet run
    a line of Python. (Its threads, started later, inherit it.)"""
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    with contextlib.suppress(ProcessLookupError):  # it died at once: the report will say so
        os.setpriority(os.PRIO_PROCESS, pid, min(19, mine + NICENESS))


def _frame(message: object) -> bytes:
    payload = pickle.dumps(message)
    return len(payload).to_bytes(_SIZE, "big") + payload


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
    stdin or stops it (the parent is our own bot: pickle). It runs at the priority the bot
    gave it (`_lower`): when the cores are busy, people's answers go first."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            size = int.from_bytes(_read(stdin, _SIZE), "big")
        except EOFError:
            return
        target, work, args = pickle.loads(_read(stdin, size))
        if target is None:  # a warm-up: imports, no answer
            work()
            continue
        stdout.write(_frame(asyncio.run(_child(target, work, args))))
        stdout.flush()


if __name__ == "__main__":
    main()
