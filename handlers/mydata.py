"""/mydata: a JSON file of everything Lien stores about the person. /forget (youth or peer
helper, after a confirmation, even once deactivated): erase it all. Both write an audit
entry (who, what, when; no content).

The tables covered are listed in storage.personal, so every feature's data is included."""

from __future__ import annotations

import html
import json

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import person_of, pressed, require
from bot.notify import edit, send, texts_for
from handlers.logs import DRAFT as LOG_DRAFT
from handlers.relay import TALK_KEY, youth_name
from handlers.request import withdraw
from storage.clock import to_text
from storage.models import Role
from storage.personal import export

# Who may erase everything: youths, and peer helpers (former youths: their requests and links
# are theirs too). Deactivated people keep this right.
ERASABLE = (Role.YOUTH, Role.PEER_HELPER)


async def mydata(update: Update, context: Context) -> None:
    """Send the person's data as a JSON document, or say there is none."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    person = await person_of(update, context)
    _ = texts(update, context, person)
    db = context.bot_data.db
    document = await export(db.conn, user.id)
    if not document:
        await message.reply_text(_("mydata-nothing"))
        return
    await db.audit.record(user.id, "export", user.id)
    body = {"exported_at": to_text(context.bot_data.clock()), "telegram_id": user.id, **document}
    data = json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")
    await message.reply_document(
        InputFile(data, filename="lien-mydata.json"), caption=_("mydata-caption")
    )


async def forget(update: Update, context: Context) -> None:
    """Ask for a confirmation before erasing."""
    message = update.effective_message
    me = await require(update, context, *ERASABLE, even_inactive=True)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    rows = [
        [InlineKeyboardButton(_("forget-yes"), callback_data="forget:yes")],
        [InlineKeyboardButton(_("forget-no"), callback_data="forget:no")],
    ]
    await message.reply_text(_("forget-confirm"), reply_markup=InlineKeyboardMarkup(rows))


async def forget_button(update: Update, context: Context) -> None:
    """forget:yes | forget:no — the link ends, the request is withdrawn, then all is erased."""
    press = await pressed(update, context, *ERASABLE, even_inactive=True)
    if press is None:
        return
    query, me, _ = press
    if query.data == "forget:no":
        await answer_press(query)
        await edit_message(query, _("forget-kept"))
        return
    if query.data != "forget:yes":
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    await answer_press(query)
    db = context.bot_data.db
    link = await db.links.active_of_youth(me.telegram_id)
    if link is not None and await db.links.end(link.id, me.telegram_id, "stopped"):
        mentor = await db.people.get(link.mentor_id)
        if mentor is not None:
            name = html.escape(await youth_name(db, link))
            await send(
                context, mentor.telegram_id, texts_for(context, mentor)("stop-mentor", name=name)
            )
    request = await db.requests.open_of(me.telegram_id)
    if request is not None:
        await withdraw(context, me, request)
    # The notices named the youth in mentors' chats: they now say only that it was erased.
    for notice in await db.requests.notices_of_youth(me.telegram_id):
        mentor = await db.people.get(notice.mentor_id)
        if mentor is not None:
            _m = texts_for(context, mentor)
            await edit(context, notice.chat_id, notice.message_id, _m("request-notice-forgotten"))
    channels = {link.channel for link in await db.links.of_youth(me.telegram_id)}
    await db.forget(me.telegram_id)
    await db.audit.record(me.telegram_id, "forget", me.telegram_id)
    context.application.drop_user_data(me.telegram_id)
    _forget_in_others_drafts(context, me.telegram_id, channels)
    await db.checkpoint()
    await edit_message(query, _("forget-done"))


def _forget_in_others_drafts(context: Context, youth_id: int, channels: set[str]) -> None:
    """Routing metadata is erased too: a mentor's /log draft about the youth keeps its time but
    no longer points at them (like their saved logs), and a /talk choice of their link goes."""
    touched = []
    for user_id, data in context.application.user_data.items():
        draft = data.get(LOG_DRAFT)
        if isinstance(draft, dict) and draft.get("youth_id") == youth_id:
            draft["youth_id"] = None
            touched.append(user_id)
        if data.get(TALK_KEY) in channels:
            data.pop(TALK_KEY)
            touched.append(user_id)
    context.application.mark_data_for_update_persistence(user_ids=touched)
