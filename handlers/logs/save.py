"""Save: every answer re-checked against the database, then one write; or discard."""

from __future__ import annotations

from datetime import date

from telegram import Update
from telegram.ext import ConversationHandler

from bot.buttons import answer_press, edit_message
from bot.context import Context
from bot.guards import pressed
from handlers.basics import end_conversation
from handlers.logs.draft import (
    DRAFT,
    SUMMARY,
    Draft,
    current_draft,
    day_text,
    has_who,
    set_who,
    today,
)
from handlers.logs.questions import ask_next
from storage.logs import LogFields
from storage.models import THEMES, Person, Role

SAVED = "log_saved"  # the summary message whose draft was saved, and its log


async def save(update: Update, context: Context) -> int:
    """log:save: every answer re-checked against the database, then one write. Save
    pressed again on the same summary (its answer had failed) finds it saved: once."""
    press = await pressed(update, context, Role.MENTOR)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    saved = context.user_data.get(SAVED)
    summary_id = query.message.message_id if query.message else None
    if DRAFT not in context.user_data and saved == summary_id and summary_id is not None:
        await answer_press(query)
        await edit_message(query, _("log-saved-already"))
        return ConversationHandler.END
    draft = current_draft(context)
    if not (has_who(draft) and draft.get("kind") and draft.get("day") and draft.get("minutes")):
        await answer_press(query)
        return await ask_next(update, context, me)  # an answer went missing: ask it again
    if not draft.get("themes"):
        await answer_press(query, _("log-themes-needed"), show_alert=True)
        return SUMMARY
    fields = await _checked(context, me, draft)
    if fields is None:  # something changed meanwhile (a link ended, a partner was removed)
        await answer_press(query)
        set_who(draft)
        return await ask_next(update, context, me)
    await answer_press(query)
    db = context.bot_data.db
    if draft.get("edit_id"):
        if not await db.logs.update(draft["edit_id"], me.telegram_id, fields):
            context.user_data.pop(DRAFT, None)
            await edit_message(query, _("log-gone"))
            return ConversationHandler.END
        done = _("log-updated")
    else:
        await db.logs.add(me.telegram_id, me.team_id, fields)
        done = _("log-saved", minutes=fields.minutes, when=day_text(_, fields.day))
    context.user_data.pop(DRAFT, None)
    context.user_data[SAVED] = summary_id  # before the answer, which may fail
    await edit_message(query, done)
    return ConversationHandler.END


async def _checked(context: Context, me: Person, draft: Draft) -> LogFields | None:
    """The draft as fields to store, or None if its person is no longer mine."""
    db = context.bot_data.db
    youth_id = draft.get("youth_id")
    offline_id = draft.get("offline_id")
    if youth_id:
        editing = draft.get("edit_id")
        before = await db.logs.get(editing, me.telegram_id) if editing else None
        mine = dict(await db.logs.my_youths(me.telegram_id))
        if youth_id not in mine and (before is None or before.youth_id != youth_id):
            return None
    elif offline_id:
        if await db.offline.get(offline_id, me.telegram_id) is None:
            return None
    elif draft.get("offline_new"):
        offline_id = (await db.offline.find_or_add(me.telegram_id, draft["offline_new"])).id
    partner_id = draft.get("partner_id") if draft["kind"] == "relay" else None
    if partner_id:
        visible = await db.partners.visible(me.team_id, me.programme_wide)
        if partner_id not in {p.id for p in visible}:
            partner_id = None
    note = draft.get("note")
    return LogFields(
        kind=draft["kind"],
        day=min(date.fromisoformat(draft["day"]), today(context)),
        minutes=int(draft["minutes"]),
        themes=tuple(t for t in THEMES if t in draft["themes"]),
        youth_id=youth_id,
        offline_id=offline_id,
        group_label=draft.get("group") if not (youth_id or offline_id) else None,
        partner_id=partner_id,
        partner_name=draft.get("partner_name") if draft["kind"] == "relay" else None,
        note=note.encode("ascii") if note else None,
    )


async def discard(update: Update, context: Context) -> int:
    """log:discard or /cancel: nothing is saved."""
    return await end_conversation(update, context, DRAFT, said=lambda _: _("log-discarded"))
