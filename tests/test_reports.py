"""Long reports made in a child process (bot.reports), for real: /stats and the COPIL's
/hours give the same answer as when made in the bot's own process, by one child kept for
the next report; a child that is killed or takes too long leaves the COPIL member a clear
message, nothing changed, and the bot answering; a second report waits for the first, and
its asker is told."""

from __future__ import annotations

import asyncio
import csv
import html
import io
import os
import re
import signal
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook

from bot.demo import seed
from bot.reports import NICENESS
from bot.settings import Settings
from handlers.hours_report import TeamAsked, team_hours
from handlers.reports import copil_texts
from handlers.stats import files
from handlers.stats.report import build, key_figures
from storage.stats import ALL, Period, collect
from tests.conftest import COPIL, FakeClock, Flow, running

HUGO = 9002  # the demo's COPIL of Littoral only (fictitious)
YOUTH = 77001


def _app(settings: Settings, clock: FakeClock) -> AbstractAsyncContextManager[Flow]:
    """The application as `python -m bot` runs it: reports in a child process."""
    return running(settings.model_copy(update={"report_process": True}), clock)


@pytest.fixture
async def child(settings: Settings, clock: FakeClock) -> AsyncIterator[Flow]:
    async with _app(settings, clock) as flow:
        yield flow


async def _demo(flow: Flow) -> dict[str, int]:
    await seed(flow.db, flow.clock, notes=flow.app.bot_data.notes)
    return {t.name: t.id for t in await flow.db.teams.all()}


def _file(flow: Flow, message: dict[str, Any]) -> bytes:
    data = flow.tg.file_bytes(message["document"]["file_id"])
    assert data is not None
    return data


def _plain(text: str) -> str:
    """An HTML message as the sandbox shows it: tags gone, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _cells(xlsx: bytes) -> list[list[Any]]:
    book = load_workbook(io.BytesIO(xlsx))
    return [list(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]


def _nice(pid: int) -> int:
    """A process's nice value as the kernel holds it (/proc/<pid>/stat, field 19)."""
    with open(f"/proc/{pid}/stat") as stat:
        return int(stat.read().rsplit(")", 1)[1].split()[16])


@pytest.mark.both  # the child opens its own read-only connection: a file, or a server
async def test_stats_and_hours_made_in_a_child_are_the_same_as_made_here(child: Flow) -> None:
    teams = await _demo(child)
    await child.send(COPIL, "/stats")
    # The menu starts the child: it loads its modules while the COPIL member chooses, below
    # the bot from its first instruction (not once loaded: 0.3 s of CPU, before, at the
    # bot's own priority, amid everyone's answers).
    process = child.app.bot_data.reports.process
    assert process is not None
    assert _nice(process.pid) == min(19, _nice(os.getpid()) + NICENESS)
    before = len(child.tg.bot_messages(COPIL))
    await child.press(COPIL, "st:p:this_year")
    await child.press(COPIL, "st:team:all")
    sent = child.tg.bot_messages(COPIL)[before:]
    assert child.app.bot_data.reports.process is process  # the warmed child made it
    pid = process.pid
    texts = [m["text"] for m in sent if "text" in m]
    documents = [m for m in sent if "document" in m]
    assert len([m for m in sent if "photo" in m]) == 5 and len(documents) == 2
    # The same figures, key figures and files made here, from the same request.
    zone = child.app.bot_data.settings.zone
    _ = copil_texts("fr", zone)
    period = Period.of(date(2026, 1, 1), date(2026, 12, 31), zone, child.clock())
    figures = await collect(child.db.reader, period)
    columns = [(name, figures[i]) for name, i in teams.items()]
    columns.append(("Tout le programme", figures[ALL]))
    report = build(_, period, "this_year", "Toutes les équipes", columns)
    assert texts[-1] == _plain(key_figures(_, report))
    assert _file(child, documents[0]) == files.to_csv(report)
    assert _cells(_file(child, documents[1])) == _cells(files.to_xlsx(report))
    # The COPIL's year of /hours, made in a child, as made here.
    await child.send(COPIL, "/hours")
    await child.press(COPIL, "hours:year:2026-11")
    names = {i: name for name, i in teams.items()}
    asked = TeamAsked("fr", zone, names, None, date(2025, 12, 1), date(2026, 12, 1))
    text, csv_bytes, name = await team_hours(child.db.reader, asked)
    assert child.last(COPIL)["document"]["file_name"] == name
    assert _file(child, child.last(COPIL)) == csv_bytes
    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) > 2, rows  # the demo's mentors logged time this year
    assert child.tg.bot_messages(COPIL)[-2]["text"] == _plain(text)
    # One child made both: started at the first menu, kept for the next report.
    reports = child.app.bot_data.reports
    assert reports.process is not None and reports.process.pid == pid
    # Idle long enough, it is told so (its input ends) and exits by itself, cleanly.
    reports._stop_idle()
    assert await process.wait() == 0 and reports.process is None


async def test_a_menu_left_unanswered_lets_the_child_go(
    settings: Settings, clock: FakeClock
) -> None:
    async with _app(settings.model_copy(update={"report_idle_seconds": 0}), clock) as flow:
        await flow.send(COPIL, "/hours")
        reports = flow.app.bot_data.reports
        process = reports.process or reports._leaving  # started, maybe already told to go
        assert process is not None
        # Nobody chose a month: after `idle` it is told to go (its input ends).
        while reports.process is not None:
            await asyncio.sleep(0.01)
        assert process.stdin is not None and process.stdin.is_closing()
    assert process.returncode is not None  # gone with the bot, if not before


async def test_a_killed_child_leaves_a_clear_message_and_the_bot_answering(
    child: Flow,
) -> None:
    await _demo(child)
    asked = "SELECT COUNT(*) FROM audit WHERE actor = ? AND action = 'stats'"
    audit = (await (await child.db.conn.execute(asked, (COPIL,))).fetchone())[0]
    await child.send(COPIL, "/stats")
    await child.press(COPIL, "st:p:this_year")
    before = len(child.tg.bot_messages(COPIL))
    pressed = asyncio.create_task(child.press(COPIL, "st:team:all"))
    reports = child.app.bot_data.reports
    while not reports.busy:  # the report is in the child: kill it as the OOM killer would
        await asyncio.sleep(0.01)
    assert reports.process is not None
    reports.process.send_signal(signal.SIGKILL)
    await pressed
    sent = child.tg.bot_messages(COPIL)[before:]
    assert [m.get("text", "") for m in sent][-1].startswith("⚠️ Le rapport n'a pas pu")
    assert not [m for m in sent if "document" in m or "photo" in m]
    assert reports.process is None
    # The request was recorded as asked (audit), nothing else; the bot goes on answering.
    assert (await (await child.db.conn.execute(asked, (COPIL,))).fetchone())[0] == audit + 1
    await child.send(YOUTH, "/start")
    assert child.buttons(YOUTH), child.text(YOUTH)  # the language question
    await child.send(HUGO, "/stats")
    assert child.buttons(HUGO)  # the periods: the conversation was not left stuck


async def test_a_report_that_takes_too_long_is_given_up(
    settings: Settings, clock: FakeClock
) -> None:
    async with _app(settings.model_copy(update={"report_timeout": 0.2}), clock) as flow:
        await _demo(flow)
        await flow.send(COPIL, "/hours")
        process = flow.app.bot_data.reports.process  # started with the menu
        assert process is not None
        process.send_signal(signal.SIGSTOP)  # a child that hangs
        await flow.press(COPIL, "hours:year:2026-11")
        assert flow.text(COPIL).startswith("⚠️ Le rapport n'a pas pu")
        assert "document" not in flow.last(COPIL)
        assert flow.app.bot_data.reports.process is None  # killed, not left running


async def test_a_second_report_waits_for_the_first_and_is_told(flow: Flow) -> None:
    await _demo(flow)
    await flow.send(COPIL, "/stats")
    await flow.press(COPIL, "st:p:last_month")  # programme-wide: then the scope
    await flow.send(HUGO, "/stats")  # Littoral's: the period makes the report
    # Both press at once (different people's updates run side by side).
    await flow.tg.press(COPIL, flow.last(COPIL)["message_id"], "st:team:all")
    await flow.tg.press(HUGO, flow.last(HUGO)["message_id"], "st:p:last_month")
    await flow.pump()
    waited = [
        who
        for who in (COPIL, HUGO)
        if any("Un autre rapport" in m.get("text", "") for m in flow.tg.bot_messages(who))
    ]
    assert len(waited) == 1  # one was made first, the other was told it waits
    for who in (COPIL, HUGO):
        sent = flow.tg.bot_messages(who)
        assert sum("document" in m for m in sent) == 2 and sum("photo" in m for m in sent) == 5
