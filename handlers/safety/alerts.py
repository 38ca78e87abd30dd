"""The COPIL's side of an alert: its copies go through the outbox at the safety priority
(sent at once, retried until delivered); one nobody received two minutes after it was queued
goes to every COPIL member of the programme (job safety:widen); one nobody took within
its team's interval (5, 10, 15 or 30 minutes, chosen by the team's COPIL in /alerts; else
LIEN_SAFETY_REPEAT_MINUTES) goes again to every COPIL member, then as often again, until
someone presses "Je m'en occupe" (jobs safety:repeat:<alert>, rebuilt from the database).
The first to press owns the alert and every copy then says who took it."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application

from bot import jobs, sending
from bot.buttons import answer_press, edit_message
from bot.context import BotData, Context, texts
from bot.guards import person_of
from bot.i18n import Texts
from bot.ids import parse_id
from bot.notify import copil_of, texts_for
from bot.sending import fluent
from handlers.safety import board
from storage.clock import from_text
from storage.models import Person, Role
from storage.outbox import Notice, OutboxItem, Priority
from storage.safety import OUTCOMES, SafetyAlert

logger = logging.getLogger(__name__)

ALERT_KEY = "safety:"  # outbox keys safety:<alert>:youth, :copil:<member>, :repeat<n>:<member>
WIDEN_AFTER = timedelta(minutes=2)
WIDEN_EVERY = timedelta(seconds=30)
REPEAT = "safety:repeat:"  # + alert id: the job repeating an alert nobody took
REPEAT_CHOICES = (5, 10, 15, 30)  # minutes a team's COPIL may choose


async def alert_copil(
    context: Context, person: Person | None, alert: SafetyAlert, *, said: tuple[str, dict[str, Any]]
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
    context: Context, person: Person | None, alert: SafetyAlert, *, said: tuple[str, dict[str, Any]]
) -> list[str]:
    """Write the alert's copies into the outbox (call it in a transaction); their keys.
    Then call plan_repeat."""
    db = context.bot_data.db
    args = await _alert_args(context, person, alert, said)
    # Nobody in the team's COPIL: the programme's at once, rather than after two minutes.
    copil = await copil_of(context, alert.team_id) or await copil_of(context, None, everyone=True)
    notices = [copil_alert(alert.id, member.telegram_id, args, alert.person_id) for member in copil]
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


def copil_alert(
    alert: int, member: int, args: dict[str, Any], about: int | None, *, copy: str = "copil"
) -> Notice:
    """A COPIL member's copy of an alert, worded in their language when it is sent; `about`:
    whose words they are (their /forget erases it if still waiting)."""
    return fluent(
        member,
        "safety-copil",
        key=f"{ALERT_KEY}{alert}:{copy}:{member}",
        priority=Priority.SAFETY,
        buttons=[[("safety-take", f"sfo:take:{alert}")]],  # "Je m'en occupe"
        on_sent="safety-copy",
        about=about,
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
                copil_alert(alert, member.telegram_id, args, copies[0].about)
                for member in await copil_of(context, None, everyone=True)
            ]
            await db.outbox.add(notices)
            keys += [n.key for n in notices]
        await db.outbox.forget_words(ALERT_KEY, context.bot_data.clock() - WIDEN_AFTER)
    if keys:
        logger.warning("a safety alert nobody received went to every COPIL member")
        await sending.send_now(context.application, keys)


async def repeat_minutes(app: Application, team_id: int | None) -> float:  # type: ignore[type-arg]
    """The team's interval between repeats, else the setting's (an alert with no team too)."""
    data: BotData = app.bot_data
    chosen = await data.db.safety.repeat_minutes(team_id)
    return chosen if chosen is not None else data.settings.safety_repeat_minutes


async def plan_repeat(app: Application, alert_id: int) -> None:  # type: ignore[type-arg]
    """The next repeat of an alert nobody took: the interval after the first alert, times
    the repeats sent plus one (so a restart neither skips one nor sends it twice)."""
    data: BotData = app.bot_data
    alert = await data.db.safety.get(alert_id)
    if alert is None or alert.alerted_at is None or alert.owner_id or alert.closed_at:
        return
    number = alert.repeats + 1
    every = timedelta(minutes=await repeat_minutes(app, alert.team_id))
    when = from_text(alert.alerted_at) + every * number
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
    minutes = round(await repeat_minutes(context.application, alert.team_id) * number)
    person = await db.people.get(alert.person_id)
    async with db.atomic():
        if not await db.safety.repeated(alert.id, number - 1):
            return  # taken or closed meanwhile, or this repeat already went (a stale job)
        said = ("safety-copil-said-repeat", {"minutes": minutes})
        args = await _alert_args(context, person, alert, said)
        notices = [
            copil_alert(alert.id, member.telegram_id, args, alert.person_id, copy=f"repeat{number}")
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
        """Each copy of an alert is kept as sent, to say who took it (alert_button)."""
        alert = int((item.key or "").split(":")[1])
        await data.db.safety.add_copy(alert, item.chat_id, message_id)

    data.outbox.sent_hooks["safety-copy"] = copy_sent
    if app.job_queue is not None:
        every = WIDEN_EVERY.total_seconds()
        app.job_queue.run_repeating(widen, every, first=every, name="safety:widen")


async def alert_button(update: Update, context: Context) -> None:
    """sfo:<action>:... — an alert's buttons, for the COPIL only (role re-checked in the
    database, ids parsed, never trusted): take, who, close, out (an outcome), keep, page."""
    query = update.callback_query
    if query is None:
        return
    db = context.bot_data.db
    me = await person_of(update, context)
    _ = texts(update, context, me)
    action, _sep, raw = (query.data or "").removeprefix("sfo:").partition(":")
    if me is None or me.role != Role.COPIL or not me.active:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    if action == "page":
        await board.page_button(query, context, me, _, raw)
        return
    if action == "rep":
        await _repeat_setting(query, context, me, _, raw)
        return
    outcome, _sep, raw = raw.rpartition(":")  # sfo:out:<outcome>:<alert>
    alert_id = parse_id(raw)
    alert = await db.safety.get(alert_id) if alert_id is not None else None
    if alert is None or (outcome and (action != "out" or outcome not in OUTCOMES)):
        await answer_press(query, _("button-unknown"), show_alert=True)
    elif action == "take":
        await _take(query, context, me, _, alert)
    elif action in ("close", "out", "keep") and alert.owner_id == me.telegram_id:
        await _close(query, context, me, _, alert, action, outcome)
    else:
        await _who(query, context, _, alert)


async def _repeat_setting(
    query: CallbackQuery, context: Context, me: Person, _: Texts, raw: str
) -> None:
    """sfo:rep[:<team>[:<minutes>]] — how often a team's untaken alerts are repeated: a team
    this member sees and one of REPEAT_CHOICES, re-checked here; alerts waiting now are
    re-planned at once."""
    db = context.bot_data.db
    teams = [t for t in await db.teams.all() if me.sees_team(t.id)]
    parts = raw.split(":") if raw else []
    team = next((t for t in teams if parts and parts[0] == str(t.id)), None)
    minutes = int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else None
    if team is None and len(teams) == 1 and not parts:
        team = teams[0]
    if (
        not teams
        or len(parts) > 2
        or (parts and team is None)
        or (len(parts) == 2 and minutes not in REPEAT_CHOICES)
    ):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    await answer_press(query)
    back = [InlineKeyboardButton(_("alerts-repeat-back"), callback_data=f"{board.PAGE}0")]
    if team is None:  # a programme-wide member: which team first
        rows = [[InlineKeyboardButton(t.name, callback_data=f"sfo:rep:{t.id}")] for t in teams]
        await edit_message(query, _("alerts-repeat-which"), InlineKeyboardMarkup([*rows, back]))
        return
    if minutes is not None:
        await db.safety.set_repeat_minutes(team.id, minutes)
        await db.audit.record(me.telegram_id, f"alert-repeat:{minutes}")
        for alert in await db.safety.untaken():
            if alert.team_id == team.id:
                await plan_repeat(context.application, alert.id)
    now = await repeat_minutes(context.application, team.id)
    choices = [
        InlineKeyboardButton(
            ("✅ " if m == now else "") + _("alerts-repeat-choice", minutes=m),
            callback_data=f"sfo:rep:{team.id}:{m}",
        )
        for m in REPEAT_CHOICES
    ]
    text = _("alerts-repeat-now", team=html.escape(team.name), minutes=f"{now:g}")
    await edit_message(query, text, InlineKeyboardMarkup([choices, back]))


async def _take(
    query: CallbackQuery, context: Context, me: Person, _: Texts, alert: SafetyAlert
) -> None:
    """The first press of "Je m'en occupe" wins (one conditional UPDATE); every copy then
    says who took it, and the owner's copies offer to write to the youth and to close."""
    db = context.bot_data.db
    if not await db.safety.take(alert.id, me.telegram_id):
        await _who(query, context, _, alert)
        return
    jobs.cancel(context.application, f"{REPEAT}{alert.id}")
    await db.audit.record(me.telegram_id, "safety-take", alert.person_id)
    await answer_press(query, _("safety-taken-you"))
    youth = await db.people.get(alert.person_id)
    writable = youth is None or youth.active  # None: not signed up yet, their chat is known

    def buttons(reader: Texts, chat_id: int) -> list[list[tuple[str, str]]]:
        if chat_id != me.telegram_id:
            return [[(reader("safety-taken-label", name=me.display_name), f"sfo:who:{alert.id}")]]
        rows = [[(reader("alert-yours"), f"sfo:who:{alert.id}")]]
        if writable:
            rows.append([(reader("alert-write"), f"talk:alert:{alert.id}")])
        return [*rows, [(reader("alert-close"), f"sfo:close:{alert.id}")]]

    await _relabel(context, alert.id, buttons)
    message = query.message
    if message is not None and await db.safety.of_copy(me.telegram_id, message.message_id) is None:
        text, markup = await board.page(context, me, _, 0)  # pressed in /alerts: refresh it
        await edit_message(query, text, markup)


async def _close(
    query: CallbackQuery,
    context: Context,
    me: Person,
    _: Texts,
    alert: SafetyAlert,
    action: str,
    outcome: str,
) -> None:
    """The owner closes the alert with an outcome (asked with buttons; never any text).
    Once closed, the youth's way to the owner ends and every copy says how it ended."""
    db = context.bot_data.db
    if action == "close":
        await answer_press(query)
        rows = [
            [(f"alert-outcome-{o}", f"sfo:out:{o}:{alert.id}") for o in OUTCOMES[i : i + 2]]
            for i in range(0, len(OUTCOMES), 2)
        ]
        rows.append([("alert-keep", f"sfo:keep:{alert.id}")])
        await context.bot.send_message(
            me.telegram_id, _("alert-close-ask", id=alert.id), reply_markup=sending.markup(rows, _)
        )
        return
    if action == "keep":
        await answer_press(query)
        await edit_message(query, _("alert-kept", id=alert.id))
        return
    if not await db.safety.close(alert.id, me.telegram_id, outcome):
        await _who(query, context, _, alert)  # closed already: a double tap
        return
    await db.audit.record(me.telegram_id, f"safety-close:{outcome}", alert.person_id)
    await answer_press(query)
    await edit_message(query, _("alert-closed", id=alert.id, outcome=_(f"alert-outcome-{outcome}")))

    def buttons(reader: Texts, chat_id: int) -> list[list[tuple[str, str]]]:
        said = reader("alert-closed-label", outcome=reader(f"alert-outcome-{outcome}"))
        return [[(said, f"sfo:who:{alert.id}")]]

    await _relabel(context, alert.id, buttons)


async def _who(query: CallbackQuery, context: Context, _: Texts, alert: SafetyAlert) -> None:
    """Who took the alert, and how it ended (a copy's label pressed, or a late press)."""
    db = context.bot_data.db
    fresh = await db.safety.get(alert.id) or alert
    owner = await db.people.get(fresh.owner_id) if fresh.owner_id else None
    name = owner.display_name if owner else "—"
    if fresh.closed_at and fresh.outcome:
        outcome = _(f"alert-outcome-{fresh.outcome}")
        await answer_press(query, _("alert-closed-by", name=name, outcome=outcome), show_alert=True)
    elif fresh.owner_id:
        await answer_press(query, _("safety-taken-by", name=name), show_alert=True)
    else:
        await answer_press(query, _("button-unknown"), show_alert=True)


async def _relabel(
    context: Context, alert_id: int, buttons: Callable[[Texts, int], list[list[tuple[str, str]]]]
) -> None:
    """Every sent copy of the alert gets new buttons, worded for its reader."""
    db = context.bot_data.db
    for chat_id, message_id in await db.safety.copies(alert_id):
        reader = await db.people.get(chat_id)
        words = (
            texts_for(context, reader)
            if reader
            else await sending.texts_of(context.application, chat_id)
        )
        try:
            await context.bot.edit_message_reply_markup(
                chat_id, message_id, reply_markup=sending.markup(buttons(words, chat_id))
            )
        except (BadRequest, Forbidden):  # a copy deleted or a chat gone: the rest still say
            continue
