"""/assign (COPIL): give an open request to a mentor of its team.

Two button steps (the request, then the mentor); each press names both again and is
re-checked: the COPIL member manages the team, the mentor is active there, the request is
still open. Giving uses the same first-accept-wins statement as a mentor's Accept."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id, parse_id
from bot.pages import PAGE_SIZE, nav_row, page_number
from bot.sending import queued
from handlers.answer import link_made, youth_told
from storage.models import Person, Role


async def assign(update: Update, context: Context) -> None:
    """List the open requests of the teams this COPIL member manages, a page at a time."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    text, markup = await _requests_page(context, me, _, 0) or (_("assign-none"), None)
    await message.reply_text(text, reply_markup=markup)


async def _requests_page(
    context: Context, me: Person, _: Texts, number: int
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """A page of open requests; None if there is no such page (or none at all)."""
    team_ids = None if me.programme_wide else [me.team_id or 0]
    total, found = await context.bot_data.db.requests.open_page(
        team_ids, number * PAGE_SIZE, PAGE_SIZE
    )
    if not found:
        return None
    rows = [
        [
            InlineKeyboardButton(
                _("assign-request", name=r.first_name, since=_.when(r.created_at, "day-month")),
                callback_data=f"assign:req:{r.id}",
            )
        ]
        for r in found
    ]
    rows.append(nav_row("assign:page:", number, total, _))
    return _("assign-which-request"), InlineKeyboardMarkup([r for r in rows if r])


async def assign_button(update: Update, context: Context) -> None:
    """assign:req:<request> (then choose the mentor), assign:to:<request>:<mentor>."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    if parts[1:2] == ["page"]:
        number = parse_id(parts[2]) if len(parts) == 3 else None
        screen = await _requests_page(context, me, _, number) if number is not None else None
        if screen is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return
        await answer_press(query)
        await edit_message(query, screen[0], reply_markup=screen[1])
        return
    request_id = parts[2] if len(parts) >= 3 else ""
    request = await db.requests.get(int(request_id)) if is_id(request_id) else None
    if request is None or not me.sees_team(request.team_id) or request.team_id is None:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if request.status != "open":
        await answer_press(query, _("assign-not-open"), show_alert=True)
        return
    mentors = await db.people.active_in_team(request.team_id, Role.MENTOR)
    if (parts[1] == "req" and len(parts) == 3) or (parts[1] == "mp" and len(parts) == 4):
        # The team's mentors, a page at a time (assign:mp:<request>:<page>).
        number = page_number(parts[3], len(mentors)) if parts[1] == "mp" else 0
        if number is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return
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
            for m in mentors[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        ]
        rows.append(nav_row(f"assign:mp:{request.id}:", number, len(mentors), _))
        await edit_message(
            query,
            _("assign-which-mentor", name=html.escape(request.first_name)),
            reply_markup=InlineKeyboardMarkup([r for r in rows if r]),
        )
        return
    mentor = next((m for m in mentors if parts[3:] == [str(m.telegram_id)]), None)
    if parts[1] != "to" or mentor is None:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    async with queued(context) as q:  # assigned means the youth will be told
        accepted = await db.requests.accept(request.id, mentor.telegram_id)
        if accepted:
            await db.audit.record(me.telegram_id, "request-assign", request.youth_id)
            await q.add([youth_told(request, mentor)])
    if not accepted:
        await answer_press(query, _("assign-not-open"), show_alert=True)
        return
    await answer_press(query)
    await edit_message(
        query,
        _(
            "assign-done",
            name=html.escape(request.first_name),
            mentor=html.escape(mentor.display_name),
        ),
    )
    await link_made(context, request, mentor, assigned=True)
