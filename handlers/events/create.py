"""/event (COPIL), one question at a time: a training, an intervision meeting or an
information session; then the invitation with Yes / Maybe / No and a calendar file, and
its reminders. Diagram: create.mmd."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot import sending
from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.dates import DurationOutOfRange, parse_duration
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from handlers.broadcast import team_scope_buttons, team_scope_of
from handlers.events.common import DRAFT_KEY, describe, parse_when, stop, upload_calendar
from handlers.events.reminders import plan_reminders
from storage.broadcasts import Audience
from storage.events import KINDS, Event
from storage.models import Person, Role

logger = logging.getLogger(__name__)

KIND, TITLE, WHEN, WHEN_OK, DURATION, PLACE, CAPACITY, AUDIENCE, SCOPE, PREVIEW = range(10)
TITLE_MAX = 80
PLACE_MAX = 200
CAPACITY_MAX = 500


async def event(update: Update, context: Context) -> int:
    """Which kind of event."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    context.user_data[DRAFT_KEY] = {}
    rows = [
        [InlineKeyboardButton(_(f"event-kind-{k}"), callback_data=f"evn:kind:{k}")] for k in KINDS
    ]
    rows.append([InlineKeyboardButton(_("broadcast-stop"), callback_data="evn:stop")])
    await message.reply_text(_("event-ask-kind"), reply_markup=InlineKeyboardMarkup(rows))
    return KIND


async def kind_chosen(update: Update, context: Context) -> int:
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, _me, _ = press
    kind = (query.data or "").removeprefix("evn:kind:")
    if kind not in KINDS:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return KIND
    context.user_data.setdefault(DRAFT_KEY, {})["kind"] = kind
    await answer_press(query)
    await edit_message(query, _("event-ask-title", max=TITLE_MAX))
    return TITLE


async def title_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    title = " ".join((message.text or "").split())
    if not 2 <= len(title) <= TITLE_MAX:
        await message.reply_text(_("event-title-bad", max=TITLE_MAX))
        return TITLE
    context.user_data.setdefault(DRAFT_KEY, {})["title"] = title
    await message.reply_text(_("event-ask-when"))
    return WHEN


async def when_typed(update: Update, context: Context) -> int:
    """A date and time typed naturally, shown back formatted to confirm."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    at = await parse_when(message.text or "", context, _)
    if isinstance(at, str):
        await message.reply_text(at)
        return WHEN
    context.user_data.setdefault(DRAFT_KEY, {})["when"] = at.isoformat()
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("event-when-yes"), callback_data="evn:when:ok")],
            [InlineKeyboardButton(_("event-when-no"), callback_data="evn:when:again")],
        ]
    )
    now = context.bot_data.clock()
    await message.reply_text(
        _("event-when-confirm", when=_.when(at, now=now)), reply_markup=buttons
    )
    return WHEN_OK


async def when_confirmed(update: Update, context: Context) -> int:
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return ConversationHandler.END
    query, _me, _ = press
    await answer_press(query)
    if query.data == "evn:when:ok":
        await edit_message(query, _("event-ask-duration"))
        return DURATION
    await edit_message(query, _("event-ask-when"))
    return WHEN


async def duration_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    try:
        minutes = parse_duration(message.text or "")
    except DurationOutOfRange:
        minutes = None
    if minutes is None:
        await message.reply_text(_("event-duration-bad"))
        return DURATION
    context.user_data.setdefault(DRAFT_KEY, {})["minutes"] = minutes
    await message.reply_text(_("event-ask-place", max=PLACE_MAX))
    return PLACE


async def place_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    place = " ".join((message.text or "").split())
    if not 2 <= len(place) <= PLACE_MAX:
        await message.reply_text(_("event-place-bad", max=PLACE_MAX))
        return PLACE
    context.user_data.setdefault(DRAFT_KEY, {})["place"] = place
    await message.reply_text(_("event-ask-capacity", max=CAPACITY_MAX))
    return CAPACITY


async def capacity_typed(update: Update, context: Context) -> int:
    """A number of places, or 0 / "non" / "no" for no limit."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    raw = (message.text or "").strip().lower()
    if raw in ("0", "non", "no", "-", "aucune", "none"):
        capacity = None
    elif is_id(raw) and 1 <= int(raw) <= CAPACITY_MAX:
        capacity = int(raw)
    else:
        await message.reply_text(_("event-capacity-bad", max=CAPACITY_MAX))
        return CAPACITY
    draft = context.user_data.setdefault(DRAFT_KEY, {})
    draft["capacity"] = capacity
    rows = [
        [InlineKeyboardButton(_(f"broadcast-audience-{a}"), callback_data=f"evn:aud:{a}")]
        for a in _audiences(draft.get("kind"))
    ]
    await message.reply_text(_("event-ask-audience"), reply_markup=InlineKeyboardMarkup(rows))
    return AUDIENCE


def _audiences(kind: object) -> list[Audience]:
    """Intervision is the mentors' case discussion: never offered to youths (peer helpers,
    who also accompany youths, may take part)."""
    if kind == "intervision":
        return [Audience.MENTORS, Audience.PEER_HELPERS]
    return list(Audience)


async def audience_chosen(update: Update, context: Context) -> int:
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    value = (query.data or "").removeprefix("evn:aud:")
    draft = context.user_data.setdefault(DRAFT_KEY, {})
    if value not in _audiences(draft.get("kind")):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return AUDIENCE
    draft["audience"] = value
    await answer_press(query)
    if not me.programme_wide:
        draft["team"] = me.team_id
        return await _preview(update, context, me, _)
    await edit_message(
        query, _("broadcast-ask-team"), reply_markup=await team_scope_buttons(context, "evn", _)
    )
    return SCOPE


async def team_chosen(update: Update, context: Context) -> int:
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    allowed, team = await team_scope_of(context, me, (query.data or "").removeprefix("evn:team:"))
    if not allowed:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return SCOPE
    context.user_data.setdefault(DRAFT_KEY, {})["team"] = team
    await answer_press(query)
    return await _preview(update, context, me, _)


def _draft_event(draft: dict[str, Any], me: Person) -> Event:
    return Event(
        id=0,
        kind=draft["kind"],
        title=draft["title"],
        team_id=draft["team"],
        audience=draft["audience"],
        starts_at=datetime.fromisoformat(draft["when"]),
        minutes=draft["minutes"],
        place=draft["place"],
        capacity=draft["capacity"],
        status="open",
        author_id=me.telegram_id,
    )


async def _preview(update: Update, context: Context, me: Person, _: Texts) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    draft = context.user_data.get(DRAFT_KEY) or {}
    count = await context.bot_data.db.broadcasts.audience_size(
        draft["team"], draft["audience"], me.telegram_id
    )
    rows = [
        [InlineKeyboardButton(_("event-send", count=count), callback_data="evn:send")],
        [InlineKeyboardButton(_("broadcast-stop"), callback_data="evn:stop")],
    ]
    await edit_message(
        query,
        _("event-preview", count=count)
        + "\n\n"
        + describe(_draft_event(draft, me), me, _)
        + "\n\n"
        + _("event-invite-question", tu="no"),
        reply_markup=InlineKeyboardMarkup(rows),
    )
    return PREVIEW


async def send_invitations(update: Update, context: Context) -> int:
    """evn:send — store the event, plan its reminders, send the invitation with its .ics."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    draft = context.user_data.get(DRAFT_KEY) or {}
    team = draft.get("team")
    if (
        "capacity" not in draft
        or draft.get("audience") not in _audiences(draft.get("kind"))
        or not (
            (team is None and me.programme_wide) or (isinstance(team, int) and me.sees_team(team))
        )
    ):
        await answer_press(query, _("broadcast-lost"), show_alert=True)
        return ConversationHandler.END
    db = context.bot_data.db
    if await db.broadcasts.audience_size(team, draft["audience"], me.telegram_id) == 0:
        await answer_press(query)
        await edit_message(query, _("broadcast-nobody"))
        return ConversationHandler.END
    await answer_press(query)
    async with db.atomic():  # created means its invitations will go
        created = await db.events.create(
            kind=draft["kind"],
            title=draft["title"],
            team_id=team,
            audience=draft["audience"],
            starts_at=datetime.fromisoformat(draft["when"]),
            minutes=draft["minutes"],
            place=draft["place"],
            capacity=draft["capacity"],
            author_id=me.telegram_id,
        )
        invitation = await db.broadcasts.create(
            author_id=me.telegram_id,
            team_id=team,
            audience=created.audience,
            purpose="invitation",
            event_id=created.id,
            text="invitation",
        )
    context.user_data.pop(DRAFT_KEY, None)
    await plan_reminders(context.application, created)
    try:  # the calendar file goes with the invitations when Telegram takes it
        file_id = await upload_calendar(context.bot, me, created, _)
        await db.broadcasts.set_document(invitation.id, file_id)
    except TelegramError as error:
        logger.warning("event %s: calendar file not uploaded: %s", created.id, error)
    sending.kick(context.application)
    await edit_message(query, _("event-created", id=created.id))
    return ConversationHandler.END


def conversation() -> ConversationHandler[Context]:
    text = f.TEXT & ~f.COMMAND
    return ConversationHandler(
        entry_points=[CommandHandler("event", event)],
        states={
            KIND: [CallbackQueryHandler(kind_chosen, pattern=r"^evn:kind:")],
            TITLE: [MessageHandler(text, title_typed)],
            WHEN: [MessageHandler(text, when_typed)],
            WHEN_OK: [CallbackQueryHandler(when_confirmed, pattern=r"^evn:when:")],
            DURATION: [MessageHandler(text, duration_typed)],
            PLACE: [MessageHandler(text, place_typed)],
            CAPACITY: [MessageHandler(text, capacity_typed)],
            AUDIENCE: [CallbackQueryHandler(audience_chosen, pattern=r"^evn:aud:")],
            SCOPE: [CallbackQueryHandler(team_chosen, pattern=r"^evn:team:")],
            PREVIEW: [CallbackQueryHandler(send_invitations, pattern=r"^evn:send$")],
        },
        fallbacks=[
            CommandHandler("cancel", stop),
            CallbackQueryHandler(stop, pattern=r"^evn:stop$"),
        ],
        name="event",
        persistent=True,
        allow_reentry=True,
    )
