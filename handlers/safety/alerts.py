"""The COPIL's side of an alert: its copies go through the outbox at the safety priority
(sent at once, retried until delivered); one nobody received two minutes after it was queued
goes to every COPIL member of the programme (job safety:widen); one nobody took within
LIEN_SAFETY_REPEAT_MINUTES goes again to every COPIL member, then as often again, until
someone presses "Je m'en occupe" (jobs safety:repeat:<alert>, rebuilt from the database).
The first to press owns the alert and every copy then says who took it."""

from __future__ import annotations

import html
import logging
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application

from bot import jobs, sending
from bot.buttons import answer_press
from bot.context import BotData, Context, texts
from bot.guards import person_of
from bot.ids import parse_id
from bot.notify import copil_of, texts_for
from bot.sending import fluent
from storage.clock import from_text
from storage.models import Person, Role
from storage.outbox import Notice, OutboxItem, Priority
from storage.safety import SafetyAlert

logger = logging.getLogger(__name__)

ALERT_KEY = "safety:"  # outbox keys safety:<alert>:youth, :copil:<member>, :repeat<n>:<member>
WIDEN_AFTER = timedelta(minutes=2)
WIDEN_EVERY = timedelta(seconds=30)
REPEAT = "safety:repeat:"  # + alert id: the job repeating an alert nobody took


async def alert_copil(
    context: Context, person: Person | None, alert: SafetyAlert, *, said: tuple[str, dict[str, str]]
) -> None:
    """The alert to the COPIL of the alert's team (programme-wide ones too), through the
    outbox at the safety priority: sent at once, retried until delivered. `said` is the key
    and arguments of what the alert says of the message: the text (cut to fit) when it is
    at hand, else the youth's answer or silence."""
    async with context.bot_data.db.atomic():
        keys = await alert_notices(context, person, alert, said=said)
    await sending.send_now(context.application, keys)
    await plan_repeat(context.application, alert.id)


async def alert_notices(
    context: Context, person: Person | None, alert: SafetyAlert, *, said: tuple[str, dict[str, str]]
) -> list[str]:
    """Write the alert's copies into the outbox (call it in a transaction); their keys.
    Then call plan_repeat."""
    db = context.bot_data.db
    args = await _alert_args(context, person, alert, said)
    # Nobody in the team's COPIL: the programme's at once, rather than after two minutes.
    copil = await copil_of(context, alert.team_id) or await copil_of(context, None, everyone=True)
    notices = [copil_alert(alert.id, member.telegram_id, args) for member in copil]
    await db.outbox.add(notices)
    await db.safety.alerted(alert.id)
    return [n.key for n in notices]


async def _alert_args(
    context: Context, person: Person | None, alert: SafetyAlert, said: tuple[str, dict[str, Any]]
) -> dict[str, Any]:
    """What an alert says, worded later in each reader's language."""
    db = context.bot_data.db
    link = await db.links.get(alert.link_id) if alert.link_id else None
    team = await db.teams.get(alert.team_id) if alert.team_id else None
    mentor = await db.people.get(link.mentor_id) if link else None
    team_name = html.escape(team.name if team else "—")
    key, args = said
    return {
        "category": {"key": f"safety-category-{alert.category}"},
        "level": {"key": f"safety-level-{alert.level}"},
        "rule": alert.rule,
        "who": (
            {"key": "safety-copil-who-stranger", "args": {"team": team_name}}
            if person is None
            else {
                "key": f"safety-copil-who-{person.role}",
                "args": {"name": html.escape(person.display_name), "team": team_name},
            }
        ),
        "where": (
            {
                "key": "safety-copil-link",
                "args": {"mentor": html.escape(mentor.display_name), "link": link.id},
            }
            if link and mentor
            else {"key": "safety-copil-no-link"}
        ),
        "said": {"key": key, "args": args},
    }


def copil_alert(alert: int, member: int, args: dict[str, Any], *, copy: str = "copil") -> Notice:
    """A COPIL member's copy of an alert, worded in their language when it is sent."""
    return fluent(
        member,
        "safety-copil",
        key=f"{ALERT_KEY}{alert}:{copy}:{member}",
        priority=Priority.SAFETY,
        buttons=[[("safety-take", f"sfo:take:{alert}")]],  # "Je m'en occupe"
        on_sent="safety-copy",
        **args,
    )


async def widen(context: Context) -> None:
    """The job: an alert no COPIL member has received WIDEN_AFTER after it was queued (they
    blocked the bot, Telegram kept failing) goes to every COPIL member of the programme.
    Then the words quoted in alerts leave the outbox once their rows are final."""
    db = context.bot_data.db
    keys: list[str] = []
    async with db.atomic():
        for alert in await db.relay.alerts_unreceived(WIDEN_AFTER, ALERT_KEY):
            copies = await db.outbox.deliveries(f"{ALERT_KEY}{alert}:copil:")
            args = copies[0].params.get("args", {})
            notices = [
                copil_alert(alert, member.telegram_id, args)
                for member in await copil_of(context, None, everyone=True)
            ]
            await db.outbox.add(notices)
            keys += [n.key for n in notices]
        await db.outbox.forget_words(ALERT_KEY, context.bot_data.clock() - WIDEN_AFTER)
    if keys:
        logger.warning("a safety alert nobody received went to every COPIL member")
        await sending.send_now(context.application, keys)


def _every(app: Application) -> timedelta:  # type: ignore[type-arg]
    data: BotData = app.bot_data
    return timedelta(minutes=data.settings.safety_repeat_minutes)


async def plan_repeat(app: Application, alert_id: int) -> None:  # type: ignore[type-arg]
    """The next repeat of an alert nobody took: the interval after the first alert, times
    the repeats sent plus one (so a restart neither skips one nor sends it twice)."""
    data: BotData = app.bot_data
    alert = await data.db.safety.get(alert_id)
    if alert is None or alert.alerted_at is None or alert.owner_id or alert.closed_at:
        return
    number = alert.repeats + 1
    when = from_text(alert.alerted_at) + _every(app) * number
    jobs.run_at(app, f"{REPEAT}{alert.id}", when, repeat, (alert.id, number))


async def repeat(context: Context) -> None:
    """The job: nobody took the alert, so it goes again to every COPIL member of the
    programme, whatever their team (one conditional update marks each repeat as sent)."""
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    alert_id, number = job.data
    db = context.bot_data.db
    alert = await db.safety.get(alert_id)
    if alert is None or alert.alerted_at is None:
        return
    minutes = _every(context.application) * number // timedelta(minutes=1)
    person = await db.people.get(alert.person_id)
    async with db.atomic():
        if not await db.safety.repeated(alert.id, number - 1):
            return  # taken or closed meanwhile, or this repeat already went (a stale job)
        said = ("safety-copil-said-repeat", {"minutes": minutes})
        args = await _alert_args(context, person, alert, said)
        notices = [
            copil_alert(alert.id, member.telegram_id, args, copy=f"repeat{number}")
            for member in await copil_of(context, None, everyone=True)
        ]
        await db.outbox.add(notices)
    logger.warning("a safety alert nobody took went again to every COPIL member")
    await sending.send_now(context.application, [n.key for n in notices])
    await plan_repeat(context.application, alert.id)


async def restore(app: Application) -> None:  # type: ignore[type-arg]
    """Repeats of alerts nobody took come back (start-up and the hourly window)."""
    data: BotData = app.bot_data
    for alert in await data.db.safety.untaken():
        await plan_repeat(app, alert.id)


def install(app: Application) -> None:  # type: ignore[type-arg]
    data: BotData = app.bot_data

    async def copy_sent(item: OutboxItem, message_id: int) -> None:
        """Each copy of an alert is kept as sent, to say who took it (take_alert)."""
        alert = int((item.key or "").split(":")[1])
        await data.db.safety.add_copy(alert, item.chat_id, message_id)

    data.outbox.sent_hooks["safety-copy"] = copy_sent
    if app.job_queue is not None:
        every = WIDEN_EVERY.total_seconds()
        app.job_queue.run_repeating(widen, every, first=every, name="safety:widen")


async def take_alert(update: Update, context: Context) -> None:
    """sfo:take|who:<alert id> — "Je m'en occupe": the first COPIL member to press owns the
    alert (one conditional UPDATE); every copy then says who took it."""
    query = update.callback_query
    if query is None:
        return
    db = context.bot_data.db
    me = await person_of(update, context)
    _ = texts(update, context, me)
    action, _sep, raw = (query.data or "").removeprefix("sfo:").partition(":")
    alert_id = parse_id(raw)
    alert = await db.safety.get(alert_id) if alert_id is not None else None
    if me is None or me.role != Role.COPIL or not me.active or alert is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    if action == "take" and await db.safety.take(alert.id, me.telegram_id):
        jobs.cancel(context.application, f"{REPEAT}{alert.id}")
        await db.audit.record(me.telegram_id, "safety-take", alert.person_id)
        await answer_press(query, _("safety-taken-you"))
        label = _("safety-taken-label", name=me.display_name)
        for chat_id, message_id in await db.safety.copies(alert.id):
            reader = await db.people.get(chat_id)
            if reader is not None:
                label = texts_for(context, reader)("safety-taken-label", name=me.display_name)
            markup = InlineKeyboardMarkup(
                [[InlineKeyboardButton(label, callback_data=f"sfo:who:{alert.id}")]]
            )
            try:
                await context.bot.edit_message_reply_markup(
                    chat_id, message_id, reply_markup=markup
                )
            except (BadRequest, Forbidden):  # a copy deleted or a chat gone: the rest still say
                continue
        return
    taken = await db.safety.owner(alert.id)
    if taken is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    owner = await db.people.get(taken[0])
    name = owner.display_name if owner else "—"
    await answer_press(query, _("safety-taken-by", name=name), show_alert=True)
