"""No link fades in silence (issue 14), and mentors may pause.

An hourly job (from bot/app.py's jobs window) walks the steps of silence, each a
conditional update in storage/silence.py, and writes its messages to the outbox in the same
transaction, so a step and its messages happen together, once. Each team chooses its days
in /rhythms (defaults in brackets):
- after the nudge's days (14) the mentor gets a gentle nudge, with a button to log a
  follow-up and one to write to the youth;
- after the question's days (45) the youth is asked once whether to keep the link (yes /
  stop / later);
- a week before the closing's days (60) both are told it closes in a week; then it closes
  as "no more contact".
Any message either way, a follow-up, or the youth's yes or later starts the clock again.

A mentor who declined or let pass three requests in a row is asked once whether to pause:
a paused mentor gets no new requests until /available; the COPIL sees them in /people."""

from __future__ import annotations

import html
from datetime import datetime

from telegram import Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.ids import parse_id
from bot.sending import QUESTION, fluent, queued
from handlers.relay import youth_name
from storage.database import Database
from storage.models import Role
from storage.outbox import Notice
from storage.silence import Quiet


async def check(context: Context) -> None:
    """The job: take every step that is due now, oldest first, and tell whom it concerns."""
    db = context.bot_data.db
    notices: list[Notice] = []
    # The nudge, the question and the warning have their week (the closing comes a week
    # after the warning, whenever it came); the closing is always worth telling.
    until = context.bot_data.clock() + QUESTION
    async with queued(context) as q:
        for quiet in await db.silence.due_nudges():
            notices.append(await _nudge(db, quiet, until))
        for quiet in await db.silence.due_questions():
            notices.append(_question(quiet, await _mentor_name(db, quiet), until))
        for quiet in await db.silence.due_warnings():
            notices += await _both(db, quiet, "silence-warn", until)
        for quiet in await db.silence.due_closings():
            notices += await _both(db, quiet, "silence-closed", None)
        await q.add(notices)


def _key(quiet: Quiet, step: str) -> str:
    """Unique for all time: the quiet period's start tells one silence from the next."""
    return f"silence:{quiet.link_id}:{step}:{quiet.since.isoformat()}"


async def _nudge(db: Database, quiet: Quiet, until: datetime) -> Notice:
    name = html.escape(await _youth_name(db, quiet))
    buttons = [
        [("silence-log", f"log:for:{quiet.link_id}")],
        [("silence-write", f"talk:link:{quiet.link_id}")],
    ]
    return fluent(
        quiet.mentor_id, "silence-nudge", key=_key(quiet, "nudge"), buttons=buttons,
        about=quiet.youth_id, until=until,
        name=name, days=quiet.days,
    )  # fmt: skip


def _question(quiet: Quiet, mentor: str, until: datetime) -> Notice:
    buttons = [
        [("silence-keep", f"sil:keep:{quiet.link_id}")],
        [("silence-later", f"sil:later:{quiet.link_id}")],
        [("silence-stop", f"sil:stop:{quiet.link_id}")],
    ]
    return fluent(
        quiet.youth_id, "silence-ask", key=_key(quiet, "ask"), buttons=buttons,
        until=until, name=mentor,
    )  # fmt: skip


async def _both(db: Database, quiet: Quiet, step: str, until: datetime | None) -> list[Notice]:
    youth, mentor = await _youth_name(db, quiet), await _mentor_name(db, quiet)
    return [
        fluent(
            quiet.youth_id, f"{step}-youth", key=_key(quiet, step + "-y"), until=until,
            name=mentor, days=quiet.days,
        ),
        fluent(
            quiet.mentor_id, f"{step}-mentor", key=_key(quiet, step + "-m"), until=until,
            about=quiet.youth_id, name=html.escape(youth), days=quiet.days,
        ),
    ]  # fmt: skip


async def _youth_name(db: Database, quiet: Quiet) -> str:
    link = await db.links.get(quiet.link_id)
    return await youth_name(db, link) if link else "?"


async def _mentor_name(db: Database, quiet: Quiet) -> str:
    mentor = await db.people.get(quiet.mentor_id)
    return html.escape(mentor.display_name if mentor else "?")


async def answer_button(update: Update, context: Context) -> None:
    """sil:keep|later|stop:<link> — the youth's answer to "keep the link?"."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None:
        return
    query, me, _ = press
    _prefix, action, raw = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    link_id = parse_id(raw)
    link = await db.links.get(link_id) if link_id is not None else None
    if action not in ("keep", "later", "stop") or link is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    if link.youth_id != me.telegram_id:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if not link.active:
        await answer_press(query)
        await edit_message(query, _("silence-already-ended"))
        return
    await answer_press(query)
    mentor = await db.people.get(link.mentor_id)
    name = html.escape(await youth_name(db, link))
    async with queued(context) as q:
        if action == "stop":
            ended = await db.links.end(link.id, me.telegram_id, "no_contact")
            told = "silence-stopped-mentor"
        else:
            await db.silence.touch(link.id)
            ended, told = None, "silence-kept-mentor" if action == "keep" else ""
        if mentor is not None and told and (action != "stop" or ended is not None):
            key = f"silence:{link.id}:{action}:{context.bot_data.clock().isoformat()}"
            notice = fluent(mentor.telegram_id, told, key=key, about=link.youth_id, name=name)
            await q.add([notice])
    if action == "stop" and ended is None:  # ended meanwhile (by the mentor, or at 60 days)
        await edit_message(query, _("silence-already-ended"))
        return
    if action == "stop":
        await db.audit.record(me.telegram_id, "link-end:no_contact", me.telegram_id)
    await edit_message(query, _(f"silence-{action}-done"))


async def offer_pause(context: Context, mentor_ids: list[int]) -> None:
    """After a decline, or a request taken or escalated without them: a mentor whose last
    three requests all passed them by is asked, once, whether to pause."""
    db = context.bot_data.db
    notices = []
    async with queued(context) as q:  # inside a caller's transaction, joins it
        for mentor_id in mentor_ids:
            if await db.silence.passed_in_a_row(mentor_id) and await db.silence.mark_pause_asked(
                mentor_id
            ):
                key = f"pause:{mentor_id}:{context.bot_data.clock().isoformat()}"
                buttons = [[("pause-yes", "pause:yes")], [("pause-no", "pause:no")]]
                until = context.bot_data.clock() + QUESTION
                notices.append(
                    fluent(mentor_id, "pause-ask", key=key, buttons=buttons, until=until)
                )
        await q.add(notices)


async def pause_button(update: Update, context: Context) -> None:
    """pause:yes|no — the mentor's answer."""
    press = await pressed(update, context, Role.MENTOR)
    if press is None:
        return
    query, me, _ = press
    action = (query.data or "").removeprefix("pause:")
    if action not in ("yes", "no"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    await answer_press(query)
    if action == "yes":
        await context.bot_data.db.silence.pause(me.telegram_id)
    await edit_message(query, _(f"pause-{action}-done"))


async def available(update: Update, context: Context) -> None:
    """/available (mentor): new requests again after a pause."""
    message = update.effective_message
    me = await require(update, context, Role.MENTOR)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    resumed = await context.bot_data.db.silence.resume(me.telegram_id)
    await message.reply_text(_("available-done" if resumed else "available-already"))
