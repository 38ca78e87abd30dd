"""What the event modules share: an event worded for each recipient (their language; a
youth never reads "intervision"), its answer buttons and calendar file, the outbox's
wording of invitations, reminders and changes, and reading a typed moment.

Invitations, reminders and changes go through the outbox like news. For these the
broadcast's text column holds which message it is ('invitation', 'day', '2h', 'moved',
'cancelled')."""

from __future__ import annotations

import html
from datetime import datetime

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application

from bot.context import BotData, Context
from bot.dates import FUTURE_DAYS_MAX, DateInPast, DateTooFar, MissingTime, parse_future_datetime
from bot.i18n import Texts
from bot.notify import sent_by
from handlers.basics import end_conversation
from storage.broadcasts import Broadcast
from storage.events import Event
from storage.models import Person, Role

DRAFT_KEY = "event_draft"
MOVE_KEY = "event_moving"


def _kind_label(kind: str, person: Person | None, _: Texts) -> str:
    """A youth never reads "intervision": for them it is a meeting with the team."""
    if person is not None and person.role == Role.YOUTH and kind == "intervision":
        return _("event-kind-meeting")
    return _(f"event-kind-{kind}")


def familiar_form(person: Person | None) -> str:
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
    # Imported here: a tenth of a second of every start, for the few who get an invitation.
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

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


async def person_texts(data: BotData, chat_id: int) -> tuple[Person | None, Texts]:
    person = await data.db.people.get(chat_id)
    language = person.language if person else data.settings.default_locale
    return person, Texts(data.i18n, language, data.settings.zone)


def texts_for(context: Context, person: Person) -> Texts:
    data = context.bot_data
    return Texts(data.i18n, person.language, data.settings.zone)


def install(app: Application) -> None:  # type: ignore[type-arg]
    """Teach the outbox how to word event messages for each recipient."""
    data: BotData = app.bot_data

    async def render(broadcast: Broadcast, chat_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
        event = await data.db.events.get(broadcast.event_id or 0)
        person, _ = await person_texts(data, chat_id)
        if event is None:
            return _("event-gone"), None
        body = describe(event, person, _)
        # Who sends it, first: nobody mistakes an invitation for a youth's message.
        body = f"{await sent_by(data.db, _, person, event.team_id)}\n\n{body}"
        familiar = familiar_form(person)
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


async def upload_calendar(bot: Bot, me: Person, event: Event, _: Texts, sequence: int = 0) -> str:
    """Send the .ics to the author once; everyone else gets it by its file_id."""
    sent = await bot.send_document(
        me.telegram_id,
        InputFile(calendar_file(event, sequence), filename=f"lien-{event.id}.ics"),
        caption=_("event-calendar-caption"),
    )
    assert sent.document is not None
    return sent.document.file_id


async def parse_when(text: str, context: Context, _: Texts) -> datetime | str:
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


def may_manage(me: Person, event: Event) -> bool:
    return me.programme_wide or (event.team_id is not None and me.sees_team(event.team_id))


async def stop(update: Update, context: Context) -> int:
    return await end_conversation(update, context, DRAFT_KEY, MOVE_KEY)
