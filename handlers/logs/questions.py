"""The next question: only the first thing still missing from the draft is asked; when
nothing is, the summary (themes to toggle, a note to type, Save)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context, texts
from bot.i18n import Texts
from handlers.logs.draft import (
    KIND,
    MINUTES,
    PARTNER,
    PARTNER_BUTTONS,
    QUICK_MINUTES,
    SUMMARY,
    WHEN,
    WHO,
    Draft,
    button_rows,
    current_draft,
    day_text,
    has_who,
    show,
)
from storage.clock import to_text
from storage.models import KINDS, THEMES, OfflinePerson, Person


@dataclass(frozen=True)
class Whom:
    """Whom the mentor may log for, when the caller read it already (a sentence is matched
    against it): not read again to ask."""

    youths: list[tuple[int, str]]
    offline: list[OfflinePerson]


async def ask_next(update: Update, context: Context, me: Person, whom: Whom | None = None) -> int:
    """Ask the first thing still missing, or show the summary."""
    draft = current_draft(context)
    draft["touched"] = to_text(context.bot_data.clock())
    _ = texts(update, context, me)
    if not has_who(draft):
        return await ask_who(update, context, me, _, whom)
    if not draft.get("kind"):
        buttons = [InlineKeyboardButton(_(f"kind-{k}"), callback_data=f"log:k:{k}") for k in KINDS]
        await show(update, _("log-ask-kind"), InlineKeyboardMarkup(button_rows(buttons, 2)))
        return KIND
    if not draft.get("day"):
        days = [("log-today", 0), ("log-yesterday", 1), ("log-before-yesterday", 2)]
        buttons = [InlineKeyboardButton(_(key), callback_data=f"log:d:{n}") for key, n in days]
        await show(update, _("log-ask-when"), InlineKeyboardMarkup([buttons]))
        return WHEN
    if not draft.get("minutes"):
        buttons = [
            InlineKeyboardButton(f"{m} min", callback_data=f"log:m:{m}") for m in QUICK_MINUTES
        ]
        await show(update, _("log-ask-minutes"), InlineKeyboardMarkup([buttons]))
        return MINUTES
    if draft["kind"] == "relay" and not (draft.get("partner_id") or draft.get("partner_name")):
        return await ask_partner(update, context, me, _)
    return await show_summary(update, context, me, _)


async def ask_who(
    update: Update, context: Context, me: Person, _: Texts, whom: Whom | None = None
) -> int:
    draft = current_draft(context)
    db = context.bot_data.db
    if whom is None:
        whom = Whom(await db.logs.my_youths(me.telegram_id), await db.offline.of(me.telegram_id))
    buttons = [
        InlineKeyboardButton(f"👤 {name}", callback_data=f"log:y:{youth_id}")
        for youth_id, name in whom.youths
    ]
    buttons += [
        InlineKeyboardButton(f"🔒 {p.nickname}", callback_data=f"log:o:{p.id}")
        for p in whom.offline
    ]
    rows = button_rows(buttons, 2)
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
    await show(update, text, InlineKeyboardMarkup(rows))
    return WHO


async def ask_partner(
    update: Update, context: Context, me: Person, _: Texts, found: list[Any] | None = None
) -> int:
    draft = current_draft(context)
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
    await show(update, text, InlineKeyboardMarkup(rows))
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


async def show_summary(update: Update, context: Context, me: Person, _: Texts) -> int:
    draft = current_draft(context)
    lines = [
        _("log-summary-title"),
        await _who_line(context, me, draft, _),
        "🧭 " + _(f"kind-{draft['kind']}"),
        "📅 " + day_text(_, date.fromisoformat(draft["day"])),
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
    rows = button_rows(themes, 3)
    rows.append(
        [
            InlineKeyboardButton(_("log-save"), callback_data="log:save"),
            InlineKeyboardButton(_("log-edit"), callback_data="log:edit"),
        ]
    )
    rows.append([InlineKeyboardButton(_("log-discard"), callback_data="log:discard")])
    await show(update, "\n".join(lines), InlineKeyboardMarkup(rows))
    return SUMMARY


async def _partner_name(context: Context, draft: Draft) -> str:
    if draft.get("partner_id"):
        partner = await context.bot_data.db.partners.get(draft["partner_id"])
        return partner.name if partner else "?"
    return str(draft.get("partner_name") or "")
