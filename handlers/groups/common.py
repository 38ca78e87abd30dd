"""What the group modules share: the keys of their drafts, a session's line, who may lead a
group, and /cancel for both conversations."""

from __future__ import annotations

import html

from telegram import Update

from bot.buttons import answer_press
from bot.context import Context, texts
from bot.guards import require
from bot.i18n import Texts
from bot.ids import is_id
from handlers.basics import end_conversation
from storage.groups import Group, Session
from storage.models import Person, Role

DRAFT_KEY = "group_draft"
DETAILS_KEY = "group_session"
JOIN_KEY = "group_join"  # a stranger's group link, kept through language and consent


def session_line(session: Session, _: Texts) -> str:
    line = _.when(session.starts_at)
    if session.place:
        line += f" — 📍 {html.escape(session.place)}"
    if session.theme:
        line += f" — {html.escape(session.theme)}"
    if session.status == "cancelled":
        line = f"<s>{line}</s> {_('group-session-cancelled-mark')}"
    return line


async def may_lead(context: Context, me: Person, group: Group) -> bool:
    """A peer helper of this group, or the COPIL managing its team."""
    if me.role == Role.COPIL:
        return me.sees_team(group.team_id)
    helpers = await context.bot_data.db.groups.helpers(group.id)
    return me.role == Role.PEER_HELPER and me.telegram_id in helpers


async def led_groups(
    context: Context, me: Person, offset: int = 0, limit: int | None = None
) -> tuple[int, list[Group]]:
    """How many groups a peer helper leads (for the COPIL: every group of the teams they
    manage), and `limit` of them from `offset` (all without a limit)."""
    db = context.bot_data.db
    if me.role == Role.PEER_HELPER:
        mine = await db.groups.led_by(me.telegram_id)
        return len(mine), mine[offset : None if limit is None else offset + limit]
    if me.programme_wide:
        return await db.groups.of_teams(None, offset, limit)
    return await db.groups.of_teams([me.team_id] if me.team_id is not None else [], offset, limit)


async def session_for_leader(
    update: Update, context: Context, raw: str
) -> tuple[Person, Session, Group] | None:
    """The session and group if this person leads it; None once they have been told no
    (`require` answers by itself: a second answer to the same press fails with "Oups")."""
    me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
    if me is None:
        return None
    db = context.bot_data.db
    session = await db.groups.session(int(raw)) if is_id(raw) else None
    found = await db.groups.get(session.group_id) if session else None
    if session is None or found is None or not await may_lead(context, me, found):
        _ = texts(update, context, me)
        if update.callback_query is not None:
            await answer_press(update.callback_query, _("not-allowed"), show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(_("not-allowed"))
        return None
    return me, session, found


async def stop(update: Update, context: Context) -> int:
    return await end_conversation(update, context, DRAFT_KEY, DETAILS_KEY)
