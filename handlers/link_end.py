"""Ending a link: the youth's /stop (after a confirmation) and the mentor's /end (with a
reason). The other side is told kindly; the youth can ask again later with /request.

When a mentor ends a link because the youth found work or training, the youth is asked
whether they would like to become a peer helper; if they agree, the team's COPIL gets a
button to make them one. Buttons carry ids only and are re-checked in the database."""

from __future__ import annotations

import html
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.buttons import answer_press, edit_message
from bot.commands import set_person_menu
from bot.context import Context, texts
from bot.copies import decided
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.notify import copil_of, send, texts_for
from bot.sending import fluent, queued
from handlers.relay import youth_name
from handlers.request import withdraw
from storage.links import END_REASONS, Link
from storage.models import Role


async def stop(update: Update, context: Context) -> None:
    """/stop (youth): end the link, or withdraw the open request, after a confirmation.
    A deactivated youth keeps this right."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH, even_inactive=True)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    link = await db.links.active_of_youth(me.telegram_id)
    if link is not None:
        mentor = await db.people.get(link.mentor_id)
        rows = [
            [InlineKeyboardButton(_("stop-yes"), callback_data=f"stop:yes:{link.id}")],
            [InlineKeyboardButton(_("stop-no"), callback_data="stop:no")],
        ]
        name = html.escape(mentor.display_name if mentor else "?")
        await message.reply_text(
            _("stop-confirm", name=name), reply_markup=InlineKeyboardMarkup(rows)
        )
        return
    request = await db.requests.open_of(me.telegram_id)
    if request is not None:
        rows = [
            [InlineKeyboardButton(_("request-withdraw"), callback_data=f"stop:req:{request.id}")],
            [InlineKeyboardButton(_("stop-no"), callback_data="stop:no")],
        ]
        await message.reply_text(_("stop-request"), reply_markup=InlineKeyboardMarkup(rows))
        return
    await message.reply_text(_("stop-nothing"))


async def stop_button(update: Update, context: Context) -> None:
    """stop:yes:<link>, stop:req:<request>, stop:no."""
    press = await pressed(update, context, Role.YOUTH, even_inactive=True)
    if press is None:
        return
    query, me, _ = press
    _prefix, action, arg = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    if action == "no":
        await answer_press(query)
        await edit_message(query, _("stop-kept"))
        return
    if action == "req" and is_id(arg):
        request = await db.requests.open_of(me.telegram_id)
        if request is None or request.id != int(arg):
            await answer_press(query, _("button-unknown"), show_alert=True)
            return
        await answer_press(query)
        await withdraw(context, me, request)
        await edit_message(query, _("request-withdrawn"))
        return
    if action != "yes" or not is_id(arg):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    link = await db.links.get(int(arg))
    if link is None or link.youth_id != me.telegram_id:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    name = html.escape(await youth_name(db, link))
    async with queued(context) as q:  # ended means the mentor will be told
        ended = await db.links.end(link.id, me.telegram_id, "stopped")
        if ended is not None:
            await db.audit.record(me.telegram_id, "link-end:stopped", me.telegram_id)
            key = f"link:{link.id}:ended"
            told = fluent(link.mentor_id, "stop-mentor", key=key, about=link.youth_id, name=name)
            await q.add([told])
    if ended is None:
        await answer_press(query, _("stop-already-ended"), show_alert=True)
        return
    await answer_press(query)
    await edit_message(query, _("stop-done"))


async def end(update: Update, context: Context) -> None:
    """/end (mentor): which youth (when several), then why."""
    message = update.effective_message
    me = await require(update, context, Role.MENTOR)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    links = await db.links.active_of_mentor(me.telegram_id)
    if not links:
        await message.reply_text(_("end-nothing"))
        return
    if len(links) == 1:
        await message.reply_text(**await _reasons(context, links[0], _))
        return
    rows = [
        [InlineKeyboardButton(await youth_name(db, link), callback_data=f"end:pick:{link.id}")]
        for link in links
    ]
    rows.append([InlineKeyboardButton(_("end-cancel"), callback_data="end:no")])
    await message.reply_text(_("end-which"), reply_markup=InlineKeyboardMarkup(rows))


async def _reasons(context: Context, link: Link, _: Texts) -> dict[str, Any]:
    rows = [
        [InlineKeyboardButton(_(f"end-reason-{code}"), callback_data=f"end:r:{link.id}:{code}")]
        for code in END_REASONS
    ]
    rows.append([InlineKeyboardButton(_("end-cancel"), callback_data="end:no")])
    name = html.escape(await youth_name(context.bot_data.db, link))
    return {"text": _("end-why", name=name), "reply_markup": InlineKeyboardMarkup(rows)}


async def end_button(update: Update, context: Context) -> None:
    """end:pick:<link>, end:r:<link>:<reason>, end:no."""
    press = await pressed(update, context, Role.MENTOR)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    if parts[1:] == ["no"]:
        await answer_press(query)
        await edit_message(query, _("end-kept"))
        return
    link_id = parts[2] if len(parts) >= 3 else ""
    link = await db.links.get(int(link_id)) if is_id(link_id) else None
    if link is None or link.mentor_id != me.telegram_id:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if not link.active:
        await answer_press(query, _("end-already-ended"), show_alert=True)
        return
    if parts[1] == "pick" and len(parts) == 3:
        await answer_press(query)
        await edit_message(query, **await _reasons(context, link, _))
        return
    if parts[1] != "r" or len(parts) != 4 or parts[3] not in END_REASONS:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    reason = parts[3]
    youth_id = link.youth_id
    told = [
        fluent(
            youth_id, "end-youth", key=f"link:{link.id}:ended", name=html.escape(me.display_name)
        )
    ]
    if reason == "work":  # found a job: offered to become a peer helper
        buttons = [[("peer-yes", f"peer:yes:{link.id}")], [("peer-no", f"peer:no:{link.id}")]]
        told.append(
            fluent(youth_id, "peer-offer", key=f"link:{link.id}:peer-offer", buttons=buttons)
        )
    async with queued(context) as q:  # ended means the youth will be told
        ended = await db.links.end(link.id, me.telegram_id, reason)
        if ended is not None:
            await db.audit.record(me.telegram_id, f"link-end:{reason}", youth_id)
            await q.add(told)
    if ended is None:
        await answer_press(query, _("end-already-ended"), show_alert=True)
        return
    await answer_press(query)
    name = html.escape(await youth_name(db, link))
    await edit_message(query, _("end-done", name=name))


async def peer_button(update: Update, context: Context) -> None:
    """peer:yes|no:<link> (the youth agrees or not), peer:invite:<link> (COPIL)."""
    query = update.callback_query
    if query is None:
        return
    _prefix, action, arg = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    link = await db.links.get(int(arg)) if is_id(arg) else None
    if action == "invite":
        await _make_peer_helper(update, context, link)
        return
    me = await require(update, context, Role.YOUTH)
    if me is None:
        return
    _ = texts(update, context, me)
    valid = link is not None and link.youth_id == me.telegram_id and link.end_reason == "work"
    if action not in ("yes", "no") or not valid or link is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    agreed = _agreed(link)
    if agreed in await db.audit.actions(me.telegram_id):
        # Pressed again (a double tap, an old copy): the COPIL was told once, that's enough.
        await answer_press(query, _("peer-agreed"), show_alert=True)
        return
    await answer_press(query)
    if action == "no":
        await edit_message(query, _("peer-declined"))
        return
    await edit_message(query, _("peer-agreed"))
    mentor = await db.people.get(link.mentor_id)
    name = html.escape(await youth_name(db, link))
    # The COPIL's copies go through the outbox with the yes that causes them: a Telegram
    # error delays them, never loses them; each is kept as a copy of the decision once sent.
    async with queued(context) as q:
        await db.audit.record(me.telegram_id, agreed, me.telegram_id)
        await q.add(
            [
                fluent(
                    member.telegram_id,
                    "peer-copil",
                    key=f"peer:{link.id}:copil:{member.telegram_id}",
                    buttons=[[("peer-invite", f"peer:invite:{link.id}")]],
                    copy_of=(f"peer:{link.id}", me.telegram_id),
                    about=me.telegram_id,
                    name=name,
                    mentor=html.escape(mentor.display_name if mentor else "?"),
                )
                for member in await copil_of(context, link.team_id)
            ]
        )


def _agreed(link: Link) -> str:
    """The audit action of the youth's yes, for this link only (not any earlier one)."""
    return f"peer-helper-agreed:{link.id}"


async def _make_peer_helper(update: Update, context: Context, link: Link | None) -> None:
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    db = context.bot_data.db
    youth = await db.people.get(link.youth_id) if link else None
    agreed = (
        link is not None
        and youth is not None
        and _agreed(link) in await db.audit.actions(youth.telegram_id)
    )
    if link is None or youth is None or not agreed or not me.sees_team(link.team_id):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if youth.role != Role.YOUTH:
        await answer_press(query, _("peer-already"), show_alert=True)
        return
    await answer_press(query)
    helper = await db.people.add_or_update(
        youth.telegram_id,
        role=Role.PEER_HELPER,
        team_id=link.team_id,
        programme_wide=False,
        display_name=youth.display_name,
        language=youth.language,
    )
    await db.audit.record(me.telegram_id, "peer-helper-invited", youth.telegram_id)
    name = html.escape(helper.display_name)
    await edit_message(query, _("peer-done", name=name))
    who = html.escape(me.display_name)
    await decided(
        context,
        f"peer:{link.id}",
        lambda t: t("decided-peer-invited", who=who, name=name),
        pressed=query.message if isinstance(query.message, Message) else None,
    )
    _y = texts_for(context, helper)
    await set_person_menu(context.bot, helper.telegram_id, Role.PEER_HELPER, _y)
    await send(
        context,
        helper.telegram_id,
        _y("welcome-peer_helper", name=html.escape(helper.display_name))
        + "\n\n"
        + _y("help-peer_helper"),
    )
