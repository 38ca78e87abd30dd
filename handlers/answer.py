"""A mentor answers a request: Accept or Decline on the notice.

The first accept wins in one conditional statement (storage.requests.Requests.accept), even
when two mentors press at the same moment; the other notices are edited to say it was
taken, and the youth learns who accepted. Buttons carry only a request id: every press
re-checks that this mentor was notified of that request and that it is still open."""

from __future__ import annotations

import html

from telegram import Update

from bot.buttons import answer_press
from bot.context import Context
from bot.copies import decided
from bot.guards import pressed
from bot.ids import is_id
from bot.notify import edit, texts_for
from bot.sending import fluent, queued, ready
from handlers.request import request_summary
from handlers.request_jobs import escalate
from handlers.silence import offer_pause
from storage.models import Person, Role
from storage.outbox import Notice
from storage.requests import Request


async def answer_button(update: Update, context: Context) -> None:
    """req:acc:<request> or req:dec:<request>."""
    press = await pressed(update, context, Role.MENTOR)
    if press is None:
        return
    query, me, _ = press
    _prefix, action, arg = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    request = await db.requests.get(int(arg)) if is_id(arg) else None
    if action not in ("acc", "dec") or request is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    notice = await db.requests.notice(request.id, me.telegram_id)
    if notice is None:  # another mentor's request: a forged press
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if request.status != "open":
        key = "request-taken" if request.status == "accepted" else "request-notice-withdrawn"
        if request.accepted_by == me.telegram_id:
            key = "request-yours"  # a second press of one's own Accept: nothing to edit
        else:
            await edit(context, notice.chat_id, notice.message_id, _(key))
        await answer_press(query, _(key), show_alert=True)
        return
    if action == "dec":
        await answer_press(query)
        await db.requests.decline(request.id, me.telegram_id)
        await edit(context, notice.chat_id, notice.message_id, _("request-declined"))
        await _escalate_if_everyone_declined(context, request)
        await offer_pause(context, [me.telegram_id])
        return
    async with queued(context) as q:  # accepted means the youth will be told
        accepted = await db.requests.accept(request.id, me.telegram_id)
        if accepted:
            await db.audit.record(me.telegram_id, "request-accept", request.youth_id)
            await q.add([youth_told(request, me)])
    if not accepted:
        await answer_press(query, _("request-taken"), show_alert=True)
        await edit(context, notice.chat_id, notice.message_id, _("request-taken"))
        return
    await answer_press(query)
    await link_made(context, request, me)


def youth_told(request: Request, mentor: Person) -> Notice:
    """The youth's notice of the link: write it in the transaction of the accept."""
    return fluent(
        request.youth_id,
        "request-accepted",
        key=f"req:{request.id}:accepted",
        name=html.escape(mentor.display_name),
    )


async def link_made(
    context: Context, request: Request, mentor: Person, *, assigned: bool = False
) -> None:
    """After an accept or an /assign (whose transaction told the youth, `youth_told`):
    every notice edited, the mentor told. A mentor given the request by the COPIL sees the
    request itself, and who gave it to them."""
    db = context.bot_data.db
    name = html.escape(request.first_name)
    _m = texts_for(context, mentor)
    if assigned:
        yours = (
            _m("request-assigned", name=name)
            + "\n\n"
            + await request_summary(context, _m, request)
            + "\n\n"
            + _m("request-write-here")
        )
    else:
        yours = _m("request-you-accepted", name=name)
    for notice in await db.requests.notices(request.id):
        other = await db.people.get(notice.mentor_id)
        if other is None:
            continue
        _ = texts_for(context, other)
        if notice.mentor_id == mentor.telegram_id:
            await edit(context, notice.chat_id, notice.message_id, yours)
        else:
            key = "request-assigned-other" if assigned else "request-taken"
            await edit(context, notice.chat_id, notice.message_id, _(key))
    if await db.requests.notice(request.id, mentor.telegram_id) is None:
        async with queued(context) as q:
            told = ready(
                mentor.telegram_id, yours, key=f"req:{request.id}:yours", about=request.youth_id
            )
            await q.add([told])
    # The COPIL's alerts about this request (unanswered, declined) say who follows it now.
    who = html.escape(mentor.display_name)
    await decided(
        context,
        f"request:{request.id}",
        lambda t: t("decided-request-linked", name=name, mentor=who),
    )
    # The others let this one pass: three in a row and they are asked whether to pause.
    others = [n.mentor_id for n in await db.requests.notices(request.id)]
    await offer_pause(context, [m for m in others if m != mentor.telegram_id])


async def _escalate_if_everyone_declined(context: Context, request: Request) -> None:
    db = context.bot_data.db
    notices = await db.requests.notices(request.id)
    if not notices or not all(n.declined for n in notices):
        return
    async with queued(context) as q:
        if await db.requests.escalate_now(request.id):
            await escalate(context, q, request, reason="declined")
