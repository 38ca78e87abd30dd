"""The anonymous relay: people talk through the bot with copyMessage, so nobody sees the
other's username or phone number. Content is never stored, only routing metadata (channel,
chats, message ids, time) to route replies and measure response times.

It is generic over *channels*: a `RouteSource` lists, for a sender, the channels they may
write to now. The youth <-> mentor link (`link:<id>`) is one; issue 4's mentor <-> resource
person support (`support:<mentor>`) adds its own source to `SOURCES`.

Which channel a message goes to (a message goes where its sender meant, or nowhere):
- a reply to a relayed message: that message's channel, or nowhere if it has ended;
- a reply to anything else (the bot's own text, a broadcast, an invitation, a reminder, an
  erased conversation): nowhere. It was meant for the team or the bot, never for a youth;
- else the channel chosen with /talk, /support or a button, or nowhere if it has ended
  (never someone else instead);
- else the only *default* route. Explicit routes (the resource person) are never a
  default: with no youth, a mentor's text goes nowhere and the bot offers them as buttons.
When nothing is sent the sender is told, with buttons to send it on purpose; after each
relayed message they see where it went ("→ Inès").

Adding a channel (issue 4's /support): write `async def support_routes(context, person) ->
list[Route]` giving, for a mentor, `Route(f"support:{mentor}", resource_person_id, name,
sender_label=mentor_name, explicit=True)` and, for the resource person, one Route per
mentor they support; add it to `SOURCES`. Replies, /talk, ambiguity, routing rows and
`deliver` then work as for links; a channel that is no longer listed is "ended" (`relay-ended`).
A safety alert's owner and its youth talk on `alert:<id>` (alert_routes) until it is closed,
someone not signed up yet too (no person row: stranger_routes, the alert's chat)."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import sending
from bot.buttons import answer_press
from bot.context import Context, texts
from bot.guards import person_of, require
from bot.i18n import Texts
from bot.ids import parse_id
from bot.notify import send, texts_for
from handlers import basics, safety
from storage.database import Database
from storage.links import Link
from storage.models import Person, Role

logger = logging.getLogger(__name__)

TALK_KEY = "relay_talk_to"  # the channel chosen with /talk
PENDING_KEY = "relay_pending"  # a message held back while the bot asks where it goes


@dataclass(frozen=True)
class Route:
    """Where a sender may write: the channel, the recipient's chat, and names."""

    channel: str
    to_chat: int
    label: str  # the recipient, as the sender knows them
    sender_label: str | None = None  # the sender, shown on the copy (None: not needed)
    link: Link | None = None
    # Used only when the sender chose it (a reply, /talk, /support, a button), never as
    # the default for plain text: a mentor's text is not meant for their resource person.
    explicit: bool = False
    recipient: Person | None = None  # when the route's source read them already
    # A recipient not signed up yet (an alert's) has no saved language: the one to use.
    to_language: str | None = None


RouteSource = Callable[[Context, Person], Awaitable[list[Route]]]


async def youth_name(db: Database, link: Link) -> str:
    """The first name or nickname the youth gave in their request."""
    request = await db.requests.get(link.request_id) if link.request_id else None
    if request is not None:
        return request.first_name
    youth = await db.people.get(link.youth_id)
    return youth.display_name if youth else "?"


async def link_routes(context: Context, person: Person) -> list[Route]:
    """Youth -> their mentor; mentor -> each of their youths (the copy names the youth).
    Nobody writes to a deactivated person: a youth gets nothing more from Lien."""
    if person.role not in (Role.YOUTH, Role.MENTOR):
        return []
    mentor = person.role == Role.MENTOR
    links = await context.bot_data.db.links.counterparts(person.telegram_id, mentor=mentor)
    return [
        Route(
            other.link.channel,
            other.person.telegram_id,
            other.youth_name if mentor else other.person.display_name,
            None if mentor else other.youth_name,
            other.link,
            recipient=other.person,
        )
        for other in links
        if other.person.active
    ]


def support_channel(mentor_id: int) -> str:
    return f"support:{mentor_id}"


async def support_routes(context: Context, person: Person) -> list[Route]:
    """Mentor -> their resource person (/resource, /support); that COPIL member -> each
    mentor they support. Both copies name the sender: a mentor also talks to youths."""
    db = context.bot_data.db
    if person.role == Role.MENTOR:
        copil = await db.resource.person_of(person.telegram_id)
        if copil is None or not copil.active or copil.role != Role.COPIL:
            return []
        channel = support_channel(person.telegram_id)
        return [
            Route(
                channel,
                copil.telegram_id,
                copil.display_name,
                person.display_name,
                explicit=True,
                recipient=copil,
            )
        ]
    if person.role == Role.COPIL:
        return [
            Route(
                support_channel(mentor.telegram_id),
                mentor.telegram_id,
                mentor.display_name,
                person.display_name,
                explicit=True,
                recipient=mentor,
            )
            for mentor in await db.resource.mentors_of(person.telegram_id)
            if mentor.active and mentor.role == Role.MENTOR
        ]
    return []


def alert_channel(alert_id: int) -> str:
    return f"alert:{alert_id}"


async def alert_routes(context: Context, person: Person) -> list[Route]:
    """A safety alert's owner -> its youth (explicit: the alert's "write" button, /talk, a
    reply to the alert or to the youth's answer); the youth -> the owner, once they wrote.
    The youth reads "l'équipe", never the member's name nor "COPIL": unlike their mentor,
    they never chose this person."""
    db = context.bot_data.db
    routes = []
    if person.role == Role.COPIL:
        for alert in await db.safety.open_owned(person.telegram_id):
            youth = await db.people.get(alert.person_id)
            if youth is None:  # not signed up yet: the chat their alert came from
                word = await sending.texts_of(context.application, alert.person_id, alert.language)
                label = texts_for(context, person)("alert-stranger-label", id=alert.id)
                channel = alert_channel(alert.id)
                team = word("alert-team")
                routes.append(
                    Route(
                        channel,
                        alert.person_id,
                        label,
                        team,
                        explicit=True,
                        to_language=word.language,
                    )
                )
            elif youth.active:
                team = texts_for(context, youth)("alert-team")
                channel = alert_channel(alert.id)
                routes.append(
                    Route(channel, youth.telegram_id, youth.display_name, team, explicit=True)
                )
        return routes
    for alert in await db.safety.open_taken_of(person.telegram_id):
        owner = await db.people.get(alert.owner_id) if alert.owner_id else None
        channel = alert_channel(alert.id)
        if owner and owner.active and owner.role == Role.COPIL and await db.relay.count(channel):
            team = texts_for(context, person)("alert-team")
            routes.append(Route(channel, owner.telegram_id, team, person.display_name))
    return routes


async def stranger_routes(context: Context, chat_id: int, _: Texts) -> list[Route]:
    """Someone not signed up yet -> the member who took their alert, once that member wrote
    (the alert's number names them to the member; they read "l'équipe")."""
    db = context.bot_data.db
    routes = []
    for alert in await db.safety.open_taken_of(chat_id):
        owner = await db.people.get(alert.owner_id) if alert.owner_id else None
        channel = alert_channel(alert.id)
        if owner and owner.active and owner.role == Role.COPIL and await db.relay.count(channel):
            label = texts_for(context, owner)("alert-stranger-label", id=alert.id)
            routes.append(Route(channel, owner.telegram_id, _("alert-team"), label))
    return routes


SOURCES: list[RouteSource] = [link_routes, support_routes, alert_routes]


async def routes_of(context: Context, person: Person) -> list[Route]:
    routes: list[Route] = []
    for source in SOURCES:
        routes.extend(await source(context, person))
    return routes


async def relay(update: Update, context: Context) -> None:
    """Any plain message outside a conversation: relay it where it was meant, or say why not."""
    message = update.effective_message
    person = await person_of(update, context)
    if message is not None and person is None and await _from_stranger(update, context, message):
        return
    if message is None or person is None or not person.active or context.user_data is None:
        await basics.stray_text(update, context)
        return
    _ = texts(update, context, person)
    db = context.bot_data.db
    # The safety net already answered crisis words (safety.screen): the copy is marked.
    flagged = safety.hit_of(context) is not None
    routes = await routes_of(context, person)
    by_channel = {r.channel: r for r in routes}
    if message.reply_to_message is not None:
        replied = message.reply_to_message.message_id
        known = await db.relay.find(message.chat_id, replied)
        alert = await db.safety.of_copy(message.chat_id, replied) if known is None else None
        if alert is not None and alert_channel(alert) in by_channel:  # its owner writes
            owned = by_channel[alert_channel(alert)]
            await _relay_to(context, person, owned, message, None, flagged)
            return
        if known is None:
            # A reply to the bot, the team or an erased conversation: not for anyone here.
            await _hold(context, message, _("relay-reply-unknown"), routes, _)
            return
        route = by_channel.get(known.channel)
        if route is None:
            await message.reply_text(await _ended_text(context, person, _, known.channel))
            return
        # Keep the thread on the other side: reply to their copy of the same message.
        mine = known.to_chat == message.chat_id
        reply_to = known.from_message if mine else known.to_message
        await _relay_to(context, person, route, message, reply_to, flagged)
        return
    chosen = context.user_data.get(TALK_KEY)
    if isinstance(chosen, str):
        if chosen in by_channel:
            await _relay_to(context, person, by_channel[chosen], message, None, flagged)
            return
        # The chosen person is gone: never send to someone else in their place.
        context.user_data.pop(TALK_KEY, None)
        await message.reply_text(await _ended_text(context, person, _, chosen))
        return
    default = [r for r in routes if not r.explicit]
    if len(default) == 1:
        await _relay_to(context, person, default[0], message, None, flagged)
    elif default:
        await _hold(context, message, _("relay-which"), routes, _)
    elif reason := await _why_nobody(context, person, _):
        await _hold(context, message, reason, routes, _)
    elif routes:
        await _hold(context, message, _("relay-not-sent"), routes, _)
    elif not flagged:  # after crisis words the numbers were the answer, not a hint
        await message.reply_text(_("relay-nowhere"))


async def _from_stranger(update: Update, context: Context, message: Message) -> bool:
    """Someone not signed up yet answers the member who took their alert: a reply goes to
    its alert's member, other text to the latest alert's (to them, all read "l'équipe")."""
    _ = texts(update, context, None)
    routes = await stranger_routes(context, message.chat_id, _)
    if not routes:
        return False
    route, reply_to = routes[-1], None
    replied = message.reply_to_message
    known = (
        await context.bot_data.db.relay.find(message.chat_id, replied.message_id)
        if replied
        else None
    )
    if known is not None and (
        chosen := next((r for r in routes if r.channel == known.channel), None)
    ):
        route = chosen
        reply_to = known.from_message if known.to_chat == message.chat_id else known.to_message
    await _relay_to(context, None, route, message, reply_to, safety.hit_of(context) is not None, _)
    return True


async def _why_nobody(context: Context, person: Person, _: Texts) -> str | None:
    """Why a youth or mentor has nobody to write to now (None: they never had anyone)."""
    db = context.bot_data.db
    if person.role == Role.YOUTH and await db.links.active_of_youth(person.telegram_id):
        return _("relay-mentor-away")
    if person.role == Role.MENTOR and (away := await db.links.active_of_mentor(person.telegram_id)):
        return await _ended_text(context, person, _, away[0].channel)
    ended = await db.links.last_ended(person.telegram_id)
    return await _ended_text(context, person, _, ended.channel) if ended else None


async def _hold(
    context: Context, message: Message, text: str, routes: list[Route], _: Texts
) -> None:
    """Nothing sent: say so and, when there is someone to write to, keep the message for
    the button the sender presses (talk_button sends it)."""
    assert context.user_data is not None
    if not routes:
        await message.reply_text(text)
        return
    context.user_data[PENDING_KEY] = message.message_id
    offer = _("relay-offer")
    await message.reply_text(f"{text}\n{offer}", reply_markup=_choices(routes, _))


async def _relay_to(
    context: Context,
    person: Person | None,
    route: Route,
    message: Message,
    reply_to: int | None,
    flagged: bool,
    words: Texts | None = None,
) -> None:
    """Deliver, then show the sender where it went: a short silent line naming the person
    (a reaction cannot name them). After crisis words the emergency numbers stay last.
    `person` None: someone not signed up yet, answered in `words`."""
    if words is None:
        assert person is not None  # someone signed up: their saved language
        words = texts_for(context, person)
    if (
        not await deliver(context, person, route, message, reply_to, flagged=flagged, words=words)
        or flagged
    ):
        return
    _ = words
    try:
        await message.reply_text(
            _("relay-went-to", name=html.escape(route.label)),
            disable_notification=True,
            do_quote=False,
        )
    except TelegramError as error:  # delivered: never invite the sender to send it again
        logger.warning("could not confirm a relayed message: %s", type(error).__name__)


async def deliver(
    context: Context,
    sender: Person | None,
    route: Route,
    message: Message,
    reply_to: int | None = None,
    *,
    flagged: bool = False,
    words: Texts | None = None,
) -> bool:
    """Copy the message to the route's recipient and keep the routing metadata. A sender
    or recipient not signed up yet (an alert's) has no person row: `words` are the
    sender's texts, the recipient's are in the route's `to_language`."""
    db = context.bot_data.db
    if await db.relay.copied(message.chat_id, message.message_id, route.to_chat):
        return True  # the update runs again after a crash: it was delivered before
    recipient = route.recipient or await db.people.get(route.to_chat)
    _r = (
        texts_for(context, recipient)
        if recipient
        else await sending.texts_of(context.application, route.to_chat, route.to_language)
    )
    if flagged:
        name = route.sender_label or (sender.display_name if sender else "?")
        await send(context, route.to_chat, _r("relay-flagged", name=html.escape(name)))
    markup = None
    if route.sender_label:
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _r("relay-from", name=route.sender_label),
                        callback_data=f"talk:{route.channel}",
                    )
                ]
            ]
        )
    try:
        copy = await context.bot.copy_message(
            route.to_chat,
            message.chat_id,
            message.message_id,
            reply_markup=markup,
            reply_parameters=(
                ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
            ),
        )
    except (Forbidden, BadRequest):
        if words is None:
            assert sender is not None  # someone signed up: their saved language
            words = texts_for(context, sender)
        _ = words
        youth = sender is None or sender.role == Role.YOUTH
        await message.reply_text(_("relay-undelivered-youth" if youth else "relay-undelivered"))
        return False
    try:
        await db.relay.record(
            route.channel,
            message.chat_id,
            message.message_id,
            route.to_chat,
            copy.message_id,
            flagged=flagged,
        )
    except Exception:  # delivered: a lost routing row only means replies to it go nowhere
        logger.exception("could not record a relayed message's routing")
    return True


def _choices(routes: list[Route], _: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("relay-to", name=r.label), callback_data=f"talk:{r.channel}")]
            for r in routes
        ]
    )


async def _ended_text(context: Context, person: Person, _: Texts, channel: str) -> str:
    kind, _sep, arg = channel.partition(":")
    link_id = parse_id(arg) if kind == "link" else None
    link = await context.bot_data.db.links.get(link_id) if link_id is not None else None
    if link is None:
        return _("relay-ended")
    if person.telegram_id not in (link.youth_id, link.mentor_id):
        return _("button-unknown")  # a forged talk:link:<id>: never name a stranger's link
    db = context.bot_data.db
    if person.telegram_id == link.youth_id:
        mentor = await db.people.get(link.mentor_id)
        return _("relay-ended-youth", name=html.escape(mentor.display_name if mentor else "?"))
    name = html.escape(await youth_name(db, link))
    if link.active:  # still linked, but the team closed the youth's access
        return _("relay-youth-away", name=name)
    return _("relay-ended-mentor", name=name)


async def talk(update: Update, context: Context) -> None:
    """/talk: choose who your next messages go to."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH, Role.MENTOR, Role.COPIL, Role.PEER_HELPER)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    routes = await routes_of(context, me)
    if not routes:
        youth = me.role == Role.YOUTH
        await message.reply_text(_("relay-nobody-youth" if youth else "relay-nobody"))
    elif len(routes) == 1:
        key = "relay-only-one-youth" if me.role == Role.YOUTH else "relay-only-one"
        await message.reply_text(_(key, name=html.escape(routes[0].label)))
    else:
        await message.reply_text(_("relay-choose"), reply_markup=_choices(routes, _))


async def talk_button(update: Update, context: Context) -> None:
    """talk:<channel> — re-checked against the channels this person may write to now."""
    query = update.callback_query
    channel = (query.data or "").removeprefix("talk:") if query else ""
    if query is not None and await person_of(update, context) is None:
        # Someone not signed up yet presses "↩ L'équipe": where their text goes.
        _ = texts(update, context, None)
        theirs = await stranger_routes(context, query.from_user.id, _)
        if route := next((r for r in theirs if r.channel == channel), None):
            await answer_press(query, _("relay-only-one-youth", name=route.label))
            return
    me = await require(update, context, Role.YOUTH, Role.MENTOR, Role.COPIL, Role.PEER_HELPER)
    if query is None or me is None or context.user_data is None:
        return
    _ = texts(update, context, me)
    route = next((r for r in await routes_of(context, me) if r.channel == channel), None)
    if route is None:
        await answer_press(query, await _ended_text(context, me, _, channel), show_alert=True)
        return
    await answer_press(query)
    context.user_data[TALK_KEY] = route.channel
    name = html.escape(route.label)
    pending = context.user_data.pop(PENDING_KEY, None)
    if isinstance(pending, int) and query.message is not None:
        held = Message(pending, query.message.date, query.message.chat)
        held.set_bot(context.bot)
        await deliver(context, me, route, held)
        await context.bot.send_message(me.telegram_id, _("relay-sent-to", name=name))
        return
    await context.bot.send_message(me.telegram_id, _("relay-now-to", name=name))
