"""/attendance (peer helper, COPIL): the sessions of the last two weeks, a tick per member
who came."""

from __future__ import annotations

import html
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import require
from bot.ids import is_id
from handlers.groups.common import led_groups, session_for_leader
from storage.models import Role


async def attendance(update: Update, context: Context) -> None:
    """/attendance (peer helper): the sessions of the last two weeks, to tick who came."""
    message = update.effective_message
    me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    now = context.bot_data.clock()
    led = await led_groups(context, me)
    rows = []
    for g in led:
        for s in await db.groups.sessions(g.id, now - timedelta(days=14), 10):
            if s.status == "planned" and s.starts_at <= now:
                rows.append(
                    [
                        InlineKeyboardButton(
                            f"{g.name} — {_.when(s.starts_at, 'd.MM HH:mm')}",
                            callback_data=f"gra:show:{s.id}",
                        )
                    ]
                )
    if not rows:
        await message.reply_text(_("group-attendance-none"))
        return
    await message.reply_text(_("group-attendance-which"), reply_markup=InlineKeyboardMarkup(rows))


async def attendance_button(update: Update, context: Context) -> None:
    """gra:show:<session>, gra:mark:<session>:<member> — a tick per member who came."""
    query = update.callback_query
    if query is None:
        return
    parts = (query.data or "").split(":")
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
