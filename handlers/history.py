"""/history (mentors): my recent logs by person; open one (its note, for me only), edit or
delete it within 30 days. Buttons carry a log id; every press re-reads the log as mine, so
another mentor's id does nothing. Editing enters the /log conversation (handlers.logs)."""

from __future__ import annotations

import html
from datetime import datetime, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.notes import NoteUnreadable
from storage.models import LogEntry, Person, Role

SHOWN = 30
BUTTONS = 10
NOTE_SHOWN = 3500


def _short_day(_: Texts, entry: LogEntry) -> str:
    return _.when(datetime.combine(entry.day, time(12), tzinfo=_.zone), "short-day")


def _who(_: Texts, entry: LogEntry) -> str:
    if entry.group_label and not (entry.youth_id or entry.offline_id):
        return _("log-who-group", name=html.escape(entry.group_label))
    return html.escape(entry.who) if entry.who else _("log-who-forgotten")


def _line(_: Texts, entry: LogEntry) -> str:
    parts = [_short_day(_, entry), f"{entry.minutes} min", _(f"kind-{entry.kind}")]
    parts += [_(f"theme-{t}") for t in entry.themes]
    if entry.partner_name:
        parts.append("🤝 " + html.escape(entry.partner_name))
    return "• " + " · ".join(parts)


async def _list(context: Context, me: Person, _: Texts) -> tuple[str, InlineKeyboardMarkup | None]:
    db = context.bot_data.db
    entries = await db.logs.recent(me.telegram_id, SHOWN)
    if not entries:
        return _("history-none"), None
    by_person: dict[str, list[LogEntry]] = {}
    for entry in entries:  # most recent first, so people come in order of last follow-up
        by_person.setdefault(_who(_, entry), []).append(entry)
    lines = [_("history-title")]
    for who, of_person in by_person.items():
        lines.append(f"\n<b>{who}</b>")
        lines += [_line(_, e) for e in of_person]
    editable = [e for e in entries if db.logs.editable(e)][:BUTTONS]
    rows = [
        [
            InlineKeyboardButton(
                f"{_short_day(_, e)} · {e.who or '—'} · {e.minutes} min",
                callback_data=f"hist:open:{e.id}",
            )
        ]
        for e in editable
    ]
    if editable:
        lines.append("\n" + _("history-tap"))
    return "\n".join(lines), InlineKeyboardMarkup(rows) if rows else None


async def history(update: Update, context: Context) -> None:
    """My recent logs, by person."""
    message = update.effective_message
    me = await require(update, context, Role.MENTOR)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    text, markup = await _list(context, me, _)
    await message.reply_text(text, reply_markup=markup)


async def history_button(update: Update, context: Context) -> None:
    """hist:list, hist:open:<id>, hist:del:<id>, hist:delok:<id> — always on my own logs."""
    press = await pressed(update, context, Role.MENTOR)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    if parts[1:] == ["list"]:
        await answer_press(query)
        text, markup = await _list(context, me, _)
        await edit_message(query, text, reply_markup=markup)
        return
    entry = None
    if len(parts) == 3 and parts[1] in ("open", "del", "delok") and is_id(parts[2]):
        entry = await db.logs.get(int(parts[2]), me.telegram_id)
    if entry is None or not db.logs.editable(entry):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    await answer_press(query)
    back = InlineKeyboardButton(_("button-back"), callback_data="hist:list")
    if parts[1] == "open":
        await edit_message(
            query,
            await _detail(context, me, _, entry),
            reply_markup=InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(_("log-edit"), callback_data=f"hist:edit:{entry.id}"),
                        InlineKeyboardButton(
                            _("history-delete"), callback_data=f"hist:del:{entry.id}"
                        ),
                    ],
                    [back],
                ]
            ),
        )
    elif parts[1] == "del":
        yes = InlineKeyboardButton(_("history-delete-yes"), callback_data=f"hist:delok:{entry.id}")
        await edit_message(
            query,
            _("history-delete-confirm") + "\n" + _line(_, entry),
            reply_markup=InlineKeyboardMarkup([[yes], [back]]),
        )
    elif await db.logs.delete(entry.id, me.telegram_id):
        await db.audit.record(me.telegram_id, "log:delete", entry.youth_id)
        text, markup = await _list(context, me, _)
        await edit_message(query, _("history-deleted") + "\n\n" + text, reply_markup=markup)


async def _detail(context: Context, me: Person, _: Texts, entry: LogEntry) -> str:
    """The log with its note, decrypted for its author only (this reading is audited)."""
    lines = [f"<b>{_who(_, entry)}</b>", _line(_, entry)]
    if entry.note is not None:
        try:
            note = context.bot_data.notes.open(entry.note)
            while len(html.escape(note)) > NOTE_SHOWN:  # "&" grows fivefold once escaped
                note = note[: len(note) * 3 // 4] + "…"
            lines.append("📝 " + html.escape(note))
        except NoteUnreadable:
            lines.append(_("history-note-unreadable"))
        await context.bot_data.db.audit.record(me.telegram_id, "log:read-note", entry.youth_id)
    return "\n".join(lines)
