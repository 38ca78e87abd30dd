"""/assign (COPIL): give an open request to a mentor of its team.

Two button steps (the request, then the mentor); each press names both again and is
re-checked: the COPIL member manages the team, the mentor is active there, the request is
still open. Giving uses the same first-accept-wins statement as a mentor's Accept."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import require
from bot.ids import is_id
from handlers.answer import link_made
from storage.models import Role


async def assign(update: Update, context: Context) -> None:
    """List the open requests of the teams this COPIL member manages."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    requests = [r for r in await db.requests.open_in_teams(None) if me.sees_team(r.team_id)]
    if not requests:
        await message.reply_text(_("assign-none"))
        return
    rows = [
        [
            InlineKeyboardButton(
                _("assign-request", name=r.first_name, since=_.when(r.created_at, "d MMM")),
                callback_data=f"assign:req:{r.id}",
            )
        ]
        for r in requests
    ]
    await message.reply_text(_("assign-which-request"), reply_markup=InlineKeyboardMarkup(rows))


async def assign_button(update: Update, context: Context) -> None:
    """assign:req:<request> (then choose the mentor), assign:to:<request>:<mentor>."""
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None:
        return
    _ = texts(update, context, me)
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    request_id = parts[2] if len(parts) >= 3 else ""
    request = await db.requests.get(int(request_id)) if is_id(request_id) else None
    if request is None or not me.sees_team(request.team_id) or request.team_id is None:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if request.status != "open":
        await answer_press(query, _("assign-not-open"), show_alert=True)
        return
    mentors = await db.people.active_in_team(request.team_id, Role.MENTOR)
    if parts[1] == "req" and len(parts) == 3:
        await answer_press(query)
        if not mentors:
            await edit_message(query, _("assign-no-mentor"))
            return
        rows = [
            [
                InlineKeyboardButton(
                    m.display_name, callback_data=f"assign:to:{request.id}:{m.telegram_id}"
                )
            ]
            for m in mentors
        ]
        await edit_message(
            query,
            _("assign-which-mentor", name=html.escape(request.first_name)),
            reply_markup=InlineKeyboardMarkup(rows),
        )
        return
    mentor = next((m for m in mentors if parts[3:] == [str(m.telegram_id)]), None)
    if parts[1] != "to" or mentor is None:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if not await db.requests.accept(request.id, mentor.telegram_id):
        await answer_press(query, _("assign-not-open"), show_alert=True)
        return
    await answer_press(query)
    await db.audit.record(me.telegram_id, "request-assign", request.youth_id)
    await edit_message(
        query,
        _(
            "assign-done",
            name=html.escape(request.first_name),
            mentor=html.escape(mentor.display_name),
        ),
    )
    await link_made(context, request, mentor, assigned=True)
