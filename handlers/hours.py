"""/hours: a mentor's time this month and last month by kind, with a CSV (date, kind,
minutes, themes, partner: no names, no notes) to hand to the COPIL; for the COPIL, the
team's totals per mentor for a chosen month or the last twelve, as a CSV with a short
message (the detail too when it fits one screen: a national programme's month would take
dozens), made in a child process (bot.reports). The CSVs are in the person's words (the
codes in extra columns) and open right in their spreadsheet."""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press
from bot.context import Context, texts
from bot.guards import person_of, require
from bot.i18n import Texts
from handlers.reports import copil_texts, made
from storage.clock import system_clock
from storage.logs import Logs
from storage.models import KINDS, Person, Role
from storage.tx import Conn

_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
MONTHS_OFFERED = 3
SCREEN = 3500  # a detail longer than this stays in the file, under a summary
DETAIL_MAX = 60  # mentors: more never fit SCREEN, so their lines are not even written
MONTHS_BACK_MAX = 24  # a forged "hours:csv:9999-12" overflowed computing the month after


def _month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _next_month(start: date) -> date:
    return _month_start(start, -1)


def _month_name(_: Texts, start: date) -> str:
    return _.when(datetime.combine(start, time(12), tzinfo=_.zone), "month")


def _duration(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


def _cell(text: str) -> str:
    """A name as a CSV cell: one starting with = + - @ (or a tab or carriage return) would
    run as a formula in a spreadsheet, so it is prefixed with ' and stays text."""
    return f"'{text}" if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def _today(context: Context) -> date:
    return context.bot_data.clock().astimezone(context.bot_data.settings.zone).date()


def _parse_month(text: str, today: date) -> date | None:
    """The month in button data, if it is this month or one of the MONTHS_BACK_MAX before."""
    m = _MONTH.fullmatch(text)
    start = date(int(m[1]), int(m[2]), 1) if m else None
    if start is None or not _month_start(today, MONTHS_BACK_MAX) <= start <= _month_start(today):
        return None
    return start


async def hours(update: Update, context: Context) -> None:
    """A mentor's own time; a COPIL member chooses a month for the team."""
    message = update.effective_message
    me = await require(update, context, Role.MENTOR, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    today = _today(context)
    if me.role == Role.COPIL:
        months = [_month_start(today, back) for back in range(MONTHS_OFFERED)]
        rows = [
            [InlineKeyboardButton(_month_name(_, m), callback_data=f"hours:team:{m:%Y-%m}")]
            for m in months
        ]
        rows.append(
            [InlineKeyboardButton(_("hours-year"), callback_data=f"hours:year:{months[0]:%Y-%m}")]
        )
        await message.reply_text(_("hours-which-month"), reply_markup=InlineKeyboardMarkup(rows))
        await context.bot_data.reports.warm(_loaded)  # ready by the time they choose
        return
    lines = [_("hours-title")]
    buttons = []
    for back in (0, 1):
        start = _month_start(today, back)
        totals = await context.bot_data.db.logs.minutes_by_kind(
            me.telegram_id, start, _next_month(start)
        )
        lines.append(
            "\n"
            + _("hours-month", month=_month_name(_, start), total=_duration(sum(totals.values())))
        )
        lines += [f"• {_(f'kind-{k}')} : {_duration(totals[k])}" for k in KINDS if totals.get(k)]
        buttons.append(
            InlineKeyboardButton(
                _("hours-csv", month=_month_name(_, start)),
                callback_data=f"hours:csv:{start:%Y-%m}",
            )
        )
    await message.reply_text(
        "\n".join(lines), reply_markup=InlineKeyboardMarkup([[b] for b in buttons])
    )


def _loaded() -> None:
    """A report child's warm-up for /hours: unpickling this function loaded this module."""


async def hours_button(update: Update, context: Context) -> None:
    """hours:csv:<YYYY-MM> (a mentor's own), hours:team:<YYYY-MM> (COPIL), hours:year:<YYYY-MM>
    (COPIL: the twelve months up to that one)."""
    query = update.callback_query
    if query is None:
        return
    person = await person_of(update, context)
    _ = texts(update, context, person)
    parts = (query.data or "").split(":")
    start = _parse_month(parts[2], _today(context)) if len(parts) == 3 else None
    if start is None or parts[1] not in ("csv", "team", "year"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    role = Role.MENTOR if parts[1] == "csv" else Role.COPIL
    me = await require(update, context, role)
    if me is None:
        return
    await answer_press(query)
    if role == Role.MENTOR:
        await _mentor_csv(context, me, _, start)
    elif parts[1] == "team":
        await _team(context, me, _, start, _next_month(start))
    else:
        await _team(context, me, _, _month_start(start, 11), _next_month(start))


def _csv_file(rows: list[list[object]], _: Texts) -> bytes:
    """A CSV a spreadsheet opens right in the person's language: UTF-8 with a BOM (so
    accents survive), and ';' between cells in French (where ',' is the decimal comma)."""
    out = io.StringIO()
    csv.writer(out, delimiter=";" if _.language == "fr" else ",").writerows(rows)
    return out.getvalue().encode("utf-8-sig")


async def _mentor_csv(context: Context, me: Person, _: Texts, start: date) -> None:
    entries = await context.bot_data.db.logs.between(me.telegram_id, start, _next_month(start))
    columns = ("date", "kind", "minutes", "themes", "partner", "kind-code", "theme-codes")
    rows: list[list[object]] = [[_(f"hours-col-{c}") for c in columns]]
    for e in entries:
        rows.append(
            [
                e.day.isoformat(),
                _(f"kind-{e.kind}"),
                e.minutes,
                ", ".join(_(f"theme-{t}") for t in e.themes),
                _cell(e.partner_name or ""),
                e.kind,
                "+".join(e.themes),
            ]
        )
    total = sum(e.minutes for e in entries)
    await context.bot.send_document(
        me.telegram_id,
        document=_csv_file(rows, _),
        filename=f"lien-hours-{start:%Y-%m}.csv",
        caption=_("hours-csv-caption", month=_month_name(_, start), total=_duration(total)),
    )


async def _team(context: Context, me: Person, _: Texts, start: date, end: date) -> None:
    """Each mentor's minutes by kind from `start` to before `end`, for the teams this COPIL
    member sees, made by bot.reports in a child process: one read, one CSV, one message."""
    db = context.bot_data.db
    teams = {t.id: t.name for t in await db.teams.all() if me.sees_team(t.id)}
    wanted = None if me.programme_wide else list(teams)
    asked = TeamAsked(_.language, _.zone, teams, wanted, start, end)
    answer = await made(context, me, _, team_hours, asked)
    if answer is None:
        return
    text, csv_bytes, filename = answer
    await context.bot.send_message(me.telegram_id, text)
    await context.bot.send_document(me.telegram_id, document=csv_bytes, filename=filename)


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
    last = _month_start(end, 1)
    period = _month_name(_, start)
    if last != start:
        period += " – " + _month_name(_, last)
    kinds = [_(f"kind-{k}") for k in KINDS]
    header: list[object] = [
        _("hours-col-team"),
        _("hours-col-mentor"),
        *kinds,
        _("hours-col-total"),
    ]
    table: list[list[object]] = [header]
    table += [
        [_cell(teams[t]), _cell(name), *minutes, sum(minutes)] for t, _m, name, minutes in found
    ]
    total = sum(sum(minutes) for *_ids, minutes in found)
    text = _detail(_, teams, found, period, kinds) if len(found) <= DETAIL_MAX else ""
    if not text or len(text) > SCREEN:
        text = _(
            "hours-team-summary",
            month=period,
            mentors=len(found),
            teams=len(teams),
            total=_duration(total),
        )
    name = f"{start:%Y-%m}" if last == start else f"{start:%Y-%m}-{last:%Y-%m}"
    return text, _csv_file(table, _), f"lien-team-hours-{name}.csv"


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
                f"{k} {_duration(m)}" for k, m in zip(kinds, minutes, strict=True) if m
            )
            lines.append(f"• {html.escape(name)} : <b>{_duration(sum(minutes))}</b> ({detail})")
    return "\n".join(lines)
