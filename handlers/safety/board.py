"""/alerts for the COPIL: the open alerts, the ones nobody took first, then who took each and
how fast, with the buttons to take, write and close; after them the alerts closed in the
last week, with who closed them, how and after how long; a page at a time. Never the message
(it is not stored: the first alert is its only copy); nothing for anyone but the COPIL."""

from __future__ import annotations

import html
from datetime import timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import require
from bot.i18n import Texts
from bot.pages import PAGE_SIZE, nav_row, page_number
from storage.clock import from_text
from storage.models import Person, Role
from storage.safety import SafetyAlert

PAGE = "sfo:page:"  # + page number
RECENT = timedelta(days=7)  # how long a closed alert stays on the list


async def alerts_command(update: Update, context: Context) -> None:
    """/alerts: the open alerts this COPIL member may see."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    text, markup = await page(context, me, _, 0)
    await message.reply_text(text, reply_markup=markup)


async def page(
    context: Context, me: Person, _: Texts, number: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    db = context.bot_data.db
    scope = (me.team_id, me.programme_wide, me.telegram_id)
    since = context.bot_data.clock() - RECENT
    opened = await db.safety.count_open(*scope)
    closed = await db.safety.count_closed(*scope, since)
    settings = [_button(_("alerts-repeat"), "sfo:rep")]  # how often untaken ones go again
    if opened + closed == 0:
        return _("alerts-none"), InlineKeyboardMarkup([settings])
    # One list, the open alerts then the closed ones: this page's slice of each.
    start = number * PAGE_SIZE
    alerts = await db.safety.open_page(*scope, start, PAGE_SIZE) if start < opened else []
    room = PAGE_SIZE - len(alerts)
    skip = max(0, start - opened)
    recent = await db.safety.closed_page(*scope, since, skip, room) if room else []
    lines = [_("alerts-title", count=opened)]
    rows: list[list[InlineKeyboardButton]] = []
    for alert in alerts:
        lines.append(await _line(context, alert, _))
        if alert.owner_id is None:
            rows.append([_button(_("alerts-take", id=alert.id), f"sfo:take:{alert.id}")])
        elif alert.owner_id == me.telegram_id:
            write = _button(_("alerts-write", id=alert.id), f"talk:alert:{alert.id}")
            rows.append([write, _button(_("alerts-close", id=alert.id), f"sfo:close:{alert.id}")])
    if recent:
        lines.append(_("alerts-closed-title", count=closed))
    for alert in recent:
        lines.append(await _closed_line(context, alert, _))
    if nav := nav_row(PAGE, number, opened + closed, _):
        rows.append(nav)
    rows.append(settings)
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


async def _line(context: Context, alert: SafetyAlert, _: Texts) -> str:
    db = context.bot_data.db
    youth = await db.people.get(alert.person_id)
    args = {
        "id": alert.id,
        "who": html.escape(youth.display_name) if youth else _("alerts-stranger"),
        "category": _(f"safety-category-{alert.category}"),
        "level": _(f"safety-level-{alert.level}"),
        "age": _age(context.bot_data.clock() - from_text(alert.alerted_at or alert.at), _),
    }
    if alert.owner_id is None or alert.taken_at is None:
        return _("alerts-line-open", **args)
    owner = await db.people.get(alert.owner_id)
    took = from_text(alert.taken_at) - from_text(alert.alerted_at or alert.at)
    name = html.escape(owner.display_name) if owner else "—"
    return _("alerts-line-taken", owner=name, took=_age(took, _), **args)


async def _closed_line(context: Context, alert: SafetyAlert, _: Texts) -> str:
    db = context.bot_data.db
    youth = await db.people.get(alert.person_id)
    closer = await db.people.get(alert.closed_by) if alert.closed_by else None
    lasted = from_text(alert.closed_at or alert.at) - from_text(alert.alerted_at or alert.at)
    return _(
        "alerts-line-closed",
        id=alert.id,
        who=html.escape(youth.display_name) if youth else _("alerts-stranger"),
        category=_(f"safety-category-{alert.category}"),
        level=_(f"safety-level-{alert.level}"),
        closer=html.escape(closer.display_name) if closer else "—",
        outcome=_(f"alert-outcome-{alert.outcome or 'other'}"),
        lasted=_age(lasted, _),
    )


def _age(delta: timedelta, _: Texts) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return _("alerts-age-min", n=minutes)
    if minutes < 48 * 60:
        return _("alerts-age-h", n=minutes // 60)
    return _("alerts-age-d", n=minutes // (24 * 60))


async def page_button(
    query: CallbackQuery, context: Context, me: Person, _: Texts, raw: str
) -> None:
    """sfo:page:<n> — another page, re-checked against the list as it is now."""
    db = context.bot_data.db
    scope = (me.team_id, me.programme_wide, me.telegram_id)
    since = context.bot_data.clock() - RECENT
    total = await db.safety.count_open(*scope) + await db.safety.count_closed(*scope, since)
    number = page_number(raw, total)
    if number is None:
        await answer_press(query, _("page-gone"), show_alert=True)
        return
    await answer_press(query)
    text, markup = await page(context, me, _, number)
    await edit_message(query, text, markup)
