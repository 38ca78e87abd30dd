"""The charts of a /stats answer as PNG, readable on a phone: portrait, large type, at most
six series (teams side by side, else the whole programme), the period and the scope in the
title, the Okabe-Ito palette (told apart with any colour vision). Every bar is labelled
with its value as the outputs show it: a hidden count has no bar, only "< 5".

Drawn with matplotlib's object API on the Agg canvas, never pyplot: no global state, so
charts can be drawn in worker threads while the bot answers others."""

from __future__ import annotations

import io
import textwrap

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as Chart
from matplotlib.text import Text

from handlers.stats.report import Report, Row
from storage.stats import shown

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7")
MAX_SERIES = len(PALETTE)
FONT = 15
DPI = 110  # 7.2 in wide: 792 px, a phone's width; more pixels only cost time


def _series(report: Report) -> list[int]:
    """Column indexes drawn: each team when side by side (up to six), else the last column
    (the team, or the whole programme)."""
    teams = len(report.columns) - 1
    if 1 < teams <= MAX_SERIES:
        return list(range(teams))
    return [len(report.columns) - 1]


def _number(value: str | float | int, unit: str) -> str:
    if isinstance(value, str):
        return value
    if unit == "percent":
        return f"{value:.0f} %"
    return f"{value:g}" if unit == "count" else f"{value:.1f}".rstrip("0").rstrip(".")


def bars(report: Report, rows: list[Row], title: str, labels: list[str] | None = None) -> Chart:
    """Horizontal bars, one group per row (top to bottom), one bar per series.

    Every bar carries its value, so there is no x axis, and the row names and the series'
    names are plain texts: matplotlib's ticks and legend measure and place their texts
    again on each drawing, and were two thirds of the drawing time."""
    series = _series(report)
    legend = (len(series) + 1) // 2 if len(series) > 1 else 0  # lines of two names
    top = 1.25 + 0.32 * legend  # inches above the bars: the title, then the series' names
    inches = top + 0.45 + 0.62 * len(rows) * max(1.0, len(series) * 0.7)
    chart = Chart(figsize=(7.2, inches))
    FigureCanvasAgg(chart)
    # Fixed margins (inches), not tight_layout: one drawing pass instead of two.
    chart.subplots_adjust(left=0.34, right=0.95, top=1 - top / inches, bottom=0.3 / inches)
    ax = chart.add_subplot()
    ax.set_axis_off()
    height = 0.8 / len(series)
    # The scale of the drawn bars only: a hidden count's true size never sets it.
    values = [[shown(r.cells[c]) for r in rows] for c in series]
    highest = max([float(v) for vs in values for v in vs if not isinstance(v, str)] + [1.0])
    for s in range(len(series)):
        ys = [i + (s - (len(series) - 1) / 2) * height for i in range(len(rows))]
        widths = [0.0 if isinstance(v, str) else float(v) for v in values[s]]
        ax.barh(ys, widths, height=height * 0.92, color=PALETTE[s % len(PALETTE)])
        for y, width, value, row in zip(ys, widths, values[s], rows, strict=True):
            text = _number(value, row.unit) if value != "" else "0"
            ax.text(width + highest * 0.015, y, text, va="center", fontsize=FONT - 2)
    names = labels or [r.key_label or r.label for r in rows]
    for i, name in enumerate(names):
        ax.text(
            -highest * 0.03, i, textwrap.fill(name, 18), ha="right", va="center", fontsize=FONT - 1
        )
    ax.axvline(0, color="black", linewidth=1)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first row on top
    ax.set_xlim(0, highest * 1.22)
    chart.suptitle(
        f"{title}\n{report.period_label} · {report.scope_label}",
        fontsize=FONT + 1,
        fontweight="bold",
        y=1 - 0.15 / inches,
        va="top",
    )
    for s, column in enumerate(series if legend else []):
        chart.text(
            0.06 + 0.47 * (s % 2),
            1 - (1.2 + 0.32 * (s // 2)) / inches,
            f"■ {report.columns[column][:24]}",
            color=PALETTE[s % len(PALETTE)],
            fontsize=FONT - 2,
            fontweight="bold",
            va="top",
        )
    return chart


def draw(report: Report) -> list[tuple[str, Chart]]:
    """The charts of the answer, with their file names."""
    w = report.words
    delays = [
        r for name in ("hours_to_first_answer", "hours_to_acceptance") for r in report.rows_of(name)
    ]
    return [
        ("requests-by-month", bars(report, report.rows_of("by_month"), w["stats-chart-by-month"])),
        ("requests-by-theme", bars(report, report.rows_of("by_theme"), w["stats-chart-by-theme"])),
        (
            "hours-by-kind",
            bars(report, report.rows_of("hours_by_kind"), w["stats-chart-hours-by-kind"]),
        ),
        ("links-ended", bars(report, report.rows_of("ended_by_reason"), w["stats-chart-ended"])),
        (
            "delays",
            bars(
                report,
                delays,
                w["stats-chart-delays"],
                [f"{r.label} ({r.key_label})" for r in delays],
            ),
        ),
    ]


def png(chart: Chart) -> bytes:
    """Fast zlib level: flat colours compress well at level 1 too (a few % larger), and
    the default level 6 took a third of the drawing time."""
    out = io.BytesIO()
    chart.savefig(out, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
    return out.getvalue()


def texts(chart: Chart) -> list[str]:
    """Every text drawn on the chart (titles, tick labels, bar values, legend): what the
    tests read to check that a hidden count never shows."""
    return [t.get_text() for t in chart.findobj(match=Text) if isinstance(t, Text)]


def render(report: Report) -> list[tuple[str, bytes]]:
    return [(name, png(chart)) for name, chart in draw(report)]
