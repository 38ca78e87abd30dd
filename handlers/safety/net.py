"""The safety net on the words of youths, peer helpers (former mentees, often young
themselves) and anyone not signed up yet: every text or caption, whatever takes it next
(the relay, a request step, a search prompt, the language or consent screen), even from a
deactivated person.

`screen` runs in an early handler group, after the once-per-update and private-chat guards,
so one check covers every feature. On a hit, at once: the hit is recorded, then the sender's
short caring message with the emergency numbers of their team's country (or the team's own
list) and the alerts to the team's COPIL (the programme-wide COPIL for a stranger), with the
link, the rule that fired and the message cut to fit, go through the outbox at the safety
priority: sent at once, retried until delivered if Telegram fails (never an "Oups"), and to
every COPIL member of the programme if none of the team's has it two minutes after it was
queued (job safety:widen). The hit is kept on the update's context (`hit_of`): the relay
still passes the message on, marked, and a conversation step does not take crisis words for
a name or a search. The alert stores the category, never the text; the text waits in the
COPIL's outbox rows until they are final and the two minutes are over, then it is removed."""

from __future__ import annotations

import html
import logging
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, ApplicationHandlerStop

from bot import jobs, sending
from bot.buttons import answer_press, edit_message
from bot.context import BotData, Context, texts
from bot.guards import person_of
from bot.i18n import Texts
from bot.ids import parse_id
from bot.safety import Hit
from bot.sending import fluent
from handlers.safety.alerts import ALERT_KEY, alert_copil, alert_notices, plan_repeat
from handlers.start import INVITE_KEY
from storage.clock import from_text
from storage.models import Invite, Person, Role
from storage.outbox import Priority

logger = logging.getLogger(__name__)

COUNTRIES_WITH_DEFAULTS = ("ch", "fr")
COVERED = (Role.YOUTH, Role.PEER_HELPER)  # and anyone not signed up yet
QUOTE_MAX = 1000  # characters of the message quoted in an alert
QUESTION_MINUTES = 30  # a medium hit's question waits this long, then the COPIL is alerted
QUESTION_ANSWERS = ("ok", "not_really", "talk")
ASK = "safety:ask:"  # + alert id: the question's timeout job
HIT = "safety_hit"  # on the context PTB shares between the handler groups of one update
DRAFT_KEY = "request_draft"  # handlers.request's draft: its team, before a request exists


async def screen(update: Update, context: Context) -> None:
    """Every text of a youth, a peer helper or someone not signed up yet (before consent
    too), once, before any feature sees it. A deactivated person is covered too: after the
    numbers they get nothing else (not "access closed"); so is a stranger, for whom the
    numbers are the answer (not "Pour commencer : /start")."""
    message = update.message
    text = (message.text or message.caption) if message is not None else None
    if not text:
        return
    person = await person_of(update, context)
    if person is not None and person.role not in COVERED:
        return
    if person is None:
        hit = await check_text(update, context, None, text, team_id=await _invited_team(context))
        if hit is None:
            return
        if await _talking_to_owner(context, message.chat_id if message else 0):
            vars(context)[HIT] = hit  # the relay passes it on to them, marked
            return
        raise ApplicationHandlerStop
    draft = context.user_data.get(DRAFT_KEY) if context.user_data is not None else None
    team_id = draft.get("team") if isinstance(draft, dict) else None
    hit = await check_text(update, context, person, text, team_id=team_id)
    if hit is None:
        return
    if not person.active:
        raise ApplicationHandlerStop
    vars(context)[HIT] = hit


async def _talking_to_owner(context: Context, chat_id: int) -> bool:
    """Someone not signed up yet to whom the member who took their alert wrote: their words
    go on to that member (handlers.relay.stranger_routes), crisis words too."""
    db = context.bot_data.db
    for alert in await db.safety.open_taken_of(chat_id):
        if await db.relay.count(f"alert:{alert.id}"):
            return True
    return False


def hit_of(context: Context) -> Hit | None:
    """The safety net's hit on this update's text, if any (set by `screen`)."""
    hit = vars(context).get(HIT)
    return hit if isinstance(hit, Hit) else None


async def _invited_team(context: Context) -> int | None:
    """A stranger who opened an invitation link: its team's COPIL and numbers."""
    invite_id = context.user_data.get(INVITE_KEY) if context.user_data is not None else None
    if not isinstance(invite_id, int):
        return None
    invite = await context.bot_data.db.invites.check_id(invite_id)
    return invite.team_id if isinstance(invite, Invite) else None


def quoted(text: str) -> str:
    """The message as the alert quotes it: escaped, and cut so the alert always fits
    (a Fluent placeable holds 2,500 characters, a Telegram message 4,096)."""
    cut = text if len(text) <= QUOTE_MAX else text[:QUOTE_MAX].rstrip() + " […]"
    escaped = html.escape(cut)
    while len(escaped) > 2 * QUOTE_MAX:  # only text made of & < > " ' gets here
        cut = cut[: len(cut) // 2] + " […]"
        escaped = html.escape(cut)
    return escaped


async def check_text(
    update: Update,
    context: Context,
    person: Person | None,
    text: str,
    *,
    team_id: int | None = None,
) -> Hit | None:
    """Check the text; on a hit, numbers to the sender and an alert to the COPIL, with the
    sender's link (read only then: nearly every text has no hit). `person` is None for
    someone who has not signed up yet: the alert has no name."""
    hit = context.bot_data.safety.check(text)
    if hit is None:
        return None
    db = context.bot_data.db
    link = await db.links.active_of_youth(person.telegram_id) if person is not None else None
    user = update.effective_user
    sender_id = person.telegram_id if person else (user.id if user else 0)
    if team_id is None and link is not None:
        team_id = link.team_id
    if team_id is None and person is not None:
        request = await db.requests.open_of(person.telegram_id)
        team_id = request.team_id if request else person.team_id
    _ = texts(update, context, person)
    # Someone not signed up yet has no saved language: their app's is kept with the alert.
    language = None if person else _.language
    message = update.effective_message
    link_id = link.id if link else None
    if hit.level == "medium":
        # Ask first, warmly; the COPIL hears of it on "not really", "talk" or silence.
        until = context.bot_data.clock() + timedelta(minutes=QUESTION_MINUTES)
        alert_id = await db.safety.record(
            sender_id,
            link_id=link_id,
            team_id=team_id,
            category=hit.category,
            level=hit.level,
            rule=hit.rule,
            asked_until=until,
            language=language,
        )
        await db.audit.record(None, f"safety-question:{hit.category}", sender_id)
        if message is not None:
            await message.reply_text(
                _("safety-question"), reply_markup=question_buttons(_, alert_id)
            )
        # The model's words wait with the timeout, in memory only (lost on a restart).
        waiting = (alert_id, hit.why)
        jobs.run_at(context.application, f"{ASK}{alert_id}", until, question_timeout, waiting)
        return hit
    # Recorded first; then the numbers and the alerts, as outbox rows in one transaction.
    numbers = await _numbers(context, team_id)
    async with db.atomic():
        alert_id = await db.safety.record(
            sender_id,
            link_id=link_id,
            team_id=team_id,
            category=hit.category,
            level=hit.level,
            rule=hit.rule,
            language=language,
        )
        await db.audit.record(None, f"safety-alert:{hit.category}", sender_id)
        alert = await db.safety.get(alert_id)
        assert alert is not None
        youth_key = f"{ALERT_KEY}{alert_id}:youth"
        numbers_notice = fluent(
            sender_id,
            "safety-youth",
            key=youth_key,
            priority=Priority.SAFETY,
            language=_.language,
            numbers=numbers,
        )
        await db.outbox.add([numbers_notice])
        keys = await alert_notices(
            context, person, alert, said=("safety-copil-said", {"text": quoted(text)})
        )
    await sending.send_now(context.application, [youth_key, *keys])
    await plan_repeat(context.application, alert_id)
    return hit


def question_buttons(_: Texts, alert_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_(f"safety-answer-{a}"), callback_data=f"sfq:{a}:{alert_id}")]
            for a in QUESTION_ANSWERS
        ]
    )


async def answer_question(update: Update, context: Context) -> None:
    """sfq:<answer>:<alert id> — the answer to a medium hit's question. Only the person
    asked may answer, once; "not really" and "talk" are treated as a high hit."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    db = context.bot_data.db
    person = await person_of(update, context)
    _ = texts(update, context, person)
    answer, _sep, raw = (query.data or "").removeprefix("sfq:").partition(":")
    alert_id = parse_id(raw)
    alert = await db.safety.get(alert_id) if alert_id is not None else None
    if answer not in QUESTION_ANSWERS or alert is None or alert.person_id != user.id:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    if not await db.safety.answer(alert.id, user.id, answer):
        await answer_press(query)  # answered already (a double tap, or after the timeout)
        return
    _alert, why = _waiting(jobs.data_of(context.application, f"{ASK}{alert.id}"))
    jobs.cancel(context.application, f"{ASK}{alert.id}")
    await answer_press(query)
    if answer == "ok":
        await edit_message(query, _("safety-answered-ok"))
        return
    numbers = await emergency_numbers(context, alert.team_id, _)
    await edit_message(query, _("safety-youth", numbers=numbers))
    await db.audit.record(None, f"safety-alert:{alert.category}", user.id)
    said = with_words((f"safety-copil-said-{answer}", {}), why)
    await alert_copil(context, person, alert, said=said)


async def question_timeout(context: Context) -> None:
    """30 minutes without an answer: the COPIL is alerted quietly (nothing to the youth)."""
    alert_id, why = _waiting(context.job.data if context.job is not None else None)
    if alert_id is None:
        return
    db = context.bot_data.db
    alert = await db.safety.get(alert_id)
    if alert is None or not await db.safety.answer(alert_id, None, "timeout"):
        return
    await db.audit.record(None, f"safety-alert:{alert.category}", alert.person_id)
    person = await db.people.get(alert.person_id)
    said = with_words(("safety-copil-said-timeout", {}), why)
    await alert_copil(context, person, alert, said=said)


def _waiting(data: object) -> tuple[int | None, tuple[str, ...]]:
    """A question's job data: its alert and the model's words (just the alert when the job
    was rebuilt from the database: the words were never stored)."""
    if isinstance(data, int):
        return data, ()
    if isinstance(data, tuple) and len(data) == 2 and isinstance(data[0], int):
        return data[0], tuple(str(word) for word in data[1])
    return None, ()


def with_words(
    said: tuple[str, dict[str, Any]], why: tuple[str, ...]
) -> tuple[str, dict[str, Any]]:
    """What an alert says, and for a hit of the model the words that weighed most (the
    alert is the only place they appear: under `text`, so the outbox forgets them like a
    quoted message)."""
    if not why:
        return said
    key, args = said
    words = ", ".join(f"<i>{html.escape(word)}</i>" for word in why)
    return "safety-copil-said-model", {"said": {"key": key, "args": args}, "text": words}


async def restore(app: Application) -> None:  # type: ignore[type-arg]
    """Questions still waiting get their timeout back (start-up and the hourly window)."""
    data: BotData = app.bot_data
    for alert in await data.db.safety.waiting():
        if alert.asked_until is not None:
            when = from_text(alert.asked_until)
            jobs.run_at(app, f"{ASK}{alert.id}", when, question_timeout, alert.id)


async def _numbers(context: Context, team_id: int | None) -> str | dict[str, str]:
    """The team's own list, else its country's defaults (a text worded for the sender)."""
    own = await context.bot_data.db.teams.emergency(team_id) if team_id else None
    if own:
        return html.escape(own)
    team = await context.bot_data.db.teams.get(team_id) if team_id else None
    country = (team.country if team else "CH").lower()
    known = country in COUNTRIES_WITH_DEFAULTS
    return {"key": f"emergency-{country}" if known else "emergency-default"}


async def emergency_numbers(context: Context, team_id: int | None, _: Texts) -> str:
    """The team's own list, else its country's defaults, else the European 112."""
    numbers = await _numbers(context, team_id)
    return numbers if isinstance(numbers, str) else _(numbers["key"])
