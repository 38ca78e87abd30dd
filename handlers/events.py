"""/event (COPIL): a training, an intervision meeting or an information session; the
invitation with Yes / Maybe / No and a calendar file; /events: answers, attendance,
moving and cancelling. Reminders the day before and two hours before.

Invitations, reminders and changes go through the outbox like news, worded per recipient
(their language; a youth never reads "intervision"). For these the broadcast's text column
holds which message it is ('invitation', 'day', '2h', 'moved', 'cancelled')."""

from __future__ import annotations

import html
import logging
from datetime import datetime, timedelta
from typing import Any

from icalendar import Calendar
from icalendar import Event as CalendarEvent
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.ext import filters as f

from bot import sending
from bot.context import BotData, Context, texts
from bot.dates import (
    FUTURE_DAYS_MAX,
    DateInPast,
    DateTooFar,
    DurationOutOfRange,
    MissingTime,
    parse_duration,
    parse_future_datetime,
)
from bot.guards import person_of, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.jobs import cancel as cancel_job
from bot.jobs import run_at
from handlers.basics import end_conversation
from handlers.broadcast import team_scope_buttons, team_scope_of
from storage.broadcasts import Audience, Broadcast
from storage.events import ANSWERS, KINDS, Event
from storage.models import Person, Role

logger = logging.getLogger(__name__)

KIND, TITLE, WHEN, WHEN_OK, DURATION, PLACE, CAPACITY, AUDIENCE, SCOPE, PREVIEW = range(10)
MOVING = 20
DRAFT_KEY = "event_draft"
MOVE_KEY = "event_moving"
TITLE_MAX = 80
PLACE_MAX = 200
CAPACITY_MAX = 500


# ---------------------------------------------------------------- wording, per recipient


def _kind_label(kind: str, person: Person | None, _: Texts) -> str:
    """A youth never reads "intervision": for them it is a meeting with the team."""
    if person is not None and person.role == Role.YOUTH and kind == "intervision":
        return _("event-kind-meeting")
    return _(f"event-kind-{kind}")


def _familiar(person: Person | None) -> str:
    return "yes" if person is not None and person.role in (Role.YOUTH, Role.PEER_HELPER) else "no"


def describe(event: Event, person: Person | None, _: Texts) -> str:
    """The event as a recipient reads it."""
    lines = [
        f"📅 <b>{html.escape(event.title)}</b> — {_kind_label(event.kind, person, _)}",
        _("event-line-when", when=_.when(event.starts_at), minutes=event.minutes),
        _("event-line-place", place=html.escape(event.place)),
    ]
    if event.capacity:
        lines.append(_("event-line-capacity", capacity=event.capacity))
    return "\n".join(lines)


def answer_buttons(event_id: int, _: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(_("event-yes"), callback_data=f"ev:yes:{event_id}"),
                InlineKeyboardButton(_("event-maybe"), callback_data=f"ev:maybe:{event_id}"),
                InlineKeyboardButton(_("event-no"), callback_data=f"ev:no:{event_id}"),
            ]
        ]
    )


def calendar_file(event: Event, sequence: int = 0, cancelled: bool = False) -> bytes:
    """An .ics any calendar app opens; the same UID each time, so a move updates it."""
    calendar = Calendar()
    calendar.add("prodid", "-//Lien//event//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.id}@lien")
    entry.add("dtstamp", event.starts_at)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    entry.add("location", event.place)
    entry.add("sequence", sequence)
    if cancelled:
        entry.add("status", "CANCELLED")
    calendar.add_component(entry)
    return bytes(calendar.to_ical())


async def _person_texts(data: BotData, chat_id: int) -> tuple[Person | None, Texts]:
    person = await data.db.people.get(chat_id)
    language = person.language if person else data.settings.default_locale
    return person, Texts(data.i18n, language, data.settings.zone)


def install(app: Application) -> None:  # type: ignore[type-arg]
    """Teach the outbox how to word event messages for each recipient."""
    data: BotData = app.bot_data

    async def render(broadcast: Broadcast, chat_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
        event = await data.db.events.get(broadcast.event_id or 0)
        person, _ = await _person_texts(data, chat_id)
        if event is None:
            return _("event-gone"), None
        body = describe(event, person, _)
        familiar = _familiar(person)
        if broadcast.purpose == "invitation":
            return f"{body}\n\n{_('event-invite-question', tu=familiar)}", answer_buttons(
                event.id, _
            )
        if broadcast.purpose == "reminder":
            head = _(f"event-reminder-{broadcast.text}", tu=familiar)
            return f"{head}\n\n{body}", answer_buttons(event.id, _)
        head = _(f"event-change-{broadcast.text}", tu=familiar)
        return f"{head}\n\n{body}", None

    for purpose in ("invitation", "reminder", "change"):
        data.outbox.renderers[purpose] = render


# ---------------------------------------------------------------- /event, one question at a time


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
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    kind = (query.data or "").removeprefix("evn:kind:")
    if kind not in KINDS:
        await query.answer(_("button-unknown"), show_alert=True)
        return KIND
    context.user_data.setdefault(DRAFT_KEY, {})["kind"] = kind
    await query.answer()
    await query.edit_message_text(_("event-ask-title", max=TITLE_MAX))
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
    at = await _parse_when(message.text or "", context, _)
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


async def _parse_when(text: str, context: Context, _: Texts) -> datetime | str:
    """The moment, or what to say about the text."""
    now = context.bot_data.clock().astimezone(context.bot_data.settings.zone)
    try:
        at = parse_future_datetime(text, now)
    except DateInPast:
        return _("broadcast-when-past")
    except DateTooFar:
        return _("broadcast-when-too-far", years=FUTURE_DAYS_MAX // 366)
    except MissingTime:
        return _("broadcast-when-no-time")
    return at if at is not None else _("broadcast-when-bad")


async def when_confirmed(update: Update, context: Context) -> int:
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    await query.answer()
    if query.data == "evn:when:ok":
        await query.edit_message_text(_("event-ask-duration"))
        return DURATION
    await query.edit_message_text(_("event-ask-when"))
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
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    value = (query.data or "").removeprefix("evn:aud:")
    draft = context.user_data.setdefault(DRAFT_KEY, {})
    if value not in _audiences(draft.get("kind")):
        await query.answer(_("button-unknown"), show_alert=True)
        return AUDIENCE
    draft["audience"] = value
    await query.answer()
    if not me.programme_wide:
        draft["team"] = me.team_id
        return await _preview(update, context, me, _)
    await query.edit_message_text(
        _("broadcast-ask-team"), reply_markup=await team_scope_buttons(context, "evn", _)
    )
    return SCOPE


async def team_chosen(update: Update, context: Context) -> int:
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    allowed, team = await team_scope_of(context, me, (query.data or "").removeprefix("evn:team:"))
    if not allowed:
        await query.answer(_("not-allowed"), show_alert=True)
        return SCOPE
    context.user_data.setdefault(DRAFT_KEY, {})["team"] = team
    await query.answer()
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
    await query.edit_message_text(
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
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = context.user_data.get(DRAFT_KEY) or {}
    team = draft.get("team")
    if (
        "capacity" not in draft
        or draft.get("audience") not in _audiences(draft.get("kind"))
        or not (
            (team is None and me.programme_wide) or (isinstance(team, int) and me.sees_team(team))
        )
    ):
        await query.answer(_("broadcast-lost"), show_alert=True)
        return ConversationHandler.END
    db = context.bot_data.db
    if await db.broadcasts.audience_size(team, draft["audience"], me.telegram_id) == 0:
        await query.answer()
        await query.edit_message_text(_("broadcast-nobody"))
        return ConversationHandler.END
    await query.answer()
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
    context.user_data.pop(DRAFT_KEY, None)
    await query.edit_message_text(_("event-created", id=created.id))
    file_id = await _upload_calendar(context, me, created, _)
    await db.broadcasts.create(
        author_id=me.telegram_id,
        team_id=team,
        audience=created.audience,
        purpose="invitation",
        event_id=created.id,
        text="invitation",
        document_file_id=file_id,
    )
    await plan_reminders(context.application, created)
    sending.kick(context.application)
    return ConversationHandler.END


async def _upload_calendar(
    context: Context, me: Person, event: Event, _: Texts, sequence: int = 0
) -> str:
    """Send the .ics to the author once; everyone else gets it by its file_id."""
    sent = await context.bot.send_document(
        me.telegram_id,
        InputFile(calendar_file(event, sequence), filename=f"lien-{event.id}.ics"),
        caption=_("event-calendar-caption"),
    )
    assert sent.document is not None
    return sent.document.file_id


async def stop(update: Update, context: Context) -> int:
    return await end_conversation(update, context, DRAFT_KEY, MOVE_KEY)


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


# ---------------------------------------------------------------- answers


async def answer_button(update: Update, context: Context) -> None:
    """ev:<yes|maybe|no>:<event> — only someone invited may answer, before it starts."""
    query = update.callback_query
    me = await person_of(update, context)
    if query is None:
        return
    _ = texts(update, context, me)
    _prefix, answer, raw = ((query.data or "") + "::").split(":")[:3]
    db = context.bot_data.db
    found = await db.events.get(int(raw)) if is_id(raw) else None
    if (
        me is None
        or not me.active
        or found is None
        or answer not in ANSWERS
        or not await db.events.invited(found.id, me.telegram_id)
    ):
        await query.answer(_("not-allowed"), show_alert=True)
        return
    if found.status != "open" or context.bot_data.clock() >= found.starts_at:
        await query.answer(_("event-closed"), show_alert=True)
        return
    recorded, moved = await db.events.answer(found, me.telegram_id, answer)
    familiar = _familiar(me)
    await query.answer(
        _(f"event-answered-{recorded}", tu=familiar), show_alert=recorded == "waiting"
    )
    if moved is not None:
        person, their = await _person_texts(context.bot_data, moved)
        await context.bot.send_message(
            moved,
            _moved_up_text(found, person, their),
        )


def _moved_up_text(event: Event, person: Person | None, _: Texts) -> str:
    return _("event-moved-up", tu=_familiar(person)) + "\n\n" + describe(event, person, _)


# ---------------------------------------------------------------- /events for the COPIL


def _may_manage(me: Person, event: Event) -> bool:
    return me.programme_wide or (event.team_id is not None and me.sees_team(event.team_id))


async def events(update: Update, context: Context) -> None:
    """The coming and recent events of this member's teams, each with its answers."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    teams = None if me.programme_wide else [me.team_id] if me.team_id is not None else []
    since = context.bot_data.clock() - timedelta(days=7)
    found = await context.bot_data.db.events.of_teams(teams, since)
    if not found:
        await message.reply_text(_("events-none"))
        return
    rows = [
        [
            InlineKeyboardButton(
                _("events-open", title=e.title[:30], when=_.when(e.starts_at, "d.MM HH:mm")),
                callback_data=f"evm:show:{e.id}",
            )
        ]
        for e in found
    ]
    await message.reply_text(_("events-title"), reply_markup=InlineKeyboardMarkup(rows))


async def _answers_screen(
    context: Context, found: Event, me: Person, _: Texts
) -> tuple[str, InlineKeyboardMarkup]:
    answers = await context.bot_data.db.events.answers(found.id)
    lines = [describe(found, me, _)]
    if found.status == "cancelled":
        lines.append(_("events-cancelled-mark"))
    for kind in ("yes", "waiting", "maybe", "no"):
        names = [html.escape(a.name) for a in answers if a.answer == kind]
        lines.append(_(f"events-answers-{kind}", count=len(names), names=", ".join(names) or "—"))
    came = [html.escape(a.name) for a in answers if a.attended]
    if came:
        lines.append(_("events-came", count=len(came), names=", ".join(came)))
    rows = [[InlineKeyboardButton(_("events-attendance"), callback_data=f"evm:att:{found.id}")]]
    if found.status == "open":
        rows.append(
            [
                InlineKeyboardButton(_("events-move"), callback_data=f"evm:move:{found.id}"),
                InlineKeyboardButton(_("events-cancel"), callback_data=f"evm:cancel:{found.id}"),
            ]
        )
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def manage_button(update: Update, context: Context) -> None:
    """evm:show|att|mark|cancel|cancelok:<event>[:<person>] — re-checked each time."""
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None:
        return
    _ = texts(update, context, me)
    parts = (query.data or "").split(":")
    action = parts[1] if len(parts) > 2 else ""
    raw = parts[2] if len(parts) > 2 else ""
    db = context.bot_data.db
    found = await db.events.get(int(raw)) if is_id(raw) else None
    if found is None or not _may_manage(me, found):
        await query.answer(_("not-allowed"), show_alert=True)
        return
    if action == "show":
        await query.answer()
        text, markup = await _answers_screen(context, found, me, _)
        await query.edit_message_text(text, reply_markup=markup)
    elif action in ("att", "mark"):
        marking = action == "mark" and len(parts) == 4 and is_id(parts[3])
        if marking and await db.events.mark_attended(found.id, int(parts[3])) is None:
            await query.answer(_("not-allowed"), show_alert=True)
            return
        await query.answer()
        await query.edit_message_text(
            _("events-attendance-title", title=html.escape(found.title)),
            reply_markup=await _attendance_buttons(context, found),
        )
    elif action == "cancel" and found.status == "open":
        await query.answer()
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _("events-cancel-yes"), callback_data=f"evm:cancelok:{found.id}"
                    )
                ],
                [InlineKeyboardButton(_("button-back"), callback_data=f"evm:show:{found.id}")],
            ]
        )
        await query.edit_message_text(
            _("events-cancel-confirm", title=html.escape(found.title)), reply_markup=buttons
        )
    elif action == "cancelok" and await db.events.cancel(found.id):
        await query.answer()
        for kind in ("day", "2h"):
            cancel_job(context.application, f"reminder:event:{found.id}:{kind}")
        await _tell_answered(context, found, me, "cancelled")
        await query.edit_message_text(_("events-cancelled", title=html.escape(found.title)))
    else:
        await query.answer(_("button-unknown"), show_alert=True)


async def _attendance_buttons(context: Context, found: Event) -> InlineKeyboardMarkup:
    answers = await context.bot_data.db.events.answers(found.id)
    rows = [
        [
            InlineKeyboardButton(
                f"{'✅' if a.attended else '⬜'} {a.name}",
                callback_data=f"evm:mark:{found.id}:{a.person_id}",
            )
        ]
        for a in answers
        if a.answer in ("yes", "maybe", "waiting")
    ]
    rows.append([InlineKeyboardButton("◀", callback_data=f"evm:show:{found.id}")])
    return InlineKeyboardMarkup(rows)


async def _tell_answered(context: Context, found: Event, me: Person, what: str) -> None:
    """Everyone who answered hears about a move or a cancellation (through the outbox)."""
    db = context.bot_data.db
    answered = await db.events.answered(found.id)
    if not answered:
        return
    current = await db.events.get(found.id) or found
    _ = texts_for(context, me)
    file_id = None
    if what == "moved":
        file_id = await _upload_calendar(context, me, current, _, sequence=1)
    await db.broadcasts.create(
        author_id=me.telegram_id,
        team_id=found.team_id,
        audience=found.audience,
        purpose="change",
        event_id=found.id,
        text=what,
        document_file_id=file_id,
        recipients=answered,
    )
    sending.kick(context.application)


def texts_for(context: Context, person: Person) -> Texts:
    data = context.bot_data
    return Texts(data.i18n, person.language, data.settings.zone)


async def move_start(update: Update, context: Context) -> int:
    """evm:move:<event> — ask for the new date."""
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    raw = (query.data or "").removeprefix("evm:move:")
    found = await context.bot_data.db.events.get(int(raw)) if is_id(raw) else None
    if found is None or not _may_manage(me, found) or found.status != "open":
        await query.answer(_("not-allowed"), show_alert=True)
        return ConversationHandler.END
    context.user_data[MOVE_KEY] = found.id
    await query.answer()
    await query.edit_message_text(_("events-move-ask", title=html.escape(found.title)))
    return MOVING


async def move_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    event_id = context.user_data.get(MOVE_KEY)
    db = context.bot_data.db
    found = await db.events.get(event_id) if isinstance(event_id, int) else None
    if found is None or not _may_manage(me, found) or found.status != "open":
        await message.reply_text(_("not-allowed"))
        return ConversationHandler.END
    at = await _parse_when(message.text or "", context, _)
    if isinstance(at, str):
        await message.reply_text(at)
        return MOVING
    await db.events.move(found.id, at)
    context.user_data.pop(MOVE_KEY, None)
    moved = await db.events.get(found.id)
    assert moved is not None
    await plan_reminders(context.application, moved)
    when = _.when(at, now=context.bot_data.clock())
    await message.reply_text(_("events-moved", title=html.escape(found.title), when=when))
    await _tell_answered(context, moved, me, "moved")
    return ConversationHandler.END


def move_conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CallbackQueryHandler(move_start, pattern=r"^evm:move:")],
        states={MOVING: [MessageHandler(f.TEXT & ~f.COMMAND, move_typed)]},
        fallbacks=[CommandHandler("cancel", stop)],
        name="event_move",
        persistent=True,
        allow_reentry=True,
    )


# ---------------------------------------------------------------- reminders


async def plan_reminders(app: Application, found: Event) -> None:  # type: ignore[type-arg]
    """(Re)plan the day-before and two-hours-before reminders and their jobs."""
    data: BotData = app.bot_data
    for kind in ("day", "2h"):
        cancel_job(app, f"reminder:event:{found.id}:{kind}")
    for reminder in await data.db.reminders.plan("event", found.id, found.starts_at):
        run_at(
            app,
            f"reminder:event:{found.id}:{reminder.kind}",
            reminder.due_at,
            reminder_job,
            (found.id, reminder.kind),
        )


async def reminder_job(context: Context) -> None:
    """Remind Yes and Maybe. Late (the bot was down) is fine until the event starts; after,
    the reminder is skipped."""
    job = context.job
    if job is None or not isinstance(job.data, tuple | list):
        return
    event_id, kind = job.data
    db = context.bot_data.db
    reminder = await db.reminders.get("event", event_id, kind)
    found = await db.events.get(event_id)
    if reminder is None:
        return
    if found is None or found.status != "open" or context.bot_data.clock() >= found.starts_at:
        await db.reminders.close(reminder.id, "skipped")
        return
    if not await db.reminders.close(reminder.id, "sent"):
        return
    coming = await db.events.coming(event_id)
    if not coming:
        return
    await db.broadcasts.create(
        author_id=found.author_id,
        team_id=found.team_id,
        audience=found.audience,
        purpose="reminder",
        event_id=found.id,
        text=kind,
        recipients=coming,
    )
    await sending.drain(context.application)


async def restore(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up: every pending reminder gets its job back (events and sessions alike
    share the table; sessions' reminders are restored by handlers.groups)."""
    data: BotData = app.bot_data
    for reminder in await data.db.reminders.pending():
        if reminder.subject == "event":
            run_at(
                app,
                f"reminder:event:{reminder.subject_id}:{reminder.kind}",
                reminder.due_at,
                reminder_job,
                (reminder.subject_id, reminder.kind),
            )
