"""The COPIL's /hours report: each mentor's minutes by kind for the teams a member sees, as a
short message and a CSV, made in the reports' child process (bot.reports). Kept apart from
handlers/hours.py, the conversation, so that the child loads no Telegram for it; the
helpers for months and durations serve both."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.i18n import Texts
from handlers.reports import cell, copil_texts, csv_file
from storage.clock import system_clock
from storage.logs import Logs
from storage.models import KINDS
from storage.tx import Conn

SCREEN = 3500  # a detail longer than this stays in the file, under a summary
DETAIL_MAX = 60  # mentors: more never fit SCREEN, so their lines are not even written


def month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def next_month(start: date) -> date:
    return month_start(start, -1)


def month_name(_: Texts, start: date) -> str:
    return _.when(datetime.combine(start, time(12), tzinfo=_.zone), "month")


def duration(_: Texts, minutes: int) -> str:
    """ "2 h 05"; a national month's total as the locale groups it ("43'210 h 05")."""
    return f"{_.number(minutes // 60)} h {minutes % 60:02d}"


def loaded() -> None:
    """A report child's warm-up for /hours: unpickling this function loaded this module."""


@dataclass(frozen=True)
class TeamAsked:
    """What the teams' hours need, in plain values (they go to the child process)."""

    language: str
    zone: ZoneInfo
    teams: dict[int, str]  # the teams this COPIL member sees
    wanted: list[int] | None  # None: every team (programme-wide)
    start: date
    end: date


async def team_hours(conn: Conn, asked: TeamAsked) -> tuple[str, bytes, str]:
    """The message, the CSV and its name (the detail in the message only for a few
    mentors: a national month is 5,000 of them)."""
    _ = copil_texts(asked.language, asked.zone)
    teams, start, end = asked.teams, asked.start, asked.end
    minutes_of = await Logs(conn, system_clock).team_minutes(asked.wanted, start, end)
    found = [r for r in minutes_of if r[0] in teams]
    last = month_start(end, 1)
    period = month_name(_, start)
    if last != start:
        period += " – " + month_name(_, last)
    kinds = [_(f"kind-{k}") for k in KINDS]
    header: list[object] = [
        _("hours-col-team"),
        _("hours-col-mentor"),
        *kinds,
        _("hours-col-total"),
    ]
    table: list[list[object]] = [header]
    table += [
        [cell(teams[t]), cell(name), *minutes, sum(minutes)] for t, _m, name, minutes in found
    ]
    total = sum(sum(minutes) for *_ids, minutes in found)
    text = _detail(_, teams, found, period, kinds) if len(found) <= DETAIL_MAX else ""
    if not text or len(text) > SCREEN:
        text = _(
            "hours-team-summary",
            month=period,
            mentors=len(found),
            teams=len(teams),
            total=duration(_, total),
        )
    name = f"{start:%Y-%m}" if last == start else f"{start:%Y-%m}-{last:%Y-%m}"
    return text, csv_file(table, _.locale), f"lien-team-hours-{name}.csv"


def _detail(
    _: Texts,
    teams: dict[int, str],
    found: list[tuple[int, int, str, tuple[int, ...]]],
    period: str,
    kinds: list[str],
) -> str:
    """Each team, and each of its mentors' time with the kinds that have some."""
    lines = [_("hours-team-title", month=period)]
    for team_id, team_name in teams.items():
        lines.append(f"\n<b>{html.escape(team_name)}</b>")
        mine = [(name, minutes) for t, _m, name, minutes in found if t == team_id]
        if not mine:
            lines.append(_("hours-team-none"))
        for name, minutes in mine:
            detail = ", ".join(
                f"{k} {duration(_, m)}" for k, m in zip(kinds, minutes, strict=True) if m
            )
            lines.append(f"• {html.escape(name)} : <b>{duration(_, sum(minutes))}</b> ({detail})")
    return "\n".join(lines)
