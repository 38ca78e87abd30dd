"""/log (mentors): a follow-up, guided with buttons or written in one sentence.

Guided: who -> kind -> when -> how long -> (partner, for a relay) -> summary, where the
themes are toggled, a note may be typed, and Save stores it: six taps for a typical log.
A sentence ("/log hier 1h30 collectif foot", or typed at the first question) fills what it
can and the same questions ask only for what is missing. Nothing is written to the logs
before Save; the draft lives in user_data (persisted), its note already encrypted, so a
restart continues where the mentor was and the database never holds a note in clear.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Coroutine
from datetime import date, datetime, time, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.context import Context, texts
from bot.dates import (
    MAX_DURATION,
    DateInFuture,
    DateTooFar,
    DurationOutOfRange,
    parse_duration,
    parse_past_day,
)
from bot.guards import person_of, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.logsentence import SentenceProblem, parse_sentence
from bot.notes import NoteUnreadable
from handlers.basics import end_conversation
from storage.clock import from_text, to_text
from storage.logs import LogFields
from storage.models import KINDS, THEMES, LogEntry, Person, Role
from storage.partners import folded, matching

WHO, OFFLINE, GROUP, KIND, WHEN, MINUTES, PARTNER, SUMMARY, EDIT = range(9)
DRAFT = "log"
NOTE_MAX = 2000
NICKNAME_MAX = 30
GROUP_MAX = 40
PARTNER_MAX = 60
QUICK_MINUTES = (15, 30, 45, 60, 90)
PARTNER_BUTTONS = 8
# Text arriving this long after the last answer may be meant for a youth, not the log: ask.
STALE_AFTER = timedelta(minutes=30)

Draft = dict[str, Any]


# ---------------------------------------------------------------- helpers


def _today(context: Context) -> date:
    return context.bot_data.clock().astimezone(context.bot_data.settings.zone).date()


def _day_text(_: Texts, day: date) -> str:
    return _.when(datetime.combine(day, time(12), tzinfo=_.zone), "EEEE d MMMM")


def _draft(context: Context) -> Draft:
    assert context.user_data is not None
    draft: Draft = context.user_data.setdefault(DRAFT, {"themes": []})
    return draft


def _has_who(draft: Draft) -> bool:
    keys = ("youth_id", "offline_id", "offline_new", "group", "anonymous")
    return any(draft.get(k) for k in keys)


def _set_who(draft: Draft, **who: Any) -> None:
    for key in ("youth_id", "offline_id", "offline_new", "group", "pending_name", "anonymous"):
        draft[key] = who.get(key)


async def _show(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit the message whose button was pressed; answer a typed message with a new one."""
    query = update.callback_query
    if query is not None:
        try:
            await query.edit_message_text(text, reply_markup=markup)
        except BadRequest as exc:  # the same question again (a refused button): nothing to do
            if "not modified" not in exc.message:
                raise
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup)


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


async def _mentor(update: Update, context: Context) -> Person | None:
    """The sender if an active mentor; a pressed button is answered here once."""
    me = await require(update, context, Role.MENTOR)
    if me is not None and update.callback_query is not None:
        await update.callback_query.answer()
    return me


# ---------------------------------------------------------------- the next question


async def _next(update: Update, context: Context, me: Person) -> int:
    """Ask the first thing still missing, or show the summary."""
    draft = _draft(context)
    draft["touched"] = to_text(context.bot_data.clock())
    _ = texts(update, context, me)
    if not _has_who(draft):
        return await _ask_who(update, context, me, _)
    if not draft.get("kind"):
        buttons = [InlineKeyboardButton(_(f"kind-{k}"), callback_data=f"log:k:{k}") for k in KINDS]
        await _show(update, _("log-ask-kind"), InlineKeyboardMarkup(_rows(buttons, 2)))
        return KIND
    if not draft.get("day"):
        days = [("log-today", 0), ("log-yesterday", 1), ("log-before-yesterday", 2)]
        buttons = [InlineKeyboardButton(_(key), callback_data=f"log:d:{n}") for key, n in days]
        await _show(update, _("log-ask-when"), InlineKeyboardMarkup([buttons]))
        return WHEN
    if not draft.get("minutes"):
        buttons = [
            InlineKeyboardButton(f"{m} min", callback_data=f"log:m:{m}") for m in QUICK_MINUTES
        ]
        await _show(update, _("log-ask-minutes"), InlineKeyboardMarkup([buttons]))
        return MINUTES
    if draft["kind"] == "relay" and not (draft.get("partner_id") or draft.get("partner_name")):
        return await _ask_partner(update, context, me, _)
    return await _summary(update, context, me, _)


async def _ask_who(update: Update, context: Context, me: Person, _: Texts) -> int:
    draft = _draft(context)
    db = context.bot_data.db
    buttons = [
        InlineKeyboardButton(f"👤 {name}", callback_data=f"log:y:{youth_id}")
        for youth_id, name in await db.logs.my_youths(me.telegram_id)
    ]
    buttons += [
        InlineKeyboardButton(f"🔒 {p.nickname}", callback_data=f"log:o:{p.id}")
        for p in await db.offline.of(me.telegram_id)
    ]
    rows = _rows(buttons, 2)
    text = _("log-who")
    pending = draft.get("pending_name")
    if pending:
        text = _("log-who-pending", name=html.escape(pending)) + "\n\n" + text
        rows.append(
            [
                InlineKeyboardButton(
                    _("log-button-offline-new", name=pending), callback_data="log:o:new"
                )
            ]
        )
    rows.append([InlineKeyboardButton(_("log-button-offline-other"), callback_data="log:o:ask")])
    rows.append([InlineKeyboardButton(_("log-button-group"), callback_data="log:g")])
    await _show(update, text, InlineKeyboardMarkup(rows))
    return WHO


async def _ask_partner(
    update: Update, context: Context, me: Person, _: Texts, found: list[Any] | None = None
) -> int:
    draft = _draft(context)
    visible = await context.bot_data.db.partners.visible(me.team_id, me.programme_wide)
    shown = found if found is not None else visible[:PARTNER_BUTTONS]
    rows = [[InlineKeyboardButton(p.name, callback_data=f"log:p:{p.id}")] for p in shown]
    pending = draft.get("pending_partner")
    if pending:
        text = _("log-partner-unknown", name=html.escape(pending))
        rows.insert(
            0,
            [InlineKeyboardButton(_("log-partner-keep", name=pending), callback_data="log:p:new")],
        )
    elif found:
        text = _("log-partner-several")
    else:
        text = _("log-ask-partner")
    await _show(update, text, InlineKeyboardMarkup(rows))
    return PARTNER


async def _who_line(context: Context, me: Person, draft: Draft, _: Texts) -> str:
    db = context.bot_data.db
    if draft.get("youth_id"):
        name = await db.logs.youth_name(me.telegram_id, draft["youth_id"])
        return _("log-who-youth", name=html.escape(name or "?"))
    if draft.get("offline_id"):
        person = await db.offline.get(draft["offline_id"], me.telegram_id)
        return _("log-who-offline", name=html.escape(person.nickname if person else "?"))
    if draft.get("offline_new"):
        return _("log-who-offline", name=html.escape(draft["offline_new"]))
    if draft.get("anonymous"):
        return _("log-who-forgotten")
    return _("log-who-group", name=html.escape(draft.get("group") or ""))


async def _summary(update: Update, context: Context, me: Person, _: Texts) -> int:
    draft = _draft(context)
    lines = [
        _("log-summary-title"),
        await _who_line(context, me, draft, _),
        "🧭 " + _(f"kind-{draft['kind']}"),
        "📅 " + _day_text(_, date.fromisoformat(draft["day"])),
        f"⏱ {draft['minutes']} min",
    ]
    chosen = [t for t in THEMES if t in draft.get("themes", [])]
    if chosen:
        lines.append("🏷 " + ", ".join(_(f"theme-{t}") for t in chosen))
    else:
        lines.append(_("log-summary-themes-none"))
    if draft["kind"] == "relay":
        lines.append("🤝 " + html.escape(await _partner_name(context, draft)))
    if draft.get("note"):
        lines.append(_("log-summary-note", length=draft.get("note_length", 0)))
    else:
        lines.append(_("log-summary-no-note"))
    lines += ["", _("log-summary-check")]
    themes = [
        InlineKeyboardButton(
            ("✓ " if t in chosen else "") + _(f"theme-{t}"), callback_data=f"log:t:{t}"
        )
        for t in THEMES
    ]
    rows = _rows(themes, 3)
    rows.append(
        [
            InlineKeyboardButton(_("log-save"), callback_data="log:save"),
            InlineKeyboardButton(_("log-edit"), callback_data="log:edit"),
        ]
    )
    rows.append([InlineKeyboardButton(_("log-discard"), callback_data="log:discard")])
    await _show(update, "\n".join(lines), InlineKeyboardMarkup(rows))
    return SUMMARY


async def _partner_name(context: Context, draft: Draft) -> str:
    if draft.get("partner_id"):
        partner = await context.bot_data.db.partners.get(draft["partner_id"])
        return partner.name if partner else "?"
    return str(draft.get("partner_name") or "")


# ---------------------------------------------------------------- entry points


async def start_log(update: Update, context: Context) -> int:
    """/log, or /log followed by a sentence."""
    message = update.effective_message
    me = await _mentor(update, context)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    sentence = (message.text or "").partition(" ")[2].strip()
    kept = context.user_data.get(DRAFT) or {}
    if not sentence and kept.pop("set_aside", False):
        _ = texts(update, context, me)
        await message.reply_text(_("log-resumed"))
        return await _next(update, context, me)
    context.user_data[DRAFT] = {"themes": []}
    if sentence:
        return await _sentence(update, context, me, sentence)
    return await _next(update, context, me)


async def edit_logged(update: Update, context: Context) -> int:
    """hist:edit:<id> from /history: the saved log becomes the draft, at the summary."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    log_id = (query.data or "").rsplit(":", 1)[-1]
    db = context.bot_data.db
    entry = await db.logs.get(int(log_id), me.telegram_id) if is_id(log_id) else None
    if entry is None or not db.logs.editable(entry):
        await query.edit_message_text(_("log-gone"))
        return ConversationHandler.END
    context.user_data[DRAFT] = _from_entry(entry, context)
    return await _next(update, context, me)  # complete: the summary, timed like any step


def _from_entry(entry: LogEntry, context: Context) -> Draft:
    draft: Draft = {
        "edit_id": entry.id,
        "youth_id": entry.youth_id,
        "offline_id": entry.offline_id,
        "group": entry.group_label,
        "kind": entry.kind,
        "day": entry.day.isoformat(),
        "minutes": entry.minutes,
        "themes": list(entry.themes),
        "partner_id": entry.partner_id,
        "partner_name": None if entry.partner_id else entry.partner_name,
    }
    if entry.note is not None:
        draft["note"] = entry.note.decode("ascii")
        try:
            draft["note_length"] = len(context.bot_data.notes.open(entry.note))
        except NoteUnreadable:  # sealed with a lost key: kept as it is unless deleted
            draft["note_length"] = 0
    # The youth was forgotten: the time stays, the person is gone.
    draft["anonymous"] = not _has_who(draft)
    return draft


# ---------------------------------------------------------------- one sentence


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 3
        and len(" ".join(words)) <= NICKNAME_MAX
        and any(c.isalpha() for c in text)
    )


async def _sentence(
    update: Update, context: Context, me: Person, sentence: str, *, at_who: bool = False
) -> int:
    """Fill the draft from a sentence, then ask only for what is missing."""
    message = update.effective_message
    assert message is not None
    _ = texts(update, context, me)
    db = context.bot_data.db
    youths = await db.logs.my_youths(me.telegram_id)
    offline = await db.offline.of(me.telegram_id)
    partners = await db.partners.visible(me.team_id, me.programme_wide)
    try:
        parsed = parse_sentence(
            sentence,
            context.bot_data.clock().astimezone(context.bot_data.settings.zone),
            names=[name for _id, name in youths] + [p.nickname for p in offline],
            partners=[p.name for p in partners],
        )
    except SentenceProblem as problem:
        await message.reply_text(
            _(
                f"log-sentence-{problem.reason}",
                text=html.escape(problem.text),
                max=MAX_DURATION // 60,
            )
        )
        return await _next(update, context, me)
    draft = _draft(context)
    if not parsed.understood and at_who and _looks_like_a_name(sentence):
        parsed.person = " ".join(sentence.split())  # "Pour qui ?" -> "K.B.": a name alone
    elif not parsed.understood:
        await message.reply_text(_("log-not-understood"))
        return await _next(update, context, me)
    if parsed.person:
        wanted = folded(parsed.person)
        youth = [i for i, name in youths if folded(name) == wanted]
        known = [p.id for p in offline if folded(p.nickname) == wanted]
        if len(youth) == 1:
            _set_who(draft, youth_id=youth[0])
        elif len(known) == 1:
            _set_who(draft, offline_id=known[0])
        else:
            _set_who(draft, pending_name=parsed.person[:NICKNAME_MAX])
    elif parsed.group:
        _set_who(draft, group=parsed.group[:GROUP_MAX])
    for key in ("kind", "minutes"):
        if getattr(parsed, key):
            draft[key] = getattr(parsed, key)
    if parsed.day:
        draft["day"] = parsed.day.isoformat()
    if parsed.themes:
        draft["themes"] = sorted(set(draft.get("themes", [])) | set(parsed.themes))
    if parsed.partner:
        same = matching(partners, parsed.partner)  # "Caritas" finds "Caritas Jura"
        if len(same) == 1:
            draft["partner_id"], draft["partner_name"] = same[0].id, None
        else:
            draft["pending_partner"] = parsed.partner[:PARTNER_MAX]
    return await _next(update, context, me)


# ---------------------------------------------------------------- answers


async def who_typed(update: Update, context: Context) -> int:
    """Text at the first question is a sentence."""
    message = update.effective_message
    me = await _mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    return await _sentence(update, context, me, message.text or "", at_who=True)


async def who_pressed(update: Update, context: Context) -> int:
    """log:y:<youth>, log:o:<offline>, log:o:new, log:o:ask, log:g."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = _draft(context)
    db = context.bot_data.db
    parts = (query.data or "").split(":")
    arg = parts[2] if len(parts) > 2 else ""
    if parts[1] == "y" and is_id(arg):
        if int(arg) not in dict(await db.logs.my_youths(me.telegram_id)):
            return await _ask_who(update, context, me, _)  # not (or no longer) my youth
        _set_who(draft, youth_id=int(arg))
    elif parts[1] == "o" and is_id(arg):
        if await db.offline.get(int(arg), me.telegram_id) is None:
            return await _ask_who(update, context, me, _)
        _set_who(draft, offline_id=int(arg))
    elif parts[1] == "o" and arg == "new" and draft.get("pending_name"):
        _set_who(draft, offline_new=draft["pending_name"])
    elif parts[1] == "o" and arg == "ask":
        await _show(update, _("log-ask-offline", max=NICKNAME_MAX))
        return OFFLINE
    elif parts[1] == "g":
        await _show(update, _("log-ask-group", max=GROUP_MAX))
        return GROUP
    else:
        return await _ask_who(update, context, me, _)
    return await _next(update, context, me)


async def offline_typed(update: Update, context: Context) -> int:
    """A nickname or initials for someone followed outside the bot (created at Save)."""
    message = update.effective_message
    me = await _mentor(update, context)
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
    draft = _draft(context)
    if known:
        _set_who(draft, offline_id=known[0].id)
    else:
        _set_who(draft, offline_new=nickname)
    return await _next(update, context, me)


async def group_typed(update: Update, context: Context) -> int:
    """A group's name; a group follow-up is collective unless the mentor said otherwise."""
    message = update.effective_message
    me = await _mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    label = " ".join((message.text or "").split())
    if not 1 <= len(label) <= GROUP_MAX:
        await message.reply_text(_("log-group-bad", max=GROUP_MAX))
        return GROUP
    draft = _draft(context)
    _set_who(draft, group=label)
    draft["kind"] = draft.get("kind") or "collective"
    return await _next(update, context, me)


async def kind_pressed(update: Update, context: Context) -> int:
    """log:k:<kind>."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    kind = (query.data or "").rsplit(":", 1)[-1]
    if kind in KINDS:
        draft = _draft(context)
        draft["kind"] = kind
        if kind != "relay":
            draft["partner_id"] = draft["partner_name"] = draft["pending_partner"] = None
    return await _next(update, context, me)


async def day_pressed(update: Update, context: Context) -> int:
    """log:d:<days ago>, 0..2."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    ago = (query.data or "").rsplit(":", 1)[-1]
    if ago in ("0", "1", "2"):
        _draft(context)["day"] = (_today(context) - timedelta(days=int(ago))).isoformat()
    return await _next(update, context, me)


async def day_typed(update: Update, context: Context) -> int:
    """A typed day: "mardi", "12.11", "hier", "last Friday"; never a day to come."""
    message = update.effective_message
    me = await _mentor(update, context)
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
    _draft(context)["day"] = day.isoformat()
    return await _next(update, context, me)


async def minutes_pressed(update: Update, context: Context) -> int:
    """log:m:<minutes>."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    value = (query.data or "").rsplit(":", 1)[-1]
    if is_id(value) and 1 <= int(value) <= MAX_DURATION:
        _draft(context)["minutes"] = int(value)
    return await _next(update, context, me)


async def minutes_typed(update: Update, context: Context) -> int:
    """ "1h30", "2 heures", "20 min", "45"; refused outside 1 minute .. 12 hours."""
    message = update.effective_message
    me = await _mentor(update, context)
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
    _draft(context)["minutes"] = minutes
    return await _next(update, context, me)


async def partner_pressed(update: Update, context: Context) -> int:
    """log:p:<partner> (re-checked: visible to me), log:p:new (the name as typed)."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    draft = _draft(context)
    arg = (query.data or "").rsplit(":", 1)[-1]
    visible = await context.bot_data.db.partners.visible(me.team_id, me.programme_wide)
    if is_id(arg) and int(arg) in {p.id for p in visible}:
        draft["partner_id"], draft["partner_name"] = int(arg), None
    elif arg == "new" and draft.get("pending_partner"):
        draft["partner_id"], draft["partner_name"] = None, draft["pending_partner"]
    if draft.get("partner_id") or draft.get("partner_name"):
        draft["pending_partner"] = None
    return await _next(update, context, me)


async def partner_typed(update: Update, context: Context) -> int:
    """A typed partner name: one match is taken, several are offered, none is asked about."""
    message = update.effective_message
    me = await _mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    name = " ".join((message.text or "").split())[:PARTNER_MAX]
    if not name:
        return await _ask_partner(update, context, me, _)
    visible = await context.bot_data.db.partners.visible(me.team_id, me.programme_wide)
    found = matching(visible, name)
    draft = _draft(context)
    if len(found) == 1:
        draft["partner_id"], draft["partner_name"], draft["pending_partner"] = (
            found[0].id,
            None,
            None,
        )
        return await _next(update, context, me)
    draft["pending_partner"] = None if found else name
    return await _ask_partner(update, context, me, _, found[:PARTNER_BUTTONS])


async def theme_pressed(update: Update, context: Context) -> int:
    """log:t:<theme>: toggle it on the summary."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    theme = (query.data or "").rsplit(":", 1)[-1]
    draft = _draft(context)
    chosen = set(draft.get("themes", []))
    if theme in THEMES:
        chosen ^= {theme}
    draft["themes"] = sorted(chosen)
    return await _next(update, context, me)


async def note_typed(update: Update, context: Context) -> int:
    """Text at the summary is the note: encrypted at once, refused whole above the limit."""
    message = update.effective_message
    me = await _mentor(update, context)
    if message is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    note = (message.text or "").strip()
    if len(note) > NOTE_MAX:
        await message.reply_text(_("log-note-too-long", length=len(note), max=NOTE_MAX))
        return SUMMARY
    draft = _draft(context)
    if note:
        draft["note"] = context.bot_data.notes.seal(note).decode("ascii")
        draft["note_length"] = len(note)
        await message.reply_text(_("log-note-kept"))
    return await _next(update, context, me)


async def edit_pressed(update: Update, context: Context) -> int:
    """log:edit shows what can change; log:e:<field> forgets that answer and asks it again."""
    query = update.callback_query
    me = await _mentor(update, context)
    if query is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = _draft(context)
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
        await _show(update, _("log-edit-which"), InlineKeyboardMarkup(rows))
        return EDIT
    if field == "who":
        _set_who(draft)
    elif field in ("kind", "minutes"):
        draft[field] = None
    elif field == "when":
        draft["day"] = None
    elif field == "partner":
        draft["partner_id"] = draft["partner_name"] = draft["pending_partner"] = None
    elif field == "note":
        draft["note"] = draft["note_length"] = None
    return await _next(update, context, me)


async def save(update: Update, context: Context) -> int:
    """log:save: every answer re-checked against the database, then one write."""
    query = update.callback_query
    me = await require(update, context, Role.MENTOR)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = _draft(context)
    if not (_has_who(draft) and draft.get("kind") and draft.get("day") and draft.get("minutes")):
        await query.answer()
        return await _next(update, context, me)  # an answer went missing: ask it again
    if not draft.get("themes"):
        await query.answer(_("log-themes-needed"), show_alert=True)
        return SUMMARY
    fields = await _checked(context, me, draft)
    if fields is None:  # something changed meanwhile (a link ended, a partner was removed)
        await query.answer()
        _set_who(draft)
        return await _next(update, context, me)
    await query.answer()
    db = context.bot_data.db
    if draft.get("edit_id"):
        if not await db.logs.update(draft["edit_id"], me.telegram_id, fields):
            context.user_data.pop(DRAFT, None)
            await query.edit_message_text(_("log-gone"))
            return ConversationHandler.END
        done = _("log-updated")
    else:
        await db.logs.add(me.telegram_id, me.team_id, fields)
        done = _("log-saved", minutes=fields.minutes, when=_day_text(_, fields.day))
    context.user_data.pop(DRAFT, None)
    await query.edit_message_text(done)
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
        day=min(date.fromisoformat(draft["day"]), _today(context)),
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


async def use_buttons(update: Update, context: Context) -> int | None:
    """Text where a button is expected: say so, stay on the question."""
    message = update.effective_message
    if message is not None:
        _ = texts(update, context, await person_of(update, context))
        await message.reply_text(_("log-use-buttons"))
    return None


Handler = Callable[[Update, Context], Coroutine[Any, Any, int | None]]


def _unless_stale(handler: Handler) -> Handler:
    """Text long after the last answer is not taken for the log at once: the mentor may be
    writing to a youth. They resend it for the log, or set the log aside and resend it to
    the youth. Nothing is guessed, nothing sent to the wrong person, the draft is kept."""

    async def checked(update: Update, context: Context) -> int | None:
        draft = context.user_data.get(DRAFT) if context.user_data is not None else None
        touched = draft.get("touched") if draft else None
        now = context.bot_data.clock()
        message = update.effective_message
        if draft and touched and now - from_text(touched) > STALE_AFTER and message:
            draft["touched"] = to_text(now)  # the same text sent again goes to the log
            _ = texts(update, context, await person_of(update, context))
            aside = InlineKeyboardButton(_("log-set-aside"), callback_data="log:aside")
            await message.reply_text(_("log-stale"), reply_markup=InlineKeyboardMarkup([[aside]]))
            return None
        return await handler(update, context)

    return checked


async def set_aside(update: Update, context: Context) -> int:
    """log:aside: leave the conversation, keep the draft for the next /log."""
    query = update.callback_query
    if query is None:
        return ConversationHandler.END
    _ = texts(update, context, await person_of(update, context))
    await query.answer()
    draft = context.user_data.get(DRAFT) if context.user_data is not None else None
    if draft:
        draft["set_aside"] = True
    await query.edit_message_text(_("log-was-set-aside"))
    return ConversationHandler.END


def conversation() -> ConversationHandler[Context]:
    text = f.TEXT & ~f.COMMAND
    return ConversationHandler(
        entry_points=[
            CommandHandler("log", start_log),
            CallbackQueryHandler(edit_logged, pattern=r"^hist:edit:\d+$"),
        ],
        states={
            WHO: [
                CallbackQueryHandler(who_pressed, pattern=r"^log:[yog]"),
                MessageHandler(text, _unless_stale(who_typed)),
            ],
            OFFLINE: [MessageHandler(text, _unless_stale(offline_typed))],
            GROUP: [MessageHandler(text, _unless_stale(group_typed))],
            KIND: [
                CallbackQueryHandler(kind_pressed, pattern=r"^log:k:"),
                MessageHandler(text, _unless_stale(use_buttons)),
            ],
            WHEN: [
                CallbackQueryHandler(day_pressed, pattern=r"^log:d:"),
                MessageHandler(text, _unless_stale(day_typed)),
            ],
            MINUTES: [
                CallbackQueryHandler(minutes_pressed, pattern=r"^log:m:"),
                MessageHandler(text, _unless_stale(minutes_typed)),
            ],
            PARTNER: [
                CallbackQueryHandler(partner_pressed, pattern=r"^log:p:"),
                MessageHandler(text, _unless_stale(partner_typed)),
            ],
            SUMMARY: [
                CallbackQueryHandler(theme_pressed, pattern=r"^log:t:"),
                CallbackQueryHandler(save, pattern=r"^log:save$"),
                CallbackQueryHandler(edit_pressed, pattern=r"^log:edit$"),
                MessageHandler(text, _unless_stale(note_typed)),
            ],
            EDIT: [
                CallbackQueryHandler(edit_pressed, pattern=r"^log:e:"),
                MessageHandler(text, _unless_stale(use_buttons)),
            ],
        },
        fallbacks=[
            CommandHandler("cancel", discard),
            CallbackQueryHandler(discard, pattern=r"^log:discard$"),
            CallbackQueryHandler(set_aside, pattern=r"^log:aside$"),
        ],
        name="log",
        persistent=True,
        allow_reentry=True,
    )
