"""/resource (COPIL): give each mentor a resource person, a COPIL member who supports them.
/support (mentor): write to that person through the bot; they answer the same way.

The messages themselves go through the generic relay (handlers/relay.py, channel
`support:<mentor>`): copied, never stored. Buttons carry ids; each press re-checks that the
presser manages the mentor's team and that the chosen person is an active COPIL member
of it."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id, parse_id
from bot.pages import PAGE_SIZE, nav_row
from bot.sending import fluent, queued
from handlers.relay import TALK_KEY, support_channel
from storage.clock import to_text
from storage.models import Person, Role


async def _screen(
    context: Context, me: Person, _: Texts, number: int = 0, name: str | None = None
) -> tuple[str, InlineKeyboardMarkup] | None:
    """A page of the active mentors this member manages, each with their resource person
    (one query); with `name`, the first page of those whose name holds it. None if that
    page does not exist now."""
    team_ids = None if me.programme_wide else [me.team_id or 0]
    total, found = await context.bot_data.db.people.mentors_page(
        team_ids, number * PAGE_SIZE, PAGE_SIZE, name
    )
    if number > 0 and not found:
        return None
    lines = [_("resource-title")]
    rows = []
    for mentor, copil_name in found:
        who = html.escape(copil_name) if copil_name else _("resource-nobody")
        lines.append(f"• {html.escape(mentor.display_name)} → {who}")
        rows.append(
            [InlineKeyboardButton(mentor.display_name, callback_data=f"res:m:{mentor.telegram_id}")]
        )
    if not rows:
        lines.append(_("resource-no-mentor"))
    if name is None:
        rows.append(nav_row("res:list:", number, total, _))
        if total > PAGE_SIZE:
            lines.append(_("resource-search-hint"))
    return "\n".join(lines), InlineKeyboardMarkup([r for r in rows if r])


async def resource(update: Update, context: Context) -> None:
    """The mentors and their resource persons, a page at a time; `/resource <name>` finds
    mentors by name."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    wanted = " ".join(context.args or []).strip()[:64] or None
    text, markup = await _screen(context, me, _, 0, wanted) or ("", None)
    await message.reply_text(text, reply_markup=markup)


async def resource_button(update: Update, context: Context) -> None:
    """res:m:<mentor> (who could support them), res:set:<mentor>:<copil>,
    res:list[:<page>]."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    if parts[1:2] == ["list"] and len(parts) <= 3:
        number = parse_id(parts[2]) if len(parts) == 3 else 0
        screen = await _screen(context, me, _, number) if number is not None else None
        if screen is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return
        await answer_press(query)
        await edit_message(query, screen[0], reply_markup=screen[1])
        return
    ids = [int(p) for p in parts[2:] if is_id(p)]
    mentor = await db.people.get(ids[0]) if ids else None
    if (
        mentor is None
        or mentor.role != Role.MENTOR
        or mentor.team_id is None
        or not me.sees_team(mentor.team_id)
    ):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    candidates = await db.people.copil_of(mentor.team_id)
    name = html.escape(mentor.display_name)
    if parts[1] == "m" and len(ids) == 1:
        await answer_press(query)
        rows = [
            [
                InlineKeyboardButton(
                    c.display_name, callback_data=f"res:set:{mentor.telegram_id}:{c.telegram_id}"
                )
            ]
            for c in candidates
        ]
        rows.append([InlineKeyboardButton(_("button-back"), callback_data="res:list")])
        await edit_message(
            query, _("resource-choose", name=name), reply_markup=InlineKeyboardMarkup(rows)
        )
        return
    chosen = next((c for c in candidates if len(ids) == 2 and c.telegram_id == ids[1]), None)
    if parts[1] != "set" or chosen is None:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    await answer_press(query)
    # Both are told through the outbox, in the assignment's transaction: a crash or a
    # Telegram error never leaves a mentor with a resource person they were not told of.
    told = f"resource:{mentor.telegram_id}:{chosen.telegram_id}:{to_text(context.bot_data.clock())}"
    notices = [
        fluent(
            mentor.telegram_id,
            "resource-told-mentor",
            key=f"{told}:mentor",
            name=html.escape(chosen.display_name),
        )
    ]
    if chosen.telegram_id != me.telegram_id:
        notices.append(
            fluent(chosen.telegram_id, "resource-told-copil", key=f"{told}:copil", name=name)
        )
    async with queued(context) as q:
        await db.resource.assign(mentor.telegram_id, chosen.telegram_id, by=me.telegram_id)
        await db.audit.record(me.telegram_id, "resource:assign", mentor.telegram_id)
        await q.add(notices)
    text, markup = await _screen(context, me, _) or ("", None)
    done = _("resource-done", name=name, copil=html.escape(chosen.display_name))
    await edit_message(query, done + "\n\n" + text, reply_markup=markup)


async def support(update: Update, context: Context) -> None:
    """/support: the mentor's next messages go to their resource person."""
    message = update.effective_message
    me = await require(update, context, Role.MENTOR)
    if message is None or me is None or context.user_data is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    copil = await db.resource.person_of(me.telegram_id)
    if copil is None or not copil.active:
        await message.reply_text(_("support-nobody"))
        return
    context.user_data[TALK_KEY] = support_channel(me.telegram_id)
    await message.reply_text(_("support-ready", name=html.escape(copil.display_name)))
