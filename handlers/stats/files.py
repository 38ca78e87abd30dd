"""The CSV (one row per figure and team, with the period) and the .xlsx workbook (one sheet
per table) of a /stats answer. Every value goes through storage.stats.shown: "< 5" for a
count under 5, in every cell."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font

from bot.i18n import number
from handlers.reports import cell, csv_file
from handlers.stats.report import Report
from storage.stats import shown


def to_csv(report: Report) -> bytes:
    """One row per figure and team; numbers as the reader's spreadsheet reads them ("12,5"
    in French, Spanish, Portuguese; never grouped: "100'000" would be text)."""
    w = report.words
    rows: list[list[object]] = [
        [
            w["stats-col-period-start"],
            w["stats-col-period-end"],
            w["stats-col-team"],
            w["stats-col-section"],
            w["stats-col-figure"],
            w["stats-col-detail"],
            w["stats-col-value"],
            w["stats-col-unit"],
            w["stats-col-code"],
        ]
    ]
    for row in report.rows:
        code = ".".join(part for part in (row.section, row.name, row.key) if part)
        for team, figure in zip(report.columns, row.cells, strict=True):
            value = shown(figure)
            rows.append(
                [
                    report.first.isoformat(),
                    report.last.isoformat(),
                    cell(team),
                    row.section_label,
                    row.label,
                    row.key_label,
                    value if isinstance(value, str) else number(value, report.locale, False),
                    w[f"stats-unit-{row.unit}"],
                    code,
                ]
            )
    return csv_file(rows, report.locale)


def _styled(sheet: Any, value: object, **style: object) -> Cell:
    cell = WriteOnlyCell(sheet, value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def to_xlsx(report: Report) -> bytes:
    """A sheet about the period and the rule, then one sheet per section: a row per figure,
    a column per team.

    Written as a stream (openpyxl's write-only mode): rows go out as they are appended, and
    only the cells that need a style carry one ("< 5" right-aligned like the numbers beside
    it; a number is right-aligned by default). Styling every cell was two thirds of the
    time."""
    book = Workbook(write_only=True)
    w = report.words
    about = book.create_sheet(w["stats-sheet-about"][:31])
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 40

    def day(value: date) -> Cell:
        return _styled(about, value, number_format="DD.MM.YYYY")

    about.append([w["stats-about-period"], report.period_label])
    about.append([w["stats-col-period-start"], day(report.first)])
    about.append([w["stats-col-period-end"], day(report.last)])
    about.append([w["stats-about-scope"], report.scope_label])
    about.append([w["stats-about-rule"]])
    bold, right = Font(bold=True), Alignment(horizontal="right")
    header = [w["stats-col-figure"], w["stats-col-detail"], w["stats-col-unit"]]
    header += [cell(c) for c in report.columns]
    sheets: dict[str, Any] = {}
    for row in report.rows:
        sheet = sheets.get(row.section)
        if sheet is None:
            sheet = sheets[row.section] = book.create_sheet(row.section_label[:31])
            sheet.column_dimensions["A"].width = 36
            sheet.column_dimensions["B"].width = 28
            sheet.freeze_panes = "D2"
            sheet.append([_styled(sheet, v, font=bold) for v in header])
        values = [shown(figure) for figure in row.cells]
        sheet.append(
            [row.label, row.key_label, w[f"stats-unit-{row.unit}"]]
            + [_styled(sheet, v, alignment=right) if isinstance(v, str) else v for v in values]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
