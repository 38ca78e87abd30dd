"""A long report for one COPIL member, made by bot.reports: told when it waits for
another's, told plainly when it could not be made; and the CSV files of every report."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from babel.numbers import get_decimal_symbol

from bot.i18n import I18n, Texts
from bot.reports import ReportFailed
from storage.models import Person

if TYPE_CHECKING:  # the reports' child imports copil_texts without Telegram
    from bot.context import Context

T = TypeVar("T")


async def made(
    context: Context, me: Person, _: Texts, work: Callable[..., Awaitable[T]], *args: Any
) -> T | None:
    """`work(conn, *args)`'s result, or None once the person has been told it failed."""
    reports = context.bot_data.reports
    if reports.busy:
        await context.bot.send_message(me.telegram_id, _("report-waiting"))
    try:
        return await reports.run(work, *args)
    except ReportFailed:
        await context.bot.send_message(me.telegram_id, _("report-failed"))
        return None


@cache
def _i18n() -> I18n:
    return I18n()


def copil_texts(language: str, zone: ZoneInfo) -> Texts:
    """A COPIL member's texts where there is no update (in the child process)."""
    return Texts(_i18n(), language, zone, familiar=False)


def cell(text: str) -> str:
    """A name as a spreadsheet cell: one starting with = + - @ (or a tab or carriage return)
    would run as a formula, so it is prefixed with ' and stays text."""
    return f"'{text}" if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def csv_file(rows: list[list[object]], locale: str) -> bytes:
    """A CSV a spreadsheet opens right in the person's locale: UTF-8 with a BOM (so accents
    survive), and ';' between cells where ',' is the decimal mark (fr, es, pt)."""
    out = io.StringIO()
    delimiter = ";" if get_decimal_symbol(locale) == "," else ","
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8-sig")
