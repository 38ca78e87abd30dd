"""/partners: the directory of professional help, by domain or by name, for everyone; the
COPIL adds and edits entries by answering one question at a time, and chooses whether an
entry is shared with the other teams.

Text is captured only when just asked for (one name after "Search by name", one value while
the COPIL fills an entry): a youth or mentor who browsed and then writes to someone is
relayed as usual, never taken for a search. Every button is an entry point that keeps no
state: it carries a partner id, and each press re-checks that the presser may see (or
edit) it. Persistent, so a value being typed survives a restart."""

from __future__ import annotations

import html
import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.pages import PAGE_SIZE, nav_row, page_number
from handlers import relay, safety
from handlers.basics import end_conversation
from storage.models import DOMAINS, Partner, Person, Role
from storage.partners import FIELDS, matching, sees

SEARCH, TYPING = range(2)
DRAFT = "partner"
FOUND = "partner_search"  # the name last searched, for its pages of results
EVERYONE = (Role.YOUTH, Role.MENTOR, Role.PEER_HELPER, Role.COPIL)
OPTIONAL = ("what", "phone", "email", "address", "website")  # asked in this order on adding

# What each typed field may look like; a bad value is refused with its own message.
_LIMITS = {"name": 80, "what": 300, "phone": 30, "email": 100, "address": 200, "website": 200}
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{4,28}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_WEBSITE = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?", re.IGNORECASE)

Draft = dict[str, Any]


# ---------------------------------------------------------------- helpers


async def _show(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    query = update.callback_query
    if query is not None:
        try:
            await edit_message(query, text, reply_markup=markup)
        except BadRequest as exc:
            if "not modified" not in exc.message:
                raise
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup)


def _may_edit(me: Person, partner: Partner) -> bool:
    """A team's COPIL edits its entries; a programme-wide member edits all."""
    return me.role == Role.COPIL and (me.programme_wide or partner.team_id == me.team_id)


async def _visible(context: Context, me: Person) -> list[Partner]:
    return await context.bot_data.db.partners.visible(me.team_id, me.programme_wide)


async def _visible_one(context: Context, me: Person, text: str) -> Partner | None:
    partner = await context.bot_data.db.partners.get(int(text)) if is_id(text) else None
    return partner if partner and sees(partner, me.team_id, me.programme_wide) else None


def _card(_: Texts, me: Person, partner: Partner) -> str:
    lines = [f"<b>{html.escape(partner.name)}</b>", "<i>" + _(f"domain-{partner.domain}") + "</i>"]
    if partner.what:
        lines.append(html.escape(partner.what))
    for icon, value in (
        ("📞", partner.phone),
        ("✉️", partner.email),
        ("📍", partner.address),
        ("🌐", partner.website),
    ):
        if value:
            lines.append(f"{icon} {html.escape(value)}")
    if me.role == Role.COPIL:
        lines.append(_("partners-shared-yes" if partner.shared else "partners-shared-no"))
    return "\n".join(lines)


def _card_buttons(_: Texts, me: Person, partner: Partner) -> InlineKeyboardMarkup:
    rows = []
    if _may_edit(me, partner):
        rows.append(
            [
                InlineKeyboardButton(_("partners-edit"), callback_data=f"pt:edit:{partner.id}"),
                InlineKeyboardButton(
                    _("partners-unshare" if partner.shared else "partners-share"),
                    callback_data=f"pt:share:{partner.id}",
                ),
            ]
        )
    rows.append([InlineKeyboardButton(_("button-back"), callback_data="pt:home")])
    return InlineKeyboardMarkup(rows)


def _list_buttons(
    _: Texts, shown: list[Partner], prefix: str, number: int, total: int
) -> InlineKeyboardMarkup:
    """A page of entries, ◀ n/N ▶ (`prefix` + page number) when there are more, and back."""
    rows = [[InlineKeyboardButton(p.name, callback_data=f"pt:show:{p.id}")] for p in shown]
    rows.append(nav_row(prefix, number, total, _))
    rows.append([InlineKeyboardButton(_("button-back"), callback_data="pt:home")])
    return InlineKeyboardMarkup([r for r in rows if r])


async def _home(update: Update, context: Context, me: Person, _: Texts) -> int:
    buttons = [InlineKeyboardButton(_(f"domain-{d}"), callback_data=f"pt:dom:{d}") for d in DOMAINS]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([InlineKeyboardButton(_("partners-search"), callback_data="pt:search")])
    if me.role == Role.COPIL:
        rows.append([InlineKeyboardButton(_("partners-add"), callback_data="pt:add")])
    rows.append([InlineKeyboardButton(_("button-close"), callback_data="pt:close")])
    await _show(update, _("partners-home"), InlineKeyboardMarkup(rows))
    return ConversationHandler.END


def _checked_value(field: str, text: str) -> str | None:
    """The value to store, or None when it does not look like this field."""
    value = " ".join(text.split())
    if len(value) > _LIMITS[field] or (field == "name" and len(value) < 2):
        return None
    if field == "phone" and not _PHONE.fullmatch(value):
        return None
    if field == "email" and not _EMAIL.fullmatch(value):
        return None
    if field == "website":
        if not _WEBSITE.fullmatch(value):
            return None
        if not value.lower().startswith(("http://", "https://")):
            value = "https://" + value
    return value


async def _ask_field(update: Update, context: Context, _: Texts, field: str) -> int:
    assert context.user_data is not None
    draft: Draft = context.user_data.setdefault(DRAFT, {})
    draft["field"] = field
    rows = []
    if draft.get("id") is None and field != "name":
        rows.append([InlineKeyboardButton(_("partners-skip"), callback_data="pt:skip")])
    if draft.get("id") is not None and field != "name":
        rows.append([InlineKeyboardButton(_("partners-clear"), callback_data="pt:skip")])
    await _show(
        update,
        _(f"partners-ask-{field}", max=_LIMITS[field]),
        InlineKeyboardMarkup(rows) if rows else None,
    )
    return TYPING


# ---------------------------------------------------------------- handlers


async def partners(update: Update, context: Context) -> int:
    """The directory's first screen (domains, search, and for the COPIL: add); or, with a
    name after the command ("/partners caritas"), that search at once."""
    message = update.effective_message
    me = await require(update, context, *EVERYONE)
    if me is None or message is None:
        return ConversationHandler.END
    if context.user_data is not None:
        context.user_data.pop(DRAFT, None)
    wanted = (message.text or "").partition(" ")[2]
    if wanted.strip():
        return await _search(update, context, me, wanted)
    return await _home(update, context, me, texts(update, context, me))


async def browse_button(update: Update, context: Context) -> int:
    """pt:home, pt:close, pt:search, pt:dom:<domain>[:<page>], pt:found:<page>,
    pt:show:<id>."""
    press = await pressed(update, context, *EVERYONE)
    if press is None:
        return ConversationHandler.END
    query, me, _ = press
    parts = (query.data or "").split(":")
    arg = parts[2] if len(parts) > 2 else ""
    if parts[1] == "close":
        await answer_press(query)
        await edit_message(query, _("partners-closed"))
        return ConversationHandler.END
    if parts[1] == "search":
        await answer_press(query)
        await _show(update, _("partners-ask-search"))
        return SEARCH
    if parts[1] == "dom" and arg in DOMAINS:
        raw = parts[3] if len(parts) > 3 else "0"
        asked = int(raw) if is_id(raw) else 0
        total, shown = await context.bot_data.db.partners.in_domain(
            me.team_id, me.programme_wide, arg, asked * PAGE_SIZE, PAGE_SIZE
        )
        number = page_number(raw, total)
        if number is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return ConversationHandler.END
        await answer_press(query)
        text = _("partners-in-domain", domain=_(f"domain-{arg}"), count=total)
        await _show(update, text, _list_buttons(_, shown, f"pt:dom:{arg}:", number, total))
        return ConversationHandler.END
    if parts[1] == "found":
        wanted = (context.user_data or {}).get(FOUND, "")
        found = matching(await _visible(context, me), wanted)
        page = page_number(arg, len(found)) if found else None
        if page is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return ConversationHandler.END
        await answer_press(query)
        shown = found[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        text = _("partners-found", count=len(found))
        await _show(update, text, _list_buttons(_, shown, "pt:found:", page, len(found)))
        return ConversationHandler.END
    if parts[1] == "show":
        partner = await _visible_one(context, me, arg)
        if partner is None:
            await answer_press(query, _("button-unknown"), show_alert=True)
            return ConversationHandler.END
        await answer_press(query)
        await _show(update, _card(_, me, partner), _card_buttons(_, me, partner))
        return ConversationHandler.END
    await answer_press(query)
    return await _home(update, context, me, _)


async def name_typed(update: Update, context: Context) -> int:
    """The name (or part of one) asked for after "Search by name": one search, then done."""
    message = update.effective_message
    me = await require(update, context, *EVERYONE)
    if message is None or me is None:
        return ConversationHandler.END
    if safety.hit_of(context) is not None:
        # Crisis words are no search: the numbers were the answer, and the words go on to
        # the youth's mentor as any message would.
        await relay.relay(update, context)
        return ConversationHandler.END
    return await _search(update, context, me, message.text or "")


async def _search(update: Update, context: Context, me: Person, wanted: str) -> int:
    message = update.effective_message
    assert message is not None
    _ = texts(update, context, me)
    query = " ".join(wanted.split())[:80]
    found = matching(await _visible(context, me), query)
    if len(found) == 1:
        await message.reply_text(
            _card(_, me, found[0]), reply_markup=_card_buttons(_, me, found[0])
        )
    elif found:
        if context.user_data is not None:
            context.user_data[FOUND] = query
        await message.reply_text(
            _("partners-found", count=len(found)),
            reply_markup=_list_buttons(_, found[:PAGE_SIZE], "pt:found:", 0, len(found)),
        )
    else:
        await message.reply_text(_("partners-none", name=html.escape(query)))
    return ConversationHandler.END


async def copil_button(update: Update, context: Context) -> int | None:
    """pt:add, pt:adom:<domain>, pt:edit:<id>, pt:field:<field>, pt:edom:<domain>,
    pt:share:<id>, pt:skip — the COPIL's changes, each re-checked."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return None  # refused (said so); whatever was under way stays as it was
    query, me, _ = press
    parts = (query.data or "").split(":")
    action, arg = parts[1], (parts[2] if len(parts) > 2 else "")
    db = context.bot_data.db
    draft: Draft = context.user_data.setdefault(DRAFT, {})
    if action == "add":
        await answer_press(query)
        context.user_data[DRAFT] = {"id": None, "values": {}}
        buttons = [
            InlineKeyboardButton(_(f"domain-{d}"), callback_data=f"pt:adom:{d}") for d in DOMAINS
        ]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        await _show(update, _("partners-add-domain"), InlineKeyboardMarkup(rows))
        return ConversationHandler.END
    if action == "adom" and arg in DOMAINS and draft.get("values") is not None:
        await answer_press(query)
        draft["domain"] = arg
        return await _ask_field(update, context, _, "name")
    if action in ("edit", "share"):
        partner = await db.partners.get(int(arg)) if is_id(arg) else None
        if partner is None or not _may_edit(me, partner):
            await answer_press(query, _("not-allowed"), show_alert=True)
            return None
        await answer_press(query)
        if action == "share":
            await db.partners.set_shared(partner.id, not partner.shared)
            changed = await db.partners.get(partner.id)
            assert changed is not None
            await _show(update, _card(_, me, changed), _card_buttons(_, me, changed))
            return ConversationHandler.END
        context.user_data[DRAFT] = {"id": partner.id}
        rows = [
            [InlineKeyboardButton(_(f"partners-field-{k}"), callback_data=f"pt:field:{k}")]
            for k in (*FIELDS, "domain")
        ]
        rows.append([InlineKeyboardButton(_("button-back"), callback_data=f"pt:show:{partner.id}")])
        await _show(update, _("partners-edit-which"), InlineKeyboardMarkup(rows))
        return ConversationHandler.END
    partner = await db.partners.get(draft["id"]) if draft.get("id") else None
    if partner is not None and not _may_edit(me, partner):
        partner = None
    if action == "field" and partner is not None and arg in FIELDS:
        await answer_press(query)
        return await _ask_field(update, context, _, arg)
    if action == "field" and partner is not None and arg == "domain":
        await answer_press(query)
        buttons = [
            InlineKeyboardButton(_(f"domain-{d}"), callback_data=f"pt:edom:{d}") for d in DOMAINS
        ]
        await _show(
            update,
            _("partners-add-domain"),
            InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)]),
        )
        return ConversationHandler.END
    if action == "edom" and partner is not None and arg in DOMAINS:
        await answer_press(query)
        await db.partners.set_field(partner.id, "domain", arg)
        return await _saved(update, context, me, _, partner.id)
    if action == "skip" and draft.get("field") in OPTIONAL:
        await answer_press(query)
        return await _store(update, context, me, _, "")
    await answer_press(query, _("button-unknown"), show_alert=True)
    return None


async def value_typed(update: Update, context: Context) -> int:
    """The value of the field being asked: checked, then stored or kept in the draft."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft: Draft = context.user_data.get(DRAFT) or {}
    field = draft.get("field")
    if field not in FIELDS:
        return await _home(update, context, me, _)
    value = _checked_value(field, message.text or "")
    if value is None:
        await message.reply_text(_(f"partners-bad-{field}", max=_LIMITS[field]))
        return TYPING
    return await _store(update, context, me, _, value)


async def _store(update: Update, context: Context, me: Person, _: Texts, value: str) -> int:
    """Editing: write the field now. Adding: keep it and ask the next, then save."""
    assert context.user_data is not None
    draft: Draft = context.user_data[DRAFT]
    field = draft["field"]
    db = context.bot_data.db
    if draft.get("id") is not None:
        partner = await db.partners.get(draft["id"])
        if partner is None or not _may_edit(me, partner):
            await _show(update, _("not-allowed"))
            return ConversationHandler.END
        await db.partners.set_field(partner.id, field, value)
        return await _saved(update, context, me, _, partner.id)
    draft["values"][field] = value
    later = [k for k in OPTIONAL if k not in draft["values"]]
    if later:
        return await _ask_field(update, context, _, later[0])
    added = await db.partners.add(
        me.team_id, draft["domain"], draft["values"], shared=False, by=me.telegram_id
    )
    return await _saved(update, context, me, _, added.id)


async def _saved(update: Update, context: Context, me: Person, _: Texts, partner_id: int) -> int:
    assert context.user_data is not None
    context.user_data.pop(DRAFT, None)
    partner = await context.bot_data.db.partners.get(partner_id)
    assert partner is not None
    text = _("partners-saved") + "\n\n" + _card(_, me, partner)
    await _show(update, text, _card_buttons(_, me, partner))
    return ConversationHandler.END


async def cancel(update: Update, context: Context) -> int:
    """Leave; an entry being added is dropped, nothing half-written."""
    return await end_conversation(update, context, DRAFT)


def conversation() -> ConversationHandler[Context]:
    text = f.TEXT & ~f.COMMAND
    browse = r"^pt:(home|close|search|dom|found|show)"
    copil = r"^pt:(add|adom|edit|share|field|edom|skip)"
    return ConversationHandler(
        entry_points=[
            CommandHandler("partners", partners),
            CallbackQueryHandler(browse_button, pattern=browse),
            CallbackQueryHandler(copil_button, pattern=copil),
        ],
        states={
            SEARCH: [MessageHandler(text, name_typed)],
            TYPING: [MessageHandler(text, value_typed)],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="partners",
        persistent=True,
        allow_reentry=True,
    )
