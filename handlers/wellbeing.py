"""Mentors' wellbeing (issue 14): once a quarter a mentor gets one question, "how are you
as a volunteer these days?", with five faces, then "do you need support?". Yes tells their
resource person (or, without one, their team's COPIL) through the outbox, never the score.
The question comes from the hourly jobs window (storage/wellbeing.py marks it asked)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context
from bot.guards import pressed
from bot.ids import parse_id
from bot.sending import fluent, queued
from storage.models import Role
from storage.wellbeing import QUARTER

FACES = 5


async def ask_due(context: Context) -> None:
    """The job: the quarter's question to every mentor due one."""
    db = context.bot_data.db
    now = context.bot_data.clock()  # the next quarter's question replaces this one
    async with queued(context) as q:
        notices = []
        for question, mentor in await db.wellbeing.ask_due():
            faces = [(f"checkin-face-{n}", f"wb:m:{question}:{n}") for n in range(1, FACES + 1)]
            key = f"wellbeing:{question}"
            notices.append(
                fluent(mentor, "wellbeing-ask", key=key, buttons=[faces], until=now + QUARTER)
            )
        await q.add(notices)


async def answer_button(update: Update, context: Context) -> None:
    """wb:m:<question>:<1-5>, then wb:s:<question>:<yes|no> — once each."""
    press = await pressed(update, context, Role.MENTOR)
    if press is None:
        return
    query, me, _ = press
    parts = ((query.data or "") + ":::").split(":")
    action, question, value = parts[1], parse_id(parts[2]), parts[3]
    mood = parse_id(value) if action == "m" else None
    valid = (mood is not None and 1 <= mood <= FACES) or (action == "s" and value in ("yes", "no"))
    if question is None or not valid:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    db = context.bot_data.db
    if mood is not None:
        if not await db.wellbeing.answer(question, me.telegram_id, mood):
            await answer_press(query, _("wellbeing-already"), show_alert=True)
            return
        await answer_press(query)
        rows = [
            [
                InlineKeyboardButton(
                    _("wellbeing-support-yes"), callback_data=f"wb:s:{question}:yes"
                ),
                InlineKeyboardButton(
                    _("wellbeing-support-no"), callback_data=f"wb:s:{question}:no"
                ),
            ]
        ]
        await edit_message(query, _("wellbeing-support"), reply_markup=InlineKeyboardMarkup(rows))
        return
    async with queued(context) as q:  # the answer and the resource person's message: together
        support = await db.wellbeing.support(question, me.telegram_id, value == "yes")
        if support is not None and value == "yes":
            resource = await db.resource.of(me.telegram_id)
            people = (
                [resource]
                if resource
                else [p.telegram_id for p in await db.people.copil_of(me.team_id)]
            )
            await q.add(
                [
                    fluent(
                        person,
                        "wellbeing-support-asked",
                        key=f"wellbeing-support:{question}:{person}",
                        name=html.escape(me.display_name),
                    )
                    for person in people
                ]
            )
    if support is None:
        await answer_press(query, _("wellbeing-already"), show_alert=True)
        return
    await answer_press(query)
    if value == "yes":
        await edit_message(query, _("wellbeing-support-sent"))
        return
    await edit_message(query, _("wellbeing-thanks"))
