"""/stats (COPIL): the period, the scope, then the answer sent as messages and files.

The figures come from storage.stats, anonymised ("< 5") in every output. The answer is
made in a child process (bot.reports, handlers.stats.report.make): a COPIL member's report
never delays a youth's answer. See stats.mmd for the steps."""

from __future__ import annotations

import html
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from handlers.basics import end_conversation
from handlers.broadcast import team_scope_buttons, team_scope_of
from handlers.reports import made
from handlers.stats.periods import CHOICES, DatesProblem, preset, typed
from handlers.stats.report import Asked, imports, make, period_label
from storage.models import Person, Role
from storage.stats import ALL, Period

PERIOD, DATES, SCOPE = range(3)
DRAFT_KEY = "stats_draft"


def _period_buttons(_: Texts) -> InlineKeyboardMarkup:
    pairs = [CHOICES[i : i + 2] for i in range(0, len(CHOICES), 2)]
    rows = [
        [InlineKeyboardButton(_(f"stats-period-{c}"), callback_data=f"st:p:{c}") for c in pair]
        for pair in pairs
    ]
    rows.append([InlineKeyboardButton(_("stats-period-typed"), callback_data="st:p:typed")])
    rows.append([InlineKeyboardButton(_("stats-stop"), callback_data="st:stop")])
    return InlineKeyboardMarkup(rows)


def _today(context: Context) -> date:
    return context.bot_data.clock().astimezone(context.bot_data.settings.zone).date()


async def stats(update: Update, context: Context) -> int:
    """Ask for the period."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    if not me.programme_wide and me.team_id is None:
        await message.reply_text(_("stats-no-team"))
        return ConversationHandler.END
    await message.reply_text(_("stats-ask-period"), reply_markup=_period_buttons(_))
    await context.bot_data.reports.warm(imports)  # ready by the time they choose
    return PERIOD


async def period_chosen(update: Update, context: Context) -> int:
    """st:p:<choice> or st:p:typed."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    choice = (query.data or "").removeprefix("st:p:")
    if choice == "typed":
        await answer_press(query)
        await edit_message(query, _("stats-ask-dates"), reply_markup=_stop_button(_))
        return DATES
    if choice not in CHOICES:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return PERIOD
    await answer_press(query)
    first, last = preset(choice, _today(context))
    return await _then_scope(update, context, me, _, choice, first, last)


async def dates_typed(update: Update, context: Context) -> int:
    """Typed dates: a clear message and the same question when they cannot be used."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    now = context.bot_data.clock().astimezone(context.bot_data.settings.zone)
    try:
        first, last = typed(message.text or "", now)
    except DatesProblem as problem:
        await message.reply_text(
            _(f"stats-dates-{problem.kind}") + "\n\n" + _("stats-ask-dates"),
            reply_markup=_stop_button(_),
        )
        return DATES
    return await _then_scope(update, context, me, _, "typed", first, last)


def _stop_button(_: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(_("stats-stop"), callback_data="st:stop")]])


async def _then_scope(
    update: Update, context: Context, me: Person, _: Texts, choice: str, first: date, last: date
) -> int:
    """A programme-wide member chooses a team or all side by side; others get their team."""
    assert context.user_data is not None
    context.user_data[DRAFT_KEY] = {
        "choice": choice,
        "first": first.isoformat(),
        "last": last.isoformat(),
    }
    if not me.programme_wide:
        return await _answer(update, context, me, _, me.team_id)
    markup = await team_scope_buttons(context, "st", _)
    text = _("stats-ask-scope")
    query = update.callback_query
    if query is not None:
        await edit_message(query, text, reply_markup=markup)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup)
    return SCOPE


async def scope_chosen(update: Update, context: Context) -> int:
    """st:team:<id>|all, re-checked: all only for programme-wide, else a team they see."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    allowed, team = await team_scope_of(context, me, (query.data or "").removeprefix("st:team:"))
    if not allowed or DRAFT_KEY not in context.user_data:
        await answer_press(
            query, _("not-allowed" if not allowed else "button-unknown"), show_alert=True
        )
        return SCOPE if not allowed else ConversationHandler.END
    await answer_press(query)
    return await _answer(update, context, me, _, team)


async def _answer(
    update: Update, context: Context, me: Person, _: Texts, team_id: int | None
) -> int:
    """The key figures, the charts, the CSV and the workbook; team_id None: all teams. Made
    by bot.reports in a child process, one report at a time programme-wide."""
    assert context.user_data is not None
    draft = context.user_data.pop(DRAFT_KEY)
    data = context.bot_data
    first, last = date.fromisoformat(draft["first"]), date.fromisoformat(draft["last"])
    now = data.clock()
    period = Period.of(first, last, data.settings.zone, now)
    teams = [t for t in await data.db.teams.all() if me.sees_team(t.id)]
    if team_id is None and len(teams) > 1:
        columns = [(t.name, t.id) for t in teams] + [(_("stats-whole-programme"), ALL)]
        scope = _("stats-all-teams")
    else:
        team = next((t for t in teams if t.id == team_id), teams[0] if teams else None)
        if team is None:
            return await end_conversation(update, context, DRAFT_KEY)
        columns, scope = [(team.name, team.id)], team.name
    label = period_label(_, period, draft["choice"])
    preparing = _("stats-preparing", period=label, scope=html.escape(scope))
    query = update.callback_query
    if query is not None:
        await edit_message(query, preparing)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(preparing)
    await data.db.audit.record(me.telegram_id, "stats")
    asked = Asked(
        _.language, data.settings.zone, now, first, last, draft["choice"], scope, tuple(columns)
    )
    answer = await made(context, me, _, make, asked)
    if answer is None:
        return ConversationHandler.END
    chat = me.telegram_id
    await context.bot.send_message(chat, answer.key_figures)
    for name, picture in answer.pictures:
        await context.bot.send_photo(chat, InputFile(picture, filename=f"{name}.png"))
    stem = f"lien-stats-{first:%Y%m%d}-{last:%Y%m%d}"
    await context.bot.send_document(chat, InputFile(answer.csv, filename=f"{stem}.csv"))
    await context.bot.send_document(
        chat, InputFile(answer.xlsx, filename=f"{stem}.xlsx"), caption=_("stats-files-caption")
    )
    return ConversationHandler.END


async def stop(update: Update, context: Context) -> int:
    """st:stop or /cancel."""
    return await end_conversation(update, context, DRAFT_KEY)


def conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CommandHandler("stats", stats)],
        states={
            PERIOD: [CallbackQueryHandler(period_chosen, pattern=r"^st:p:")],
            DATES: [MessageHandler(f.TEXT & ~f.COMMAND, dates_typed)],
            SCOPE: [CallbackQueryHandler(scope_chosen, pattern=r"^st:team:")],
        },
        fallbacks=[
            CommandHandler("cancel", stop),
            CallbackQueryHandler(stop, pattern=r"^st:stop$"),
        ],
        name="stats",
        persistent=True,
        allow_reentry=True,
    )
