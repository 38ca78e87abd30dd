"""/attendance (peer helper, COPIL): the sessions of the last two weeks, a tick per member
who came."""

from __future__ import annotations

import html
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import require
from bot.i18n import Texts
from bot.ids import is_id, parse_id
from bot.pages import PAGE_SIZE, nav_row
from handlers.groups.common import led_groups, session_for_leader
from storage.models import Person, Role


async def attendance(update: Update, context: Context) -> None:
    """/attendance (peer helper, COPIL): the sessions of the last two weeks, to tick who came."""
    message = update.effective_message
    me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    screen = await _sessions_page(context, me, _, 0)
    if screen is None:
        await message.reply_text(_("group-attendance-none"))
        return
    await message.reply_text(screen[0], reply_markup=screen[1])


async def _sessions_page(
    context: Context, me: Person, _: Texts, number: int
) -> tuple[str, InlineKeyboardMarkup] | None:
    """Ten of the past two weeks' sessions of the groups this person leads (one query for
    all groups); None if there is no such page."""
    now = context.bot_data.clock()
    names = {g.id: g.name for g in (await led_groups(context, me))[1]}
    total, found = await context.bot_data.db.groups.past_sessions(
        list(names), now - timedelta(days=14), now, number * PAGE_SIZE, PAGE_SIZE
    )
    if not found:
        return None
    rows = [
        [
            InlineKeyboardButton(
                f"{names[s.group_id]} — {_.when(s.starts_at, 'short-moment')}",
                callback_data=f"gra:show:{s.id}",
            )
        ]
        for s in found
    ]
    rows.append(nav_row("gra:page:", number, total, _))
    return _("group-attendance-which"), InlineKeyboardMarkup([r for r in rows if r])


async def attendance_button(update: Update, context: Context) -> None:
    """gra:page:<n>, gra:show:<session>, gra:mark:<session>:<member> — a tick per member
    who came."""
    query = update.callback_query
    if query is None:
        return
    parts = (query.data or "").split(":")
    if parts[1:2] == ["page"]:  # gra:page:<n>, another page of sessions
        me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
        if me is None:
            return
        _ = texts(update, context, me)
        number = parse_id(parts[2]) if len(parts) == 3 else None
        screen = await _sessions_page(context, me, _, number) if number is not None else None
        if screen is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return
        await answer_press(query)
        await edit_message(query, screen[0], reply_markup=screen[1])
        return
    checked = await session_for_leader(update, context, parts[2] if len(parts) > 2 else "")
    if checked is None:
        return
    _ = texts(update, context, checked[0])
    _me, session, found = checked
    db = context.bot_data.db
    members = [m for m in await db.groups.members(found.id) if m.status == "member"]
    if parts[1] == "mark" and len(parts) == 4 and is_id(parts[3]):
        if int(parts[3]) not in {m.person_id for m in members}:
            await answer_press(query, _("not-allowed"), show_alert=True)
            return
        await db.groups.toggle_attended(session.id, int(parts[3]))
    came = await db.groups.attended(session.id)
    await answer_press(query)
    rows = [
        [
            InlineKeyboardButton(
                f"{'✅' if m.person_id in came else '⬜'} {m.name}",
                callback_data=f"gra:mark:{session.id}:{m.person_id}",
            )
        ]
        for m in members
    ]
    await edit_message(
        query,
        _(
            "group-attendance-title",
            name=html.escape(found.name),
            when=_.when(session.starts_at),
            count=len(came),
        ),
        reply_markup=InlineKeyboardMarkup(rows),
    )
