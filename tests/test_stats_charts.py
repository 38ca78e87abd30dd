"""/stats's charts: laid out from the shown figures (a hidden count has no bar, the longest
bar is the highest shown value), the period and scope in the title, and painted as laid out
into a phone-wide PNG."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from handlers.stats import charts
from handlers.stats.report import Report, Row
from storage.stats import HIDDEN, Figure


def _basis(unit: str, value: float) -> int:
    """A count is its own basis (under 5: hidden); a measure here rests on 100 things."""
    return int(value) if unit == "count" else 100


def _report(
    columns: tuple[str, ...],
    values: list[tuple[float, ...]],
    unit: str = "count",
    locale: str = "fr_CH",
) -> Report:
    rows = tuple(
        Row(
            "links",
            "ended_by_reason",
            reason,
            unit,
            "Liens",
            "Liens terminés",
            label,
            tuple(
                Figure("links", "ended_by_reason", reason, unit, v, _basis(unit, v)) for v in cells
            ),
        )
        for (reason, label), cells in zip(
            [("goals", "Objectifs atteints"), ("work", "Travail trouvé"), ("other", "Autre")],
            values,
            strict=True,
        )
    )
    return Report(
        date(2026, 1, 1),
        date(2026, 3, 31),
        "T1 2026",
        "Toutes les équipes",
        columns,
        rows,
        {},
        locale,
    )


def test_bars_follow_the_shown_values_and_a_hidden_count_has_none() -> None:
    report = _report(("Littoral", "Montagnes", "Tout"), [(8, 20, 28), (3, 10, 13), (0, 6, 6)])
    chart = charts.bars(report, list(report.rows), "Liens terminés, par raison")
    # Two teams side by side (the total is not drawn): three rows of two bars.
    widths = [b.width for b in chart.bars]
    assert widths == [
        round(8 / 20 * charts.LONGEST),
        0,  # 3: hidden, "< 5" written, no bar; its size never sets the scale
        0,  # 0: nothing to draw, "0" written
        charts.LONGEST,
        round(10 / 20 * charts.LONGEST),
        round(6 / 20 * charts.LONGEST),
    ]
    shown = charts.texts(chart)
    assert [t for t in shown if t in ("8", HIDDEN, "0", "20", "10", "6")] == [
        "8",
        HIDDEN,
        "0",
        "20",
        "10",
        "6",
    ]
    assert "3" not in shown and "28" not in shown
    assert "T1 2026 · Toutes les équipes" in shown  # the period and the scope
    assert "■ Littoral" in shown and "■ Montagnes" in shown  # the series' names
    # Each bar in its series' colour, the first series blue, the second orange.
    assert {b.colour for b in chart.bars[:3]} == {charts.PALETTE[0]}
    assert {b.colour for b in chart.bars[3:]} == {charts.PALETTE[1]}


def test_the_png_is_painted_as_laid_out_at_a_phones_width() -> None:
    report = _report(("Littoral", "Montagnes", "Tout"), [(8, 20, 28), (3, 10, 13), (0, 6, 6)])
    chart = charts.bars(report, list(report.rows), "Liens terminés, par raison")
    image = Image.open(io.BytesIO(charts.png(chart))).convert("RGB")
    assert image.size == (charts.WIDTH, chart.height) == (792, chart.height)
    for bar in chart.bars:
        middle = (bar.x + bar.width // 2, bar.y + bar.height // 2)
        expected = tuple(int(bar.colour[i : i + 2], 16) for i in (1, 3, 5))
        if bar.width:
            assert image.getpixel(middle) == expected
        else:
            assert image.getpixel((bar.x + 3, middle[1])) == (255, 255, 255)


def test_more_than_six_teams_draw_the_whole_programme_only() -> None:
    teams = tuple(f"Équipe {n}" for n in range(1, 8))
    report = _report((*teams, "Tout"), [(10,) * 7 + (70,), (5,) * 7 + (35,), (6,) * 7 + (42,)])
    chart = charts.bars(report, list(report.rows), "Liens terminés, par raison")
    assert [b.width for b in chart.bars] == [
        charts.LONGEST,
        round(35 / 70 * charts.LONGEST),
        round(42 / 70 * charts.LONGEST),
    ]
    assert not [t for t in charts.texts(chart) if t.startswith("■")]  # one series: no names


@pytest.mark.parametrize(
    ("locale", "hours", "counts"),
    [
        ("fr_CH", ["3,9", "12", "0,5"], ["100'000", "1'234'567", "5"]),
        ("en_GB", ["3.9", "12", "0.5"], ["100,000", "1,234,567", "5"]),
    ],
)
def test_values_are_written_as_the_readers_locale_writes_numbers(
    locale: str, hours: list[str], counts: list[str]
) -> None:
    """A measure with the locale's decimal mark, a national count with its group mark (and
    never "1.23457e+06"); the same text as the key figures' message (bot.i18n.number)."""
    measures = _report(("Tout",), [(3.94,), (12.0,), (0.46,)], "hours", locale)
    shown = charts.texts(charts.bars(measures, list(measures.rows), "Heures"))
    assert [t for t in shown if t[0].isdigit()] == hours
    national = _report(("Tout",), [(100000,), (1234567,), (5,)], "count", locale)
    shown = charts.texts(charts.bars(national, list(national.rows), "Liens"))
    assert [t for t in shown if t[0].isdigit()] == counts
