"""The figures of one /stats answer, labelled in the reader's language: rows of cells, one
cell per column (a team, or the whole programme). The charts and files are drawn from it in
a worker thread, so it holds plain values only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from bot.i18n import Texts
from bot.safety import CATEGORIES
from storage.stats import Figure, Period

# Emoji and pictographs in button labels (⚽ Sport) have no glyph in the charts' font.
_PICTOGRAPHS = re.compile("[\u2190-\u2bff\ufe0f\U0001f000-\U0001faff]")


@dataclass(frozen=True)
class Row:
    section: str
    name: str
    key: str
    unit: str
    section_label: str
    label: str  # the figure
    key_label: str  # its detail ("Travail", "médiane"), "" for the figure itself
    cells: tuple[Figure, ...]  # one per column


@dataclass(frozen=True)
class Report:
    first: date
    last: date
    period_label: str
    scope_label: str
    columns: tuple[str, ...]  # team names, then the whole programme's when side by side
    rows: tuple[Row, ...]
    words: dict[str, str]  # headers and titles of the charts and files

    def row(self, name: str, key: str = "") -> Row:
        return next(r for r in self.rows if r.name == name and r.key == key)

    def rows_of(self, name: str) -> list[Row]:
        return [r for r in self.rows if r.name == name]


def plain(text: str) -> str:
    return _PICTOGRAPHS.sub("", text).strip()


def key_label(_: Texts, name: str, key: str) -> str:
    """The words for a figure's detail code, reusing the keys the bot's buttons show."""
    if not key:
        return ""
    if key in ("median", "p90", "unknown", "unlisted", "mentor_link", "team", "stopped"):
        return _(f"stats-key-{key}")
    if name == "alerts_by_outcome":
        return _("stats-key-open") if key == "open" else plain(_(f"alert-outcome-{key}"))
    if name in ("alerts_by_level", "mood_change"):
        return _(f"stats-key-{key}")
    if name == "recommend":
        return _(f"feedback-recommend-{key}")
    if name in ("mood", "helped", "session_rating", "wellbeing_mood"):
        return key
    if name.endswith("by_theme") or name == "checkin_theme":
        return _(f"theme-{key}")
    if name.endswith("by_kind"):
        return _(f"kind-{key}")
    prefixes = {
        "relays_by_domain": "domain",
        "by_age": "age",
        "by_met": "met",
        "ended_by_reason": "end-reason",
    }
    if name in prefixes:
        return plain(_(f"{prefixes[name]}-{key}"))
    if name == "by_month":
        moment = datetime.combine(date.fromisoformat(key + "-01"), time(12), tzinfo=_.zone)
        return _.when(moment, "short-month")
    if name == "alerts_by_category" and key in CATEGORIES:
        return _(f"safety-category-{key}")
    return key


def period_label(_: Texts, period: Period, choice: str) -> str:
    """ "novembre 2026", "T3 2026", "2026", or the typed dates."""
    first, last = period.first, period.last
    noon = datetime.combine(first, time(12), tzinfo=_.zone)
    if choice in ("this_month", "last_month"):
        return _.when(noon, "month")
    if choice in ("this_quarter", "last_quarter"):
        return _("stats-quarter", n=(first.month - 1) // 3 + 1, year=str(first.year))  # no 2'026
    if choice in ("this_year", "last_year"):
        return str(first.year)
    return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"


WORDS = (
    "stats-col-period-start",
    "stats-col-period-end",
    "stats-col-team",
    "stats-col-section",
    "stats-col-figure",
    "stats-col-detail",
    "stats-col-value",
    "stats-col-unit",
    "stats-col-code",
    "stats-sheet-about",
    "stats-about-period",
    "stats-about-scope",
    "stats-about-rule",
    "stats-chart-by-month",
    "stats-chart-by-theme",
    "stats-chart-hours-by-kind",
    "stats-chart-ended",
    "stats-chart-delays",
    "stats-unit-count",
    "stats-unit-hours",
    "stats-unit-days",
    "stats-unit-minutes",
    "stats-unit-percent",
)


def build(
    _: Texts,
    period: Period,
    choice: str,
    scope_label: str,
    columns: list[tuple[str, list[Figure]]],
) -> Report:
    """Label the figures of each column (all columns hold the same rows in the same order)."""
    rows = []
    for index, figure in enumerate(columns[0][1]):
        cells = tuple(figures[index] for _name, figures in columns)
        rows.append(
            Row(
                section=figure.section,
                name=figure.name,
                key=figure.key,
                unit=figure.unit,
                section_label=_(f"stats-sec-{figure.section}"),
                label=_(f"stats-fig-{figure.name}"),
                key_label=key_label(_, figure.name, figure.key),
                cells=cells,
            )
        )
    return Report(
        first=period.first,
        last=period.last,
        period_label=period_label(_, period, choice),
        scope_label=scope_label,
        columns=tuple(name for name, _figures in columns),
        rows=tuple(rows),
        words={key: _(key) for key in WORDS},
    )
