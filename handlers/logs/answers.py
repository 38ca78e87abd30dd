"""The answers to each question, pressed or typed; each is checked, stored in the draft,
and the next question follows."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from bot.context import Context, texts
from bot.dates import (
    MAX_DURATION,
    DateInFuture,
    DateTooFar,
    DurationOutOfRange,
    parse_duration,
    parse_past_day,
)
from bot.ids import is_id
from handlers.logs.draft import (
    EDIT,
    GROUP,
    GROUP_MAX,
    MINUTES,
    NICKNAME_MAX,
    NOTE_MAX,
    OFFLINE,
    PARTNER_BUTTONS,
    PARTNER_MAX,
    SUMMARY,
    WHEN,
    as_mentor,
    current_draft,
    set_who,
    show,
    today,
)
from handlers.logs.questions import ask_next, ask_partner, ask_who
from handlers.logs.sentence import from_sentence
from storage.models import KINDS, THEMES
from storage.partners import folded, matching


async def who_typed(update: Update, context: Context) -> int:
    """Text at the first question is a sentence."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    return await from_sentence(update, context, me, message.text or "", at_who=True)


async def who_pressed(update: Update, context: Context) -> int:
    """log:y:<youth>, log:o:<offline>, log:o:new, log:o:ask, log:g."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = current_draft(context)
    db = context.bot_data.db
    parts = (query.data or "").split(":")
    arg = parts[2] if len(parts) > 2 else ""
    if parts[1] == "y" and is_id(arg):
        if int(arg) not in dict(await db.logs.my_youths(me.telegram_id)):
            return await ask_who(update, context, me, _)  # not (or no longer) my youth
        set_who(draft, youth_id=int(arg))
    elif parts[1] == "o" and is_id(arg):
        if await db.offline.get(int(arg), me.telegram_id) is None:
            return await ask_who(update, context, me, _)
        set_who(draft, offline_id=int(arg))
    elif parts[1] == "o" and arg == "new" and draft.get("pending_name"):
        set_who(draft, offline_new=draft["pending_name"])
    elif parts[1] == "o" and arg == "ask":
        await show(update, _("log-ask-offline", max=NICKNAME_MAX))
        return OFFLINE
    elif parts[1] == "g":
        await show(update, _("log-ask-group", max=GROUP_MAX))
        return GROUP
    else:
        return await ask_who(update, context, me, _)
    return await ask_next(update, context, me)


async def offline_typed(update: Update, context: Context) -> int:
    """A nickname or initials for someone followed outside the bot (created at Save)."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    nickname = " ".join((message.text or "").split())
    if not 1 <= len(nickname) <= NICKNAME_MAX:
        await message.reply_text(_("log-offline-bad", max=NICKNAME_MAX))
        return OFFLINE
    known = [
        p
        for p in await context.bot_data.db.offline.of(me.telegram_id)
        if folded(p.nickname) == folded(nickname)
    ]
    draft = current_draft(context)
    if known:
        set_who(draft, offline_id=known[0].id)
    else:
        set_who(draft, offline_new=nickname)
    return await ask_next(update, context, me)


async def group_typed(update: Update, context: Context) -> int:
    """A group's name; a group follow-up is collective unless the mentor said otherwise."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    label = " ".join((message.text or "").split())
    if not 1 <= len(label) <= GROUP_MAX:
        await message.reply_text(_("log-group-bad", max=GROUP_MAX))
        return GROUP
    draft = current_draft(context)
    set_who(draft, group=label)
    draft["kind"] = draft.get("kind") or "collective"
    return await ask_next(update, context, me)


async def kind_pressed(update: Update, context: Context) -> int:
    """log:k:<kind>."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    kind = (query.data or "").rsplit(":", 1)[-1]
    if kind in KINDS:
        draft = current_draft(context)
        draft["kind"] = kind
        if kind != "relay":
            draft["partner_id"] = draft["partner_name"] = draft["pending_partner"] = None
    return await ask_next(update, context, me)


async def day_pressed(update: Update, context: Context) -> int:
    """log:d:<days ago>, 0..2."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    ago = (query.data or "").rsplit(":", 1)[-1]
    if ago in ("0", "1", "2"):
        current_draft(context)["day"] = (today(context) - timedelta(days=int(ago))).isoformat()
    return await ask_next(update, context, me)


async def day_typed(update: Update, context: Context) -> int:
    """A typed day: "mardi", "12.11", "hier", "last Friday"; never a day to come."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    now = context.bot_data.clock().astimezone(context.bot_data.settings.zone)
    try:
        day = parse_past_day(message.text or "", now)
    except DateInFuture:
        await message.reply_text(_("log-date-future"))
        return WHEN
    except DateTooFar:
        await message.reply_text(_("log-date-too-old"))
        return WHEN
    if day is None:
        await message.reply_text(_("log-date-unknown"))
        return WHEN
    current_draft(context)["day"] = day.isoformat()
    return await ask_next(update, context, me)


async def minutes_pressed(update: Update, context: Context) -> int:
    """log:m:<minutes>."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    value = (query.data or "").rsplit(":", 1)[-1]
    if is_id(value) and 1 <= int(value) <= MAX_DURATION:
        current_draft(context)["minutes"] = int(value)
    return await ask_next(update, context, me)


async def minutes_typed(update: Update, context: Context) -> int:
    """ "1h30", "2 heures", "20 min", "45"; refused outside 1 minute .. 12 hours."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    try:
        minutes = parse_duration(message.text or "")
    except DurationOutOfRange:
        await message.reply_text(_("log-minutes-bad", max=MAX_DURATION // 60))
        return MINUTES
    if minutes is None:
        await message.reply_text(_("log-minutes-unknown"))
        return MINUTES
    current_draft(context)["minutes"] = minutes
    return await ask_next(update, context, me)


async def partner_pressed(update: Update, context: Context) -> int:
    """log:p:<partner> (re-checked: visible to me), log:p:new (the name as typed)."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    draft = current_draft(context)
    arg = (query.data or "").rsplit(":", 1)[-1]
    visible = await context.bot_data.db.partners.visible(me.team_id, me.programme_wide)
    if is_id(arg) and int(arg) in {p.id for p in visible}:
        draft["partner_id"], draft["partner_name"] = int(arg), None
    elif arg == "new" and draft.get("pending_partner"):
        draft["partner_id"], draft["partner_name"] = None, draft["pending_partner"]
    if draft.get("partner_id") or draft.get("partner_name"):
        draft["pending_partner"] = None
    return await ask_next(update, context, me)


async def partner_typed(update: Update, context: Context) -> int:
    """A typed partner name: one match is taken, several are offered, none is asked about."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    name = " ".join((message.text or "").split())[:PARTNER_MAX]
    if not name:
        return await ask_partner(update, context, me, _)
    visible = await context.bot_data.db.partners.visible(me.team_id, me.programme_wide)
    found = matching(visible, name)
    draft = current_draft(context)
    if len(found) == 1:
        draft["partner_id"], draft["partner_name"], draft["pending_partner"] = (
            found[0].id,
            None,
            None,
        )
        return await ask_next(update, context, me)
    draft["pending_partner"] = None if found else name
    return await ask_partner(update, context, me, _, found[:PARTNER_BUTTONS])


async def theme_pressed(update: Update, context: Context) -> int:
    """log:t:<theme>: toggle it on the summary."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    theme = (query.data or "").rsplit(":", 1)[-1]
    draft = current_draft(context)
    chosen = set(draft.get("themes", []))
    if theme in THEMES:
        chosen ^= {theme}
    draft["themes"] = sorted(chosen)
    return await ask_next(update, context, me)


async def note_typed(update: Update, context: Context) -> int:
    """Text at the summary is the note: encrypted at once, refused whole above the limit."""
    message = update.effective_message
    me = await as_mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    note = (message.text or "").strip()
    if len(note) > NOTE_MAX:
        await message.reply_text(_("log-note-too-long", length=len(note), max=NOTE_MAX))
        return SUMMARY
    draft = current_draft(context)
    if note:
        draft["note"] = context.bot_data.notes.seal(note).decode("ascii")
        draft["note_length"] = len(note)
        await message.reply_text(_("log-note-kept"))
    return await ask_next(update, context, me)


async def edit_pressed(update: Update, context: Context) -> int:
    """log:edit shows what can change; log:e:<field> forgets that answer and asks it again."""
    query = update.callback_query
    me = await as_mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = current_draft(context)
    field = (query.data or "").split(":")[-1]
    if field == "edit":
        fields = ["who", "kind", "when", "minutes"]
        if draft.get("kind") == "relay":
            fields.append("partner")
        rows = [
            [InlineKeyboardButton(_(f"log-edit-{k}"), callback_data=f"log:e:{k}")] for k in fields
        ]
        if draft.get("note"):
            rows.append([InlineKeyboardButton(_("log-edit-note"), callback_data="log:e:note")])
        rows.append([InlineKeyboardButton(_("button-back"), callback_data="log:e:back")])
        await show(update, _("log-edit-which"), InlineKeyboardMarkup(rows))
        return EDIT
    if field == "who":
        set_who(draft)
    elif field in ("kind", "minutes"):
        draft[field] = None
    elif field == "when":
        draft["day"] = None
    elif field == "partner":
        draft["partner_id"] = draft["partner_name"] = draft["pending_partner"] = None
    elif field == "note":
        draft["note"] = draft["note_length"] = None
    return await ask_next(update, context, me)
