"""One session: the peer helper sees who said Yes or No, sets its place and theme (a small
conversation, beside it in sessions.mmd) or cancels it (members are told); members answer
Yes / No."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot import sending
from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import person_of, pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.jobs import cancel as cancel_job
from bot.pages import PAGE_SIZE, nav_row, page_number
from handlers.basics import show_answer
from handlers.groups.common import DETAILS_KEY, may_lead, session_for_leader, session_line, stop
from handlers.groups.overview import led_page
from storage.groups import Group, Session
from storage.models import Person, Role

DETAILS = 10


async def session_button(update: Update, context: Context) -> None:
    """grs:show:<session> (who said Yes or No, what to do), grs:cancel|cancelok:<session>
    (members are told), grs:all:<group>:<page> (a group's sessions ahead), grs:list (back
    to /groups)."""
    query = update.callback_query
    if query is None:
        return
    parts = (query.data or "").split(":")
    if parts[1:] == ["list"]:
        me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
        if me is not None:
            _ = texts(update, context, me)
            await answer_press(query)
            text, markup = await led_page(context, me, _, 0) or (_("group-led-none"), None)
            await edit_message(query, text, markup)
        return
    if parts[1] == "all":
        await _all_sessions(update, context, parts[2:])
        return
    checked = await session_for_leader(update, context, parts[2] if len(parts) > 2 else "")
    if checked is None:
        return
    _ = texts(update, context, checked[0])
    me, session, found = checked
    if parts[1] == "show":
        await answer_press(query)
        await edit_message(query, *await _session_screen(context, found, session, _))
        return
    if parts[1] == "cancel" and session.status == "planned":
        await answer_press(query)
        rows = [
            [
                InlineKeyboardButton(
                    _("events-cancel-yes"), callback_data=f"grs:cancelok:{session.id}"
                )
            ],
            [InlineKeyboardButton(_("button-back"), callback_data=f"grs:show:{session.id}")],
        ]
        await edit_message(
            query,
            _("group-cancel-confirm", when=_.when(session.starts_at), name=html.escape(found.name)),
            InlineKeyboardMarkup(rows),
        )
        return
    if parts[1] == "cancelok" and await context.bot_data.db.groups.cancel_session(session.id):
        await answer_press(query)
        for kind in ("day", "2h"):
            cancel_job(context.application, f"reminder:session:{session.id}:{kind}")
        await _announce(context, found, session, me, "cancelled")
        await edit_message(query, _("group-session-cancelled", when=_.when(session.starts_at)))
        return
    await answer_press(query, _("button-unknown"), show_alert=True)


async def _session_screen(
    context: Context, found: Group, session: Session, _: Texts
) -> tuple[str, InlineKeyboardMarkup]:
    """One session for the person who leads it: who said Yes, No, nothing yet."""
    db = context.bot_data.db
    members = [m for m in await db.groups.members(found.id) if m.status == "member"]
    said = await db.groups.answers(session.id)
    lines = [f"<b>{html.escape(found.name)}</b>", session_line(session, _), ""]
    for answer in ("yes", "no", "none"):
        names = [html.escape(m.name) for m in members if said.get(m.person_id, "none") == answer]
        lines.append(_(f"group-answers-{answer}", count=len(names), names=", ".join(names) or "—"))
    rows = []
    if session.status == "planned":
        rows.append(
            [InlineKeyboardButton(_("group-set-details"), callback_data=f"grs:set:{session.id}")]
        )
        rows.append(
            [
                InlineKeyboardButton(
                    _("group-cancel-session"), callback_data=f"grs:cancel:{session.id}"
                )
            ]
        )
    rows.append(
        [InlineKeyboardButton(_("group-sessions-all"), callback_data=f"grs:all:{found.id}:0")]
    )
    rows.append([InlineKeyboardButton(_("button-back"), callback_data="grs:list")])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def _all_sessions(update: Update, context: Context, args: list[str]) -> None:
    """A group's sessions from now on, ten a page, each opening its screen; for whoever
    leads the group (re-checked), a forged or outdated page answered as such."""
    press = await pressed(update, context, Role.PEER_HELPER, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    db = context.bot_data.db
    raw_group, raw_page = (*args, "", "")[:2]
    found = await db.groups.get(int(raw_group)) if is_id(raw_group) else None
    if found is None or not await may_lead(context, me, found):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    asked = int(raw_page) if is_id(raw_page) else 0
    total, shown = await db.groups.sessions_page(
        found.id, context.bot_data.clock(), asked * PAGE_SIZE, PAGE_SIZE
    )
    number = page_number(raw_page, total)
    if number is None:
        await answer_press(query, _("page-gone"), show_alert=True)
        return
    await answer_press(query)
    rows = [
        [InlineKeyboardButton(_.when(s.starts_at, "short-day-moment")
                              + (" ✖️" if s.status == "cancelled" else ""),
                              callback_data=f"grs:show:{s.id}")]
        for s in shown
    ]  # fmt: skip
    rows.append(nav_row(f"grs:all:{found.id}:", number, total, _))
    rows.append([InlineKeyboardButton(_("button-back"), callback_data="grs:list")])
    text = _("group-sessions-title", name=html.escape(found.name), count=total)
    await edit_message(query, text, InlineKeyboardMarkup([r for r in rows if r]))


async def _announce(
    context: Context,
    found: Group,
    session: Session,
    me: Person,
    what: str,
    to: list[int] | None = None,
) -> None:
    members = (
        to
        if to is not None
        else [
            m.person_id
            for m in await context.bot_data.db.groups.members(found.id)
            if m.status == "member"
        ]
    )
    if not members:
        return
    await context.bot_data.db.broadcasts.create(
        author_id=me.telegram_id,
        team_id=found.team_id,
        audience="group",
        purpose="session",
        session_id=session.id,
        text=what,
        recipients=members,
    )
    sending.kick(context.application)


async def details_start(update: Update, context: Context) -> int:
    """grs:set:<session> — ask for the place and theme."""
    query = update.callback_query
    if query is None or context.user_data is None:
        return ConversationHandler.END
    checked = await session_for_leader(update, context, (query.data or "").removeprefix("grs:set:"))
    if checked is None:
        return ConversationHandler.END
    _ = texts(update, context, checked[0])
    _me, session, _found = checked
    context.user_data[DETAILS_KEY] = session.id
    await answer_press(query)
    await edit_message(query, _("group-ask-details", when=_.when(session.starts_at)))
    return DETAILS


async def details_typed(update: Update, context: Context) -> int:
    """ "Maison de quartier; CV et entretiens": place, then the theme after a semicolon."""
    message = update.effective_message
    if message is None or context.user_data is None:
        return ConversationHandler.END
    raw = str(context.user_data.get(DETAILS_KEY, ""))
    checked = await session_for_leader(update, context, raw)
    if checked is None:
        return ConversationHandler.END
    _ = texts(update, context, checked[0])
    _me, session, _found = checked
    place, _sep, theme = (message.text or "").partition(";")
    place, theme = " ".join(place.split()), " ".join(theme.split())
    if not 2 <= len(place) <= 120 or len(theme) > 120:
        await message.reply_text(_("group-details-bad"))
        return DETAILS
    await context.bot_data.db.groups.set_details(session.id, place, theme or None)
    context.user_data.pop(DETAILS_KEY, None)
    updated = await context.bot_data.db.groups.session(session.id)
    assert updated is not None
    await message.reply_text(_("group-details-set", line=session_line(updated, _)))
    return ConversationHandler.END


def details_conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CallbackQueryHandler(details_start, pattern=r"^grs:set:")],
        states={DETAILS: [MessageHandler(f.TEXT & ~f.COMMAND, details_typed)]},
        fallbacks=[CommandHandler("cancel", stop)],
        name="group_session",
        persistent=True,
        allow_reentry=True,
    )


async def answer_button(update: Update, context: Context) -> None:
    """ses:yes|no:<session> — a member's answer, until the session starts."""
    query = update.callback_query
    me = await person_of(update, context)
    if query is None:
        return
    _ = texts(update, context, me)
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    session = (
        await db.groups.session(int(parts[2])) if len(parts) == 3 and is_id(parts[2]) else None
    )
    if (
        me is None
        or not me.active
        or session is None
        or parts[1] not in ("yes", "no")
        or not await db.groups.is_member(session.group_id, me.telegram_id)
    ):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if session.status != "planned" or context.bot_data.clock() >= session.starts_at:
        await answer_press(query, _("event-closed"), show_alert=True)
        return
    await db.groups.answer(session.id, me.telegram_id, parts[1])
    said = _(f"group-answered-{parts[1]}")
    await answer_press(query, said)
    await show_answer(query, said, _)
