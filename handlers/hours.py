"""/hours: a mentor's time this month and last month by kind, with a CSV (date, kind,
minutes, themes, partner: no names, no notes) to hand to the COPIL; for the COPIL, the
team's totals per mentor for a chosen month or the last twelve, as a CSV with a short
message (the detail too when it fits one screen: a national programme's month would take
dozens), made in a child process (bot.reports). The CSVs are in the person's words (the
codes in extra columns) and open right in their spreadsheet."""

from __future__ import annotations

import re
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press
from bot.context import Context, texts
from bot.guards import person_of, require
from bot.i18n import Texts
from handlers.hours_report import (
    TeamAsked,
    duration,
    loaded,
    month_name,
    month_start,
    next_month,
    team_hours,
)
from handlers.reports import cell, csv_file, made
from storage.models import KINDS, Person, Role

_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
MONTHS_OFFERED = 3
MONTHS_BACK_MAX = 24  # a forged "hours:csv:9999-12" overflowed computing the month after


def _today(context: Context) -> date:
    return context.bot_data.clock().astimezone(context.bot_data.settings.zone).date()


def _parse_month(text: str, today: date) -> date | None:
    """The month in button data, if it is this month or one of the MONTHS_BACK_MAX before."""
    m = _MONTH.fullmatch(text)
    start = date(int(m[1]), int(m[2]), 1) if m else None
    if start is None or not month_start(today, MONTHS_BACK_MAX) <= start <= month_start(today):
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
        months = [month_start(today, back) for back in range(MONTHS_OFFERED)]
        rows = [
            [InlineKeyboardButton(month_name(_, m), callback_data=f"hours:team:{m:%Y-%m}")]
            for m in months
        ]
        rows.append(
            [InlineKeyboardButton(_("hours-year"), callback_data=f"hours:year:{months[0]:%Y-%m}")]
        )
        await message.reply_text(_("hours-which-month"), reply_markup=InlineKeyboardMarkup(rows))
        await context.bot_data.reports.warm(loaded)  # ready by the time they choose
        return
    lines = [_("hours-title")]
    buttons = []
    for back in (0, 1):
        start = month_start(today, back)
        totals = await context.bot_data.db.logs.minutes_by_kind(
            me.telegram_id, start, next_month(start)
        )
        lines.append(
            "\n"
            + _("hours-month", month=month_name(_, start), total=duration(_, sum(totals.values())))
        )
        lines += [f"• {_(f'kind-{k}')} : {duration(_, totals[k])}" for k in KINDS if totals.get(k)]
        buttons.append(
            InlineKeyboardButton(
                _("hours-csv", month=month_name(_, start)),
                callback_data=f"hours:csv:{start:%Y-%m}",
            )
        )
    await message.reply_text(
        "\n".join(lines), reply_markup=InlineKeyboardMarkup([[b] for b in buttons])
    )


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
        await _team(context, me, _, start, next_month(start))
    else:
        await _team(context, me, _, month_start(start, 11), next_month(start))


async def _mentor_csv(context: Context, me: Person, _: Texts, start: date) -> None:
    entries = await context.bot_data.db.logs.between(me.telegram_id, start, next_month(start))
    columns = ("date", "kind", "minutes", "themes", "partner", "kind-code", "theme-codes")
    rows: list[list[object]] = [[_(f"hours-col-{c}") for c in columns]]
    for e in entries:
        rows.append(
            [
                e.day.isoformat(),
                _(f"kind-{e.kind}"),
                e.minutes,
                ", ".join(_(f"theme-{t}") for t in e.themes),
                cell(e.partner_name or ""),
                e.kind,
                "+".join(e.themes),
            ]
        )
    total = sum(e.minutes for e in entries)
    await context.bot.send_document(
        me.telegram_id,
        document=csv_file(rows, _.locale),
        filename=f"lien-hours-{start:%Y-%m}.csv",
        caption=_("hours-csv-caption", month=month_name(_, start), total=duration(_, total)),
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
