"""The figures of one /stats answer, labelled in the reader's language: rows of cells, one
cell per column (a team, or the whole programme), and the whole answer made from them
(`make`: key figures, charts, CSV, workbook), which bot.reports runs in a child process."""

from __future__ import annotations

import asyncio
import html
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.i18n import Texts
from bot.safety import CATEGORIES
from handlers.reports import copil_texts
from storage.stats import Figure, Period, collect, shown
from storage.tx import Conn

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
    locale: str  # the reader's, for numbers (bot.i18n.number): "3,9" in fr_CH, "3.9" in en_GB

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
        locale=_.locale,
    )


@dataclass(frozen=True)
class Asked:
    """What one /stats answer needs, in plain values (they go to the child process)."""

    language: str
    zone: ZoneInfo
    now: datetime
    first: date
    last: date
    choice: str
    scope_label: str
    columns: tuple[tuple[str, int], ...]  # (name, team id or storage.stats.ALL)


@dataclass(frozen=True)
class Answer:
    key_figures: str
    pictures: list[tuple[str, bytes]]
    csv: bytes
    xlsx: bytes


async def make(conn: Conn, asked: Asked) -> Answer:
    """The figures, labelled, then the charts and files: run by bot.reports (a child
    process, or here on the reader connection for an in-memory database)."""
    period = Period.of(asked.first, asked.last, asked.zone, asked.now)
    figures = await collect(conn, period)
    _ = copil_texts(asked.language, asked.zone)
    columns = [(name, figures[key]) for name, key in asked.columns]
    report = build(_, period, asked.choice, asked.scope_label, columns)
    # A worker thread: in the bot's own process (an in-memory database) the loop stays free.
    pictures, csv_bytes, xlsx_bytes = await asyncio.to_thread(render, report)
    return Answer(key_figures(_, report), pictures, csv_bytes, xlsx_bytes)


def imports() -> None:
    """A report child's warm-up for /stats (bot.reports.Reports.warm): what render needs,
    loaded while the COPIL member chooses the period."""
    from handlers.stats import charts, files  # noqa: F401


def render(report: Report) -> tuple[list[tuple[str, bytes]], bytes, bytes]:
    """Charts and files. Imported here: Pillow and openpyxl are 25 MB a bot process
    that is never asked would carry."""
    from handlers.stats import charts, files

    return charts.render(report), files.to_csv(report), files.to_xlsx(report)


def key_figures(_: Texts, report: Report) -> str:
    """The short message: the last column's figures (the team, or the whole programme)."""

    def v(name: str, key: str = "") -> str:
        return _text(_, report.row(name, key).cells[-1])

    return _(
        "stats-key-figures",
        period=report.period_label,
        scope=html.escape(report.columns[-1]),
        received=v("received"),
        accepted=v("accepted"),
        withdrawn=v("withdrawn"),
        answer_median=v("hours_to_first_answer", "median"),
        answer_p90=v("hours_to_first_answer", "p90"),
        started=v("started"),
        active=v("active_at_end"),
        ended=v("ended"),
        followups=v("count"),
        hours=v("hours"),
        mentors_active=v("mentors_active"),
        mentors=v("mentors"),
        sessions=v("sessions_held"),
        attendances=v("attendances"),
        youths=v("youths_came"),
        trainings=v("trainings_held"),
        intervisions=v("intervisions_held"),
        alerts=v("alerts"),
        take_median=v("minutes_to_take", "median"),
        checkins=v("checkins_answered"),
        checked_in=v("youths_checked_in"),
        better=v("mood_change", "better"),
        same=v("mood_change", "same"),
        worse=v("mood_change", "worse"),
        feedback=v("feedback_answered"),
        helped_well=_well(_, report),
        recommend_yes=v("recommend", "yes"),
    )


def _text(_: Texts, figure: Figure) -> str:
    """ "&lt; 5" (HTML), "–" for nothing to measure, or the number as the reader's locale
    writes it ("12,5" and "1'234" in fr_CH)."""
    value = shown(figure)
    if value == "":
        return "–"
    return html.escape(value if isinstance(value, str) else _.number(value), quote=False)


def _well(_: Texts, report: Report) -> str:
    """Feedbacks that said 4 or 5 to "did it help": a sum of two shown counts is hidden
    when under 5, like any count."""
    cells = [report.row("helped", key).cells[-1] for key in ("4", "5")]
    n = sum(int(c.value or 0) for c in cells)
    return _text(_, Figure("feedback", "helped", "4-5", "count", n, n))
