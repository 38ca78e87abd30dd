"""/groups: a youth sees their groups and sessions and the open groups to ask for; a peer
helper or the COPIL sees the groups they lead, with what they can do for each session."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context, texts
from bot.guards import require
from handlers.groups.common import led_groups, session_line
from storage.models import Role


async def groups(update: Update, context: Context) -> None:
    """Youth: their groups and sessions, and open groups to ask for. Peer helper and COPIL:
    the groups they lead with next sessions and what they can do."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH, Role.PEER_HELPER, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    now = context.bot_data.clock()
    lines: list[str] = []
    rows: list[list[InlineKeyboardButton]] = []
    if me.role == Role.YOUTH:
        mine = await db.groups.joined_by(me.telegram_id)
        for g in mine:
            lines.append(f"<b>{html.escape(g.name)}</b>")
            lines += [f"• {session_line(s, _)}" for s in await db.groups.sessions(g.id, now, 3)]
        joined = {g.id for g in mine}
        others = [g for g in await db.groups.of_team(me.team_id or 0) if g.id not in joined]
        rows = [
            [
                InlineKeyboardButton(
                    _("group-ask-join", name=g.name), callback_data=f"grp:ask:{g.id}"
                )
            ]
            for g in others
        ] + [
            [InlineKeyboardButton(_("group-leave", name=g.name), callback_data=f"grp:leave:{g.id}")]
            for g in mine
        ]
        if not lines:
            lines.append(_("group-youth-none"))
    else:
        led = await led_groups(context, me)
        for g in led:
            members = [m for m in await db.groups.members(g.id) if m.status == "member"]
            lines.append(
                _(
                    "group-led-title",
                    name=html.escape(g.name),
                    count=len(members),
                    size=g.size_limit,
                )
            )
            for s in await db.groups.sessions(g.id, now, 3):
                lines.append(f"• {session_line(s, _)}")
                if s.status == "planned":
                    rows.append(
                        [
                            InlineKeyboardButton(
                                _("group-set", when=_.when(s.starts_at, "d.MM")),
                                callback_data=f"grs:set:{s.id}",
                            ),
                            InlineKeyboardButton(
                                _("group-cancel", when=_.when(s.starts_at, "d.MM")),
                                callback_data=f"grs:cancel:{s.id}",
                            ),
                        ]
                    )
        if not lines:
            lines.append(_("group-led-none"))
    await message.reply_text(
        "\n".join(lines), reply_markup=InlineKeyboardMarkup(rows) if rows else None
    )
