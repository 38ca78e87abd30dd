"""Check-ins (issue 14): every two weeks of an active link (teams.checkin_days; 0 = off) the
youth gets one tap-only question, "how are you these days?", with five faces, then
optionally the theme that weighs most. The mentor never sees the answer. A very low answer
goes through the safety net's medium level (the youth is asked warmly; the COPIL hears of it
on "not really", "talk" or silence); very low twice in a row tells the mentor it may be a
moment to get in touch, without the score. "Don't ask me again" turns them off for good.

When a link ends the youth taps twice (did it help, would they recommend it), then may add
a few words: they go to the COPIL only, without the youth's name, and only once at least
five wait in the team, all together and shuffled (so one cannot tell who wrote).

The question is an outbox row written with its check-in row (storage/checkins.py), from
the hourly jobs window: each period's question goes out once, a restart resumes."""

from __future__ import annotations

import html
import random
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot import jobs
from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import parse_id
from bot.sending import QUESTION, Queued, fluent, queued
from handlers import safety
from handlers.basics import end_conversation
from handlers.relay import youth_name
from storage.checkins import RECOMMEND, VERY_LOW, WORDS_MAX, Answered
from storage.clock import to_text
from storage.models import THEMES, Person, Role
from storage.outbox import Notice

FACES = 5


async def ask_due(context: Context) -> None:
    """The job: this period's question to every youth due one."""
    db = context.bot_data.db
    now = context.bot_data.clock()
    async with queued(context) as q:
        notices = []
        for days in await db.checkins.periods():
            for asked in await db.checkins.ask_due(days):
                faces = [(f"checkin-face-{n}", f"ci:m:{asked.id}:{n}") for n in range(1, 6)]
                buttons = [faces, [("checkin-off", f"ci:off:{asked.id}")]]
                notices.append(
                    fluent(
                        asked.youth_id,
                        "checkin-ask",
                        key=f"checkin:{asked.id}",
                        buttons=buttons,
                        until=now + timedelta(days=days),  # the next one asks again
                    )
                )
        for asked in await db.checkins.ask_feedback_due():  # links that ended lately
            scale = [(f"feedback-helped-{n}", f"fb:h:{asked.id}:{n}") for n in range(1, 6)]
            key = f"feedback:{asked.id}"
            notices.append(
                fluent(
                    asked.youth_id,
                    "feedback-helped",
                    key=key,
                    buttons=[scale],
                    until=now + QUESTION,
                )
            )
        await q.add(notices)


async def answer_button(update: Update, context: Context) -> None:
    """ci:m:<checkin>:<1-5>, ci:t:<checkin>:<theme|skip>, ci:off:<checkin>."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None:
        return
    query, me, _ = press
    parts = ((query.data or "") + ":::").split(":")
    action, checkin_id, value = parts[1], parse_id(parts[2]), parts[3]
    db = context.bot_data.db
    if checkin_id is None or action not in ("m", "t", "off"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    if action == "off":
        await answer_press(query)
        await db.checkins.turn_off(me.telegram_id)
        await edit_message(query, _("checkin-off-done"))
        return
    if action == "t":
        if value != "skip" and value not in THEMES:
            await answer_press(query, _("button-unknown"), show_alert=True)
            return
        await answer_press(query)
        if value != "skip":
            await db.checkins.set_theme(checkin_id, me.telegram_id, value)
        await edit_message(query, _("checkin-thanks"))
        return
    mood = parse_id(value)
    if mood is None or not 1 <= mood <= FACES:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    alert_id = None
    async with queued(context) as q:  # the answer, its alert and the mentor's notice: all or none
        answered = await db.checkins.answer(checkin_id, me.telegram_id, mood)
        if answered is not None and answered.mood == VERY_LOW:
            alert_id = await _safety_question(context, me, answered)
        if answered is not None and await db.checkins.low_twice(answered):
            await _tell_mentor(context, q, answered)
    if answered is None:  # not theirs, or a second tap: nothing changes
        await answer_press(query, _("checkin-already"), show_alert=True)
        return
    await answer_press(query)
    if alert_id is not None:  # asked at once whether they are safe, in the same message
        until = context.bot_data.clock() + timedelta(minutes=safety.QUESTION_MINUTES)
        job = f"{safety.ASK}{alert_id}"
        jobs.run_at(context.application, job, until, safety.question_timeout, alert_id)
        markup = safety.question_buttons(_, alert_id)
        await edit_message(query, _("checkin-low-question"), reply_markup=markup)
        return
    await edit_message(query, _("checkin-which-theme"), reply_markup=_themes(_, answered.id))


def _themes(_: Texts, checkin_id: int) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(_(f"theme-{code}"), callback_data=f"ci:t:{checkin_id}:{code}")
        for code in THEMES
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([InlineKeyboardButton(_("checkin-skip"), callback_data=f"ci:t:{checkin_id}:skip")])
    return InlineKeyboardMarkup(rows)


async def _tell_mentor(context: Context, q: Queued, answered: Answered) -> None:
    """Very low twice: the mentor hears it may be time to get in touch (never the score)."""
    db = context.bot_data.db
    link = await db.links.get(answered.link_id)
    if link is None or not link.active:
        return
    name = html.escape(await youth_name(db, link))
    key = f"checkin-low:{answered.id}"
    notice = fluent(link.mentor_id, "checkin-mentor-low", key=key, about=link.youth_id, name=name)
    await q.add([notice])


async def _safety_question(context: Context, me: Person, answered: Answered) -> int:
    """The safety net's medium level: the youth is asked whether they are safe; the COPIL
    is alerted on "not really", "talk" or 30 minutes of silence (handlers/safety.py answers
    the buttons and the timeout; safety.restore rebuilds it). Returns the alert's id."""
    db = context.bot_data.db
    until = context.bot_data.clock() + timedelta(minutes=safety.QUESTION_MINUTES)
    alert_id = await db.safety.record(
        me.telegram_id,
        link_id=answered.link_id,
        team_id=answered.team_id,
        category="distress",
        level="medium",
        rule="checkin.very-low",
        asked_until=until,
    )
    await db.audit.record(None, "safety-question:distress", me.telegram_id)
    return alert_id


async def feedback_button(update: Update, context: Context) -> None:
    """fb:h:<feedback>:<1-5>, then fb:r:<feedback>:<yes|maybe|no> — once each; then
    fb:nowords:<feedback> (fb:w:<feedback>, the words, is words_conversation's)."""
    press = await pressed(update, context, Role.YOUTH, even_inactive=True)
    if press is None:
        return
    query, me, _ = press
    parts = ((query.data or "") + ":::").split(":")
    action, feedback_id, value = parts[1], parse_id(parts[2]), parts[3]
    db = context.bot_data.db
    if action == "nowords":  # the thanks without the words' buttons
        await answer_press(query)
        await edit_message(query, _("feedback-thanks"))
        return
    helped = parse_id(value) if action == "h" else None
    valid = (helped is not None and 1 <= helped <= FACES) or (action == "r" and value in RECOMMEND)
    if feedback_id is None or not valid:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    if helped is not None:
        done = await db.checkins.feedback_helped(feedback_id, me.telegram_id, helped)
    else:
        done = await db.checkins.feedback_recommend(feedback_id, me.telegram_id, value)
    if not done:  # not theirs, or answered already
        await answer_press(query, _("checkin-already"), show_alert=True)
        return
    await answer_press(query)
    if helped is not None:
        rows = [
            [
                InlineKeyboardButton(
                    _(f"feedback-recommend-{a}"), callback_data=f"fb:r:{feedback_id}:{a}"
                )
                for a in RECOMMEND
            ]
        ]
        await edit_message(query, _("feedback-recommend"), reply_markup=InlineKeyboardMarkup(rows))
        return
    words = [
        [
            InlineKeyboardButton(_("feedback-add-words"), callback_data=f"fb:w:{feedback_id}"),
            InlineKeyboardButton(_("feedback-no-words"), callback_data=f"fb:nowords:{feedback_id}"),
        ]
    ]
    await edit_message(query, _("feedback-thanks-words"), reply_markup=InlineKeyboardMarkup(words))


# ---------------------------------------------------------------- a few words at the end

WORDS, WORDS_KEY = 0, "feedback_words"


async def words_asked(update: Update, context: Context) -> int:
    """fb:w:<feedback>: the youth wants to add a few words; the next text is them."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    feedback_id = parse_id((query.data or "").removeprefix("fb:w:"))
    if feedback_id is None or not await context.bot_data.db.checkins.words_open(
        feedback_id, me.telegram_id
    ):
        await answer_press(query, _("checkin-already"), show_alert=True)
        return ConversationHandler.END
    await answer_press(query)
    context.user_data[WORDS_KEY] = feedback_id
    await edit_message(query, _("feedback-words-ask", most=WORDS_MAX))
    return WORDS


async def words_typed(update: Update, context: Context) -> int:
    """The words: kept, and once five wait in the team, all of them go to its COPIL
    together, without names and in no particular order."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    words = (message.text or "").strip()
    if len(words) > WORDS_MAX:
        await message.reply_text(_("feedback-words-too-long", most=WORDS_MAX))
        return WORDS
    feedback_id = context.user_data.pop(WORDS_KEY, None)
    db = context.bot_data.db
    async with queued(context) as q:  # the words and, once there are five, their message
        team = None
        if isinstance(feedback_id, int):
            team = await db.checkins.add_words(feedback_id, me.telegram_id, words)
        released = await db.checkins.release_words(team) if team is not None else []
        if released:
            await q.add(await _words_notices(context, team or None, released))
    if team is None:
        await message.reply_text(_("checkin-already"))
        return ConversationHandler.END
    await message.reply_text(_("feedback-words-thanks"))
    return ConversationHandler.END


async def _words_notices(context: Context, team_id: int | None, words: list[str]) -> list[Notice]:
    """One message to each COPIL member of the team: the words shuffled, no name, no date."""
    db = context.bot_data.db
    random.shuffle(words)
    team = await db.teams.get(team_id) if team_id is not None else None
    quoted = "\n\n".join(f"« {html.escape(w)} »" for w in words)
    at = to_text(context.bot_data.clock())
    return [
        fluent(
            member.telegram_id,
            "feedback-words-copil",
            key=f"feedback-words:{team_id or 0}:{at}:{member.telegram_id}",
            team=html.escape(team.name) if team else {"key": "stats-whole-programme"},
            words=quoted,
        )
        for member in await db.people.copil_of(team_id)
    ]


async def words_stop(update: Update, context: Context) -> int:
    """/cancel or fb:nowords while writing: nothing is kept."""
    return await end_conversation(update, context, WORDS_KEY)


def words_conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CallbackQueryHandler(words_asked, pattern=r"^fb:w:")],
        states={WORDS: [MessageHandler(f.TEXT & ~f.COMMAND, words_typed)]},
        fallbacks=[CommandHandler("cancel", words_stop)],
        name="feedback_words",
        persistent=True,
        allow_reentry=True,
    )
