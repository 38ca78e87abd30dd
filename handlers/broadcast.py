"""/broadcast (COPIL): news to mentors, peer helpers, youths who want news, or everyone;
/broadcasts: recent and scheduled ones, with progress; /news: a youth's choice.

The conversation asks one thing at a time: audience, (teams, for a programme-wide member),
the message, then shows it exactly as recipients will see it, then Send now or Schedule.
Sending itself is the outbox's job (bot/outbox.py): this module only fills it, runs it
from jobs, and reports to the author when it is done."""

from __future__ import annotations

import contextlib
import html
import logging
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.ext import filters as f

from bot import sending
from bot.buttons import answer_press, edit_message
from bot.context import BotData, Context, texts
from bot.dates import FUTURE_DAYS_MAX, DateInPast, DateTooFar, MissingTime, parse_future_datetime
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.jobs import cancel as cancel_job
from bot.jobs import run_at, scheduled
from bot.notify import sent_by
from bot.outbox import send_content
from handlers.basics import end_conversation
from storage.broadcasts import Audience, Broadcast
from storage.models import Person, Role

logger = logging.getLogger(__name__)

AUDIENCE, SCOPE, CONTENT, PREVIEW, WHEN = range(5)
DRAFT_KEY = "broadcast_draft"
MAX_CAPTION = 1024
MAX_TEXT = 4096
HEADER_ROOM = 80  # the "📣 Le COPIL · <team>" line above every broadcast


# ---------------------------------------------------------------- the conversation


async def broadcast(update: Update, context: Context) -> int:
    """Ask who the message is for."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    context.user_data[DRAFT_KEY] = {}
    rows = [
        [InlineKeyboardButton(_(f"broadcast-audience-{a}"), callback_data=f"bc:aud:{a}")]
        for a in Audience
    ]
    rows.append([InlineKeyboardButton(_("broadcast-stop"), callback_data="bc:stop")])
    await message.reply_text(_("broadcast-ask-audience"), reply_markup=InlineKeyboardMarkup(rows))
    return AUDIENCE


async def audience_chosen(update: Update, context: Context) -> int:
    """bc:aud:<audience> — then the teams (programme-wide) or the message."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    value = (query.data or "").removeprefix("bc:aud:")
    if value not in set(Audience):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return AUDIENCE
    draft = context.user_data.setdefault(DRAFT_KEY, {})
    draft["audience"] = value
    await answer_press(query)
    if not me.programme_wide:
        draft["team"] = me.team_id
        await edit_message(query, _("broadcast-ask-content", max=MAX_CAPTION))
        return CONTENT
    await edit_message(
        query, _("broadcast-ask-team"), reply_markup=await team_scope_buttons(context, "bc", _)
    )
    return SCOPE


async def team_scope_buttons(context: Context, prefix: str, _: Texts) -> InlineKeyboardMarkup:
    """A programme-wide member's choice of scope, for /broadcast and /event: every team,
    then all teams, as <prefix>:team:<id> and <prefix>:team:all."""
    rows = [
        [InlineKeyboardButton(t.name, callback_data=f"{prefix}:team:{t.id}")]
        for t in await context.bot_data.db.teams.all()
    ]
    every = InlineKeyboardButton(_("broadcast-all-teams"), callback_data=f"{prefix}:team:all")
    rows.append([every])
    return InlineKeyboardMarkup(rows)


async def team_scope_of(context: Context, me: Person, value: str) -> tuple[bool, int | None]:
    """(allowed, team) for a pressed scope button, re-checked since button data is never
    trusted: "all" (team None) only for a programme-wide member, otherwise an existing team
    this member sees."""
    if value == "all" and me.programme_wide:
        return True, None
    db = context.bot_data.db
    if is_id(value) and me.sees_team(int(value)) and await db.teams.get(int(value)):
        return True, int(value)
    return False, None


async def team_chosen(update: Update, context: Context) -> int:
    """bc:team:<id>|all — only a programme-wide member reaches every team."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    allowed, team = await team_scope_of(context, me, (query.data or "").removeprefix("bc:team:"))
    if not allowed:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return SCOPE
    context.user_data.setdefault(DRAFT_KEY, {})["team"] = team
    await answer_press(query)
    await edit_message(query, _("broadcast-ask-content", max=MAX_CAPTION))
    return CONTENT


async def content_given(update: Update, context: Context) -> int:
    """The message: formatted text, or one photo or document with an optional caption."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = context.user_data.setdefault(DRAFT_KEY, {})
    if "audience" not in draft or "team" not in draft:
        await message.reply_text(_("broadcast-lost"))
        return ConversationHandler.END
    photo = message.photo[-1].file_id if message.photo else None
    document = message.document.file_id if message.document else None
    limit = (MAX_CAPTION if photo or document else MAX_TEXT) - HEADER_ROOM
    if len(message.caption or message.text or "") > limit:
        await message.reply_text(_("broadcast-too-long", limit=limit))
        return CONTENT
    if photo or document:
        text = message.caption_html if message.caption else ""
    elif message.text:
        text = message.text_html
    else:
        await message.reply_text(_("broadcast-content-bad"))
        return CONTENT
    draft.update(text=text, photo=photo, document=document)
    await _preview(message, context, me, _, draft)
    return PREVIEW


async def _preview(
    message: Message, context: Context, me: Person, _: Texts, draft: dict[str, Any]
) -> None:
    """The message exactly as recipients will get it, then what to do with it."""
    await message.reply_text(_("broadcast-preview-title"))
    header = await sent_by(context.bot_data.db, _, me, draft["team"])
    await send_content(
        context.bot,
        me.telegram_id,
        with_header(header, draft["text"]),
        photo=draft.get("photo"),
        document=draft.get("document"),
    )
    count = await context.bot_data.db.broadcasts.audience_size(
        draft["team"], draft["audience"], me.telegram_id
    )
    rows = [
        [InlineKeyboardButton(_("broadcast-send-now", count=count), callback_data="bc:now")],
        [InlineKeyboardButton(_("broadcast-schedule"), callback_data="bc:later")],
        [InlineKeyboardButton(_("broadcast-change"), callback_data="bc:edit")],
        [InlineKeyboardButton(_("broadcast-stop"), callback_data="bc:stop")],
    ]
    await message.reply_text(
        _(
            "broadcast-preview-for",
            audience=_(f"broadcast-audience-{draft['audience']}"),
            where=await _where(context, draft["team"], _),
            count=count,
        ),
        reply_markup=InlineKeyboardMarkup(rows),
    )


async def _where(context: Context, team_id: int | None, _: Texts) -> str:
    team = await context.bot_data.db.teams.get(team_id) if team_id is not None else None
    return html.escape(team.name) if team else _("broadcast-all-teams")


async def preview_choice(update: Update, context: Context) -> int:
    """bc:now, bc:later, bc:edit, bc:stop."""
    press = await pressed(update, context, Role.COPIL)
    if press is None or context.user_data is None:
        return ConversationHandler.END
    query, me, _ = press
    draft = context.user_data.get(DRAFT_KEY) or {}
    action = (query.data or "").removeprefix("bc:")
    if "text" not in draft or not _may_reach(me, draft.get("team")):
        await answer_press(query, _("broadcast-lost"), show_alert=True)
        return ConversationHandler.END
    await answer_press(query)
    if action == "edit":
        await edit_message(query, _("broadcast-ask-content", max=MAX_CAPTION))
        return CONTENT
    if action == "later":
        await edit_message(query, _("broadcast-ask-when"))
        return WHEN
    if action != "now":
        await edit_message(query, _("button-unknown"))
        return PREVIEW
    db = context.bot_data.db
    if await db.broadcasts.audience_size(draft["team"], draft["audience"], me.telegram_id) == 0:
        await edit_message(query, _("broadcast-nobody"))
        return ConversationHandler.END
    sent = await _create(context, me, draft, None)
    context.user_data.pop(DRAFT_KEY, None)
    await edit_message(query, _("broadcast-sending", id=sent.id))
    sending.kick(context.application)
    return ConversationHandler.END


async def when_typed(update: Update, context: Context) -> int:
    """A typed date and time ("jeudi 18h30", "le 3 décembre à 9h"): schedule it."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = context.user_data.get(DRAFT_KEY) or {}
    if "text" not in draft or not _may_reach(me, draft.get("team")):
        await message.reply_text(_("broadcast-lost"))
        return ConversationHandler.END
    now = context.bot_data.clock().astimezone(context.bot_data.settings.zone)
    try:
        at = parse_future_datetime(message.text or "", now)
    except DateInPast:
        await message.reply_text(_("broadcast-when-past"))
        return WHEN
    except DateTooFar:
        await message.reply_text(_("broadcast-when-too-far", years=FUTURE_DAYS_MAX // 366))
        return WHEN
    except MissingTime:
        await message.reply_text(_("broadcast-when-no-time"))
        return WHEN
    if at is None:
        await message.reply_text(_("broadcast-when-bad"))
        return WHEN
    scheduled = await _create(context, me, draft, at)
    context.user_data.pop(DRAFT_KEY, None)
    schedule_start(context.application, scheduled)
    await message.reply_text(_("broadcast-scheduled", when=_.when(at, now=now)))
    return ConversationHandler.END


def _may_reach(me: Person, team: object) -> bool:
    """Re-checked at the last step: the draft's scope may be stale (role or team changed)."""
    return (team is None and me.programme_wide) or (isinstance(team, int) and me.sees_team(team))


async def _create(
    context: Context, me: Person, draft: dict[str, Any], at: datetime | None
) -> Broadcast:
    return await context.bot_data.db.broadcasts.create(
        author_id=me.telegram_id,
        team_id=draft["team"],
        audience=draft["audience"],
        text=draft["text"],
        photo_file_id=draft.get("photo"),
        document_file_id=draft.get("document"),
        scheduled_at=at,
    )


async def stop(update: Update, context: Context) -> int:
    """bc:stop or /cancel: drop the draft, send nothing."""
    return await end_conversation(update, context, DRAFT_KEY)


def conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CommandHandler("broadcast", broadcast)],
        states={
            AUDIENCE: [CallbackQueryHandler(audience_chosen, pattern=r"^bc:aud:")],
            SCOPE: [CallbackQueryHandler(team_chosen, pattern=r"^bc:team:")],
            CONTENT: [
                MessageHandler(
                    (f.TEXT & ~f.COMMAND) | f.PHOTO | f.Document.ALL | f.ATTACHMENT,
                    content_given,
                )
            ],
            PREVIEW: [CallbackQueryHandler(preview_choice, pattern=r"^bc:(now|later|edit)$")],
            WHEN: [MessageHandler(f.TEXT & ~f.COMMAND, when_typed)],
        },
        fallbacks=[
            CommandHandler("cancel", stop),
            CallbackQueryHandler(stop, pattern=r"^bc:stop$"),
        ],
        name="broadcast",
        persistent=True,
        allow_reentry=True,
    )


# ---------------------------------------------------------------- /broadcasts, /news


async def broadcasts(update: Update, context: Context) -> None:
    """Recent and scheduled broadcasts of the teams this member manages, with progress."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    text, markup = await _list(context, me, _)
    await message.reply_text(text, reply_markup=markup)


async def _list(context: Context, me: Person, _: Texts) -> tuple[str, InlineKeyboardMarkup | None]:
    db = context.bot_data.db
    teams = None if me.programme_wide else [me.team_id] if me.team_id is not None else []
    found = await db.broadcasts.recent(teams)
    if not found:
        return _("broadcasts-none"), None
    lines = [_("broadcasts-title")]
    rows = []
    for b in found:
        progress = await db.broadcasts.progress(b.id)
        when = _.when(b.scheduled_at or b.created_at)
        lines.append(
            _(
                f"broadcasts-line-{b.status}",
                id=b.id,
                when=when,
                audience=_(f"broadcast-audience-{b.audience}"),
                where=await _where(context, b.team_id, _),
                sent=progress.sent,
                total=progress.total,
                unreachable=progress.unreachable,
                failed=progress.failed,
            )
        )
        if b.status == "scheduled":
            rows.append(
                [
                    InlineKeyboardButton(
                        _("broadcasts-cancel", id=b.id, when=when),
                        callback_data=f"bcl:cancel:{b.id}",
                    )
                ]
            )
    return "\n\n".join(lines), InlineKeyboardMarkup(rows) if rows else None


async def broadcasts_button(update: Update, context: Context) -> None:
    """bcl:cancel:<id> — cancel a scheduled broadcast of a team this member manages."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    raw = (query.data or "").removeprefix("bcl:cancel:")
    db = context.bot_data.db
    found = await db.broadcasts.get(int(raw)) if is_id(raw) else None
    if found is None or found.purpose != "news" or not _may_reach(me, found.team_id):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    if not await db.broadcasts.cancel(found.id):
        await answer_press(query, _("broadcasts-too-late"), show_alert=True)
        return
    cancel_job(context.application, f"broadcast:{found.id}")
    await answer_press(query, _("broadcasts-cancelled", id=found.id))
    text, markup = await _list(context, me, _)
    await edit_message(query, text, reply_markup=markup)


async def news(update: Update, context: Context) -> None:
    """/news (youth): receive the programme's news or not; shows the choice and a toggle."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    wanted = await context.bot_data.db.people.wants_news(me.telegram_id)
    text, markup = _news_screen(wanted, _)
    await message.reply_text(text, reply_markup=markup)


def _news_screen(wanted: bool, _: Texts) -> tuple[str, InlineKeyboardMarkup]:
    button = _("news-turn-off") if wanted else _("news-turn-on")
    data = "news:off" if wanted else "news:on"
    return (
        _("news-on") if wanted else _("news-off"),
        InlineKeyboardMarkup([[InlineKeyboardButton(button, callback_data=data)]]),
    )


async def news_button(update: Update, context: Context) -> None:
    """news:on / news:off."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None:
        return
    query, me, _ = press
    choice = (query.data or "").removeprefix("news:")
    if choice not in ("on", "off"):
        await answer_press(query, _("button-unknown"))
        return
    await context.bot_data.db.people.set_wants_news(me.telegram_id, choice == "on")
    await answer_press(query)
    text, markup = _news_screen(choice == "on", _)
    with contextlib.suppress(BadRequest):  # pressed twice: the message already says so
        await edit_message(query, text, reply_markup=markup)


# ---------------------------------------------------------------- sending, from jobs


def with_header(header: str, text: str) -> str:
    return f"{header}\n\n{text}" if text else header


def install(app: Application) -> None:  # type: ignore[type-arg]
    """News go out with who sends them on top, in each recipient's words."""
    data: BotData = app.bot_data

    async def render(broadcast: Broadcast, chat_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
        reader = await data.db.people.get(chat_id)
        language = reader.language if reader else data.settings.default_locale
        _ = Texts(data.i18n, language, data.settings.zone)
        header = await sent_by(data.db, _, reader, broadcast.team_id)
        return with_header(header, broadcast.text), None

    data.outbox.renderers["news"] = render


def schedule_start(app: Application, broadcast: Broadcast) -> None:  # type: ignore[type-arg]
    """The job that starts a scheduled broadcast, named after it (brought into memory when
    its time is within the jobs' window)."""
    if broadcast.scheduled_at is not None:
        run_at(app, f"broadcast:{broadcast.id}", broadcast.scheduled_at, _start_job, broadcast.id)


async def _start_job(context: Context) -> None:
    """A scheduled broadcast's time came: fill its outbox (once) and send."""
    job = context.job
    if job is None or not isinstance(job.data, int):
        return
    if await context.bot_data.db.broadcasts.start(job.data) is not None:
        await sending.drain(context.application)


async def restore(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up: calls cut by a crash go out again, scheduled broadcasts get their jobs
    back (one missed while the bot was down goes at once: news stay news), and the outbox
    resumes where it stopped."""
    data: BotData = app.bot_data
    again = await data.db.outbox.requeue_in_flight()
    if again:
        logger.info("outbox: %s sends cut by a stop go out again", again)
    await plan_window(app)
    sending.start(app)


async def plan_window(app: Application) -> None:  # type: ignore[type-arg]
    """Scheduled broadcasts due within the jobs' window get their job (start-up, hourly)."""
    data: BotData = app.bot_data
    for waiting in await data.db.broadcasts.scheduled():
        if not scheduled(app, f"broadcast:{waiting.id}"):
            schedule_start(app, waiting)
