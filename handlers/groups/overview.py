"""/groups: a youth sees their groups and sessions and the open groups to ask for; a peer
helper or the COPIL sees the groups they lead, their next sessions with how many said Yes
and No, and a button per session (named after its group: several groups meet on the same
days) that opens it."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import parse_id
from bot.pages import PAGE_SIZE, nav_row
from handlers.groups.common import led_groups, session_line
from storage.models import Person, Role


async def groups(update: Update, context: Context) -> None:
    """Youth: their groups and sessions, and open groups to ask for. Peer helper and COPIL:
    the groups they lead with next sessions and what they can do."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH, Role.PEER_HELPER, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    if me.role == Role.YOUTH:
        text, markup = await youth_screen(context, me, _)
        await message.reply_text(text, reply_markup=markup)
        return
    text, markup = await led_page(context, me, _, 0) or (_("group-led-none"), None)
    await message.reply_text(text, reply_markup=markup)


async def youth_screen(
    context: Context, me: Person, _: Texts
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A youth's groups and their next sessions (a few), the team's open groups to ask for,
    and a button to ask for a mentor from a group."""
    db = context.bot_data.db
    mine = await db.groups.joined_by(me.telegram_id)
    lines: list[str] = []
    for g in mine:
        lines.append(f"<b>{html.escape(g.name)}</b>")
        sessions = await db.groups.sessions(g.id, context.bot_data.clock(), 3)
        lines += [f"• {session_line(s, _)}" for s in sessions]
    joined = {g.id for g in mine}
    others = [g for g in await db.groups.of_team(me.team_id or 0) if g.id not in joined]
    rows = [
        [InlineKeyboardButton(_("group-ask-join", name=g.name), callback_data=f"grp:ask:{g.id}")]
        for g in others
    ] + [
        [InlineKeyboardButton(_("group-leave", name=g.name), callback_data=f"grp:leave:{g.id}")]
        for g in mine
    ]
    if mine:  # the same /request, for the team of the group; in several, they choose which
        data = f"request:group:{mine[0].id}" if len(mine) == 1 else "grp:from"
        rows.insert(0, [InlineKeyboardButton(_("group-ask-mentor"), callback_data=data)])
    return "\n".join(lines or [_("group-youth-none")]), InlineKeyboardMarkup(rows) if rows else None


async def youth_button(update: Update, context: Context) -> None:
    """grp:from: which of their groups a youth asks a mentor from; grp:home: back."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None:
        return
    query, me, _ = press
    await answer_press(query)
    if query.data == "grp:home":
        text, markup = await youth_screen(context, me, _)
        await edit_message(query, text, reply_markup=markup)
        return
    rows = [
        [InlineKeyboardButton(g.name, callback_data=f"request:group:{g.id}")]
        for g in await context.bot_data.db.groups.joined_by(me.telegram_id)
    ]
    rows.append([InlineKeyboardButton(_("button-back"), callback_data="grp:home")])
    await edit_message(query, _("group-ask-which"), reply_markup=InlineKeyboardMarkup(rows))


async def led_page_button(update: Update, context: Context) -> None:
    """grp:page:<n>: another page of the groups a peer helper or the COPIL leads."""
    press = await pressed(update, context, Role.PEER_HELPER, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    number = parse_id((query.data or "").removeprefix("grp:page:"))
    screen = await led_page(context, me, _, number) if number is not None else None
    if screen is None:
        await answer_press(query, _("page-gone"), show_alert=True)
        return
    await answer_press(query)
    await edit_message(query, screen[0], reply_markup=screen[1])


async def led_page(
    context: Context, me: Person, _: Texts, number: int
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """Ten of the groups this person leads (every group of their teams for the COPIL), with
    their next sessions and what can be done for each; None if there is no such page."""
    db = context.bot_data.db
    now = context.bot_data.clock()
    total, shown = await led_groups(context, me, number * PAGE_SIZE, PAGE_SIZE)
    if not shown:
        return None
    glance = await db.groups.overview([g.id for g in shown], now, 3)  # one read per page
    lines: list[str] = []
    rows: list[list[InlineKeyboardButton]] = []
    for g in shown:
        count = glance.members.get(g.id, 0)
        lines.append(_("group-led-title", name=html.escape(g.name), count=count, size=g.size_limit))
        for s in glance.sessions.get(g.id, []):
            line = f"• {session_line(s, _)}"
            if s.status == "planned":
                yes, no = glance.said.get(s.id, (0, 0))
                line += " " + _("group-answers-short", yes=yes, no=no)
                # Named after its group: several groups often meet on the same days.
                label = _("group-session-open", name=g.name, when=_.when(s.starts_at, "short-day"))
                rows.append([InlineKeyboardButton(label, callback_data=f"grs:show:{s.id}")])
            lines.append(line)
    rows.append(nav_row("grp:page:", number, total, _))
    return "\n".join(lines), InlineKeyboardMarkup([r for r in rows if r])
