"""Joining and leaving a group: a youth comes by the link (`/start g_<token>`, through
language and consent if new) or asks from /groups, and a peer helper or the COPIL accepts."""

from __future__ import annotations

import html

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.copies import decided
from bot.guards import person_of
from bot.i18n import Texts
from bot.ids import is_id
from bot.notify import texts_for
from bot.sending import fluent, queued, ready
from handlers.groups.common import JOIN_KEY, may_lead, session_line
from handlers.groups.overview import led_page_button, youth_button
from handlers.start import language_buttons
from storage.clock import to_text
from storage.groups import Group
from storage.models import Person, Role
from storage.outbox import Notice


async def start_link(update: Update, context: Context) -> None:
    """/start g_<token>: a youth joins the group if there is room."""
    message = update.effective_message
    if message is None:
        return
    me = await person_of(update, context)
    _ = texts(update, context, me)
    token = (message.text or "").partition(" ")[2].strip().removeprefix("g_")
    found = await context.bot_data.db.groups.by_token(token) if token else None
    if found is None:
        await message.reply_text(_("link-unknown"))
        return
    if me is None:
        # A stranger: the usual first steps (language, consent), then the group.
        if context.user_data is not None:
            context.user_data[JOIN_KEY] = found.id
        await message.reply_text(_("choose-language"), reply_markup=language_buttons(_.i18n))
        return
    if me.role != Role.YOUTH or not me.active:
        await message.reply_text(_("not-allowed"))
        return
    state = await context.bot_data.db.groups.join(found, me.telegram_id)
    if state is None:
        await message.reply_text(_("group-full", name=html.escape(found.name)))
        return
    await message.reply_text(await _welcome(context, found, _))


async def after_consent(update: Update, context: Context) -> None:
    """consent:yes, for someone who came by a group's link: join once they are a youth."""
    query = update.callback_query
    if query is None or context.user_data is None or JOIN_KEY not in context.user_data:
        return
    group_id = context.user_data.pop(JOIN_KEY)
    me = await person_of(update, context)
    found = await context.bot_data.db.groups.get(group_id) if isinstance(group_id, int) else None
    if me is None or me.role != Role.YOUTH or found is None:
        return
    _ = texts(update, context, me)
    if await context.bot_data.db.groups.join(found, me.telegram_id) is None:
        await context.bot.send_message(
            me.telegram_id, _("group-full", name=html.escape(found.name))
        )
        return
    await context.bot.send_message(me.telegram_id, await _welcome(context, found, _))


async def _welcome(context: Context, found: Group, _: Texts) -> str:
    now = context.bot_data.clock()
    coming = await context.bot_data.db.groups.sessions(found.id, now, 3)
    lines = [_("group-joined", name=html.escape(found.name))]
    lines += [f"• {session_line(s, _)}" for s in coming if s.status == "planned"]
    return "\n".join(lines)


async def membership_button(update: Update, context: Context) -> None:
    """grp:ask:<group>, grp:leave|leaveok|stay:<group> (youth), grp:acc|dec:<group>:<youth>
    (peer helper or COPIL); grp:page:<n>, grp:from and grp:home are /groups screens
    (handlers.groups.overview)."""
    query = update.callback_query
    if query is not None and (query.data or "").startswith("grp:page:"):
        await led_page_button(update, context)
        return
    if query is not None and query.data in ("grp:from", "grp:home"):
        await youth_button(update, context)
        return
    me = await person_of(update, context)
    if query is None:
        return
    _ = texts(update, context, me)
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    found = await db.groups.get(int(parts[2])) if len(parts) > 2 and is_id(parts[2]) else None
    if me is None or not me.active or found is None:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if parts[1] == "ask" and me.role == Role.YOUTH and me.team_id == found.team_id:
        # The request and its notices to the leaders in one transaction: a Telegram error
        # delays them, never loses them; a second press finds the leaders told already.
        async with queued(context) as q:
            asked = await db.groups.is_requested(found.id, me.telegram_id)
            state = await db.groups.join(found, me.telegram_id, "requested")
            if state == "requested" and not asked:
                await q.add(await _to_leaders(context, found, me))
        await answer_press(query, _("group-asked" if state == "requested" else "group-already"))
        return
    if parts[1] in ("leave", "leaveok", "stay") and me.role == Role.YOUTH:
        await _leave(query, context, me, found, parts[1], _)
        return
    if parts[1] in ("acc", "dec") and len(parts) == 4 and is_id(parts[3]):
        if not await may_lead(context, me, found):
            await answer_press(query, _("not-allowed"), show_alert=True)
            return
        await _decide(query, context, me, found, int(parts[3]), parts[1] == "acc", _)
        return
    await answer_press(query, _("not-allowed"), show_alert=True)


async def _decide(
    query: CallbackQuery,
    context: Context,
    me: Person,
    found: Group,
    youth: int,
    accept: bool,
    _: Texts,
) -> None:
    """A leader accepts or declines a request to join; every other leader's copy then says
    who decided. A press on a request already answered says so, not "full"."""
    db = context.bot_data.db
    group = html.escape(found.name)
    person = await db.people.get(youth)
    name = html.escape(person.display_name if person else "?")
    # The youth's welcome goes through the outbox in the acceptance's transaction: a seat is
    # never given without them hearing of it.
    async with queued(context) as q:
        done = (
            await db.groups.accept(found, youth)
            if accept
            else await db.groups.decline(found.id, youth)
        )
        if done and accept and person is not None:
            welcome = await _welcome(context, found, texts_for(context, person))
            told = f"join:{found.id}:{youth}:welcome:{to_text(context.bot_data.clock())}"
            await q.add([ready(youth, welcome, key=told)])
    await answer_press(query)
    if not done:
        if await db.groups.is_member(found.id, youth):
            await edit_message(query, _("group-already-member", name=name, group=group))
        elif accept and await db.groups.is_requested(found.id, youth):
            await edit_message(query, _("group-full-now", group=group))
        else:
            await edit_message(query, _("group-request-gone"))
        return
    await edit_message(query, _("group-accepted" if accept else "group-declined", name=group))
    who = html.escape(me.display_name)
    key = "decided-join-accepted" if accept else "decided-join-declined"
    await decided(
        context,
        f"join:{found.id}:{youth}",
        lambda t: t(key, who=who, name=name, group=group),
        pressed=query.message if isinstance(query.message, Message) else None,
    )


async def _leave(
    query: CallbackQuery, context: Context, me: Person, found: Group, step: str, _: Texts
) -> None:
    """Joining is free, so is leaving: one confirmation (a slip of the thumb), no reason
    asked, and the door stays open."""
    db = context.bot_data.db
    name = html.escape(found.name)
    if not await db.groups.is_member(found.id, me.telegram_id):
        await answer_press(query, _("group-not-member"), show_alert=True)
        return
    await answer_press(query)
    if step == "leave":
        buttons = [
            [InlineKeyboardButton(_("group-leave-yes"), callback_data=f"grp:leaveok:{found.id}")],
            [InlineKeyboardButton(_("group-leave-no"), callback_data=f"grp:stay:{found.id}")],
        ]
        await edit_message(
            query, _("group-leave-confirm", name=name), reply_markup=InlineKeyboardMarkup(buttons)
        )
    elif step == "stay":
        await edit_message(query, _("group-stayed", name=name))
    else:
        await db.groups.leave(found.id, me.telegram_id)
        await edit_message(query, _("group-left", name=name))


async def _to_leaders(context: Context, found: Group, youth: Person) -> list[Notice]:
    """A request to join, for the group's peer helpers (and its creator, in the COPIL):
    each worded in their register (« tu » to a peer helper, « vous » to the COPIL) and kept
    as a copy of the decision once sent."""
    db = context.bot_data.db
    subject = f"join:{found.id}:{youth.telegram_id}"
    now = to_text(context.bot_data.clock())
    notices = []
    for leader in sorted({*await db.groups.helpers(found.id), found.created_by}):
        person = await db.people.get(leader)
        if person is None or not person.active:
            continue
        notices.append(
            fluent(
                leader,
                "group-request",
                key=f"{subject}:ask:{leader}:{now}",
                buttons=[
                    [
                        ("group-accept", f"grp:acc:{found.id}:{youth.telegram_id}"),
                        ("group-decline", f"grp:dec:{found.id}:{youth.telegram_id}"),
                    ]
                ],
                copy_of=(subject, youth.telegram_id),
                about=youth.telegram_id,
                name=html.escape(youth.display_name),
                group=html.escape(found.name),
            )
        )
    return notices
