"""The composition root: the one place that builds the Application and registers handlers."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    MessageHandler,
    TypeHandler,
)
from telegram.ext import filters as f
from telegram.request import BaseRequest, HTTPXRequest

from bot import jobs, sending
from bot.commands import set_default_menus
from bot.context import BotData, Context
from bot.errors import on_error
from bot.guards import active_people_only, private_chats_only
from bot.i18n import I18n
from bot.inbox import InboxQueue, KeptBeforeConfirming, PerPerson
from bot.outbox import MAX_IN_FLIGHT, Sender
from bot.persistence import SqlitePersistence
from bot.safety import SafetyNet
from bot.settings import Settings
from bot.startup import retrying
from handlers import (
    answer,
    assign,
    basics,
    broadcast,
    checkins,
    emergency,
    events,
    groups,
    history,
    hours,
    invite,
    link_end,
    logs,
    mydata,
    partners,
    people,
    ratings,
    relay,
    request,
    request_jobs,
    resource,
    rhythms,
    safety,
    silence,
    stale,
    start,
    stats,
    teams,
    wellbeing,
)
from storage.clock import Clock, system_clock
from storage.invites import SETUP_VALID_FOR

logger = logging.getLogger(__name__)

LienApp = Application[Any, Context, dict[Any, Any], dict[Any, Any], BotData, Any]


class _StopsQuietly(LienApp):
    """PTB's stop waits for the jobs running when it begins, then shuts the scheduler down,
    which cancels any job that started meanwhile (an outbox retry falling due): a
    CancelledError traceback, and the job's work going on, shielded, while the database
    closes. Here nothing new starts once stopping begins (the database is the schedule:
    what falls due meanwhile runs at the next start), the outbox ends its drain after the
    calls in flight, and updates not started yet wait in the inbox for the next start."""

    async def stop(self) -> None:
        if self.job_queue is not None and self.job_queue.scheduler.running:
            self.job_queue.scheduler.pause()
        self.bot_data.outbox.close()
        self.bot_data.inbox.stop_taking()
        await super().stop()


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    clock: Clock = system_clock,
) -> LienApp:
    """Build Lien. `request` lets tests and the sandbox answer instead of Telegram."""
    data = BotData()
    data.settings = settings
    data.i18n = I18n()
    data.clock = clock
    data.safety = SafetyNet.load()
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    data.outbox = Sender(
        rate=settings.broadcast_rate, speedup=settings.broadcast_speedup, clock=clock
    )
    # Every update is kept in the database before Telegram is told it arrived (bot.inbox).
    data.inbox = InboxQueue(data)
    defaults = Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.zone)
    data.bulk_bot = ExtBot(
        token,
        base_url=settings.bot_api_url,
        base_file_url=settings.bot_api_url.removesuffix("/bot") + "/file/bot",
        request=request or HTTPXRequest(connection_pool_size=MAX_IN_FLIGHT + 4),
        defaults=defaults,
    )
    builder = (
        ApplicationBuilder()
        .application_class(_StopsQuietly)
        .token(token)
        .base_url(settings.bot_api_url)
        .base_file_url(settings.bot_api_url.removesuffix("/bot") + "/file/bot")
        .context_types(ContextTypes(bot_data=BotData))
        .defaults(defaults)
        .persistence(SqlitePersistence(data))
        .update_queue(data.inbox)
        # Each person's updates in order, different people's at once.
        .concurrent_updates(PerPerson(data.inbox))
        # Obey retry_after and pace group chats. No overall 30/s bucket here: answering
        # people is light, and bulk sending (broadcasts) paces itself through its outbox.
        .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=3))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request)
    # A getUpdates batch is committed to the inbox before the next getUpdates confirms it.
    polling = request or HTTPXRequest()  # PTB's own default for getUpdates
    builder = builder.get_updates_request(KeptBeforeConfirming(polling, data.inbox))
    application = builder.build()
    application.bot_data = data
    if application.job_queue is not None:
        # APScheduler drops a job that runs over a second late as "missed"; the start-up's
        # kick to the outbox (scheduled before the scheduler runs) then never ran when a
        # loaded machine took longer to start. Late is better than never, once.
        queue = application.job_queue
        queue.scheduler.configure(
            job_defaults={"misfire_grace_time": None, "coalesce": True},
            **queue.scheduler_configuration,
        )
    sending.install(application)  # how the outbox words notices
    _register(application)
    return application


def _register(app: Application) -> None:  # type: ignore[type-arg]
    # Guards first (each update once is the inbox's work, before any handler): private chats
    # only; then the safety net on every youth's text (deactivated youths included,
    # conversations or not); then active people only.
    app.add_handler(TypeHandler(Update, private_chats_only), group=-3)
    app.add_handler(TypeHandler(Update, safety.screen), group=-2)
    safety.install(app)  # crisis alerts nobody received go to every COPIL member
    app.add_handler(TypeHandler(Update, active_people_only), group=-1)

    # Conversations before plain commands, so their states see text first. Those waiting for
    # text stop taking it after an hour without a step (stale); /log asks instead.
    app.add_handler(stale.expiring(teams.conversation()))
    app.add_handler(logs.conversation())
    app.add_handler(stale.expiring(request.conversation()))
    request.install(app)  # how the outbox words a request's notice for each mentor
    app.add_handler(stale.expiring(emergency.conversation()))
    app.add_handler(stale.expiring(broadcast.conversation()))
    app.add_handler(stale.expiring(partners.conversation()))
    app.add_handler(stale.expiring(events.conversation()))
    app.add_handler(stale.expiring(events.move_conversation()))
    broadcast.install(app)  # news carry who sends them, in each recipient's words
    events.install(app)  # how the outbox words event messages for each recipient
    app.add_handler(stale.expiring(groups.conversation()))
    app.add_handler(stale.expiring(groups.details_conversation()))
    app.add_handler(stale.expiring(stats.conversation()))
    app.add_handler(stale.expiring(checkins.words_conversation()))
    groups.install(app)
    app.add_handlers(
        [
            # A group's invitation link before the general /start.
            CommandHandler("start", groups.start_link, filters=f.Regex(r"^/start g_")),
            CommandHandler("start", start.start),
            CallbackQueryHandler(start.choose_language, pattern=r"^lang:"),
            CallbackQueryHandler(start.consent, pattern=r"^consent:"),
            CallbackQueryHandler(safety.answer_question, pattern=r"^sfq:"),
            CallbackQueryHandler(safety.alert_button, pattern=r"^sfo:"),
            CommandHandler("alerts", safety.alerts_command),
            CommandHandler("help", basics.help_command),
            CommandHandler("language", basics.language),
            CommandHandler("invite", invite.invite),
            CallbackQueryHandler(invite.invite_button, pattern=r"^invite:"),
            CommandHandler("people", people.people),
            CallbackQueryHandler(people.people_button, pattern=r"^people:"),
            CommandHandler("history", history.history),
            CallbackQueryHandler(history.history_button, pattern=r"^hist:(list|open|del|delok)"),
            CommandHandler("hours", hours.hours),
            CallbackQueryHandler(hours.hours_button, pattern=r"^hours:"),
            CommandHandler("mylink", request.mylink),
            CallbackQueryHandler(answer.answer_button, pattern=r"^req:"),
            CommandHandler("assign", assign.assign),
            CallbackQueryHandler(assign.assign_button, pattern=r"^assign:"),
            CommandHandler("talk", relay.talk),
            CallbackQueryHandler(relay.talk_button, pattern=r"^talk:"),
            CommandHandler("stop", link_end.stop),
            CallbackQueryHandler(link_end.stop_button, pattern=r"^stop:"),
            CommandHandler("end", link_end.end),
            CallbackQueryHandler(link_end.end_button, pattern=r"^end:"),
            CallbackQueryHandler(link_end.peer_button, pattern=r"^peer:"),
            CommandHandler("mydata", mydata.mydata),
            CommandHandler("forget", mydata.forget),
            CallbackQueryHandler(mydata.forget_button, pattern=r"^forget:"),
            CommandHandler("broadcasts", broadcast.broadcasts),
            CallbackQueryHandler(broadcast.broadcasts_button, pattern=r"^bcl:"),
            CommandHandler("news", broadcast.news),
            CallbackQueryHandler(broadcast.news_button, pattern=r"^news:"),
            CommandHandler("resource", resource.resource),
            CallbackQueryHandler(resource.resource_button, pattern=r"^res:"),
            CommandHandler("support", resource.support),
            CallbackQueryHandler(events.answer_button, pattern=r"^ev:"),
            CommandHandler("events", events.events),
            CallbackQueryHandler(events.manage_button, pattern=r"^evm:"),
            CommandHandler("groups", groups.groups),
            CallbackQueryHandler(groups.membership_button, pattern=r"^grp:"),
            CallbackQueryHandler(groups.session_button, pattern=r"^grs:(show|cancel|list|all)"),
            CallbackQueryHandler(groups.answer_button, pattern=r"^ses:"),
            CommandHandler("attendance", groups.attendance),
            CallbackQueryHandler(groups.attendance_button, pattern=r"^gra:"),
            CallbackQueryHandler(silence.answer_button, pattern=r"^sil:"),
            CallbackQueryHandler(checkins.answer_button, pattern=r"^ci:"),
            CallbackQueryHandler(checkins.feedback_button, pattern=r"^fb:"),
            CallbackQueryHandler(ratings.rate_button, pattern=r"^rt:"),
            CallbackQueryHandler(wellbeing.answer_button, pattern=r"^wb:"),
            CommandHandler("rhythms", rhythms.rhythms),
            CallbackQueryHandler(rhythms.rhythm_button, pattern=r"^rh:"),
            CallbackQueryHandler(silence.pause_button, pattern=r"^pause:"),
            CommandHandler("available", silence.available),
            CommandHandler("cancel", basics.cancel),
            # Last: whatever nothing above understood gets a hint, never silence.
            MessageHandler(f.COMMAND, basics.unknown_command),
            # Plain messages go to the relay (a youth's mentor, a mentor's youths); what it
            # cannot route gets basics.stray_text's hint from it.
            MessageHandler(f.ALL & ~f.COMMAND, relay.relay),
            CallbackQueryHandler(basics.stale_button),
        ]
    )
    # After every update, write conversation states at once: a restart loses nothing.
    # After consent (group 0), someone who came by a group's link joins it.
    app.add_handler(CallbackQueryHandler(groups.after_consent, pattern=r"^consent:yes:"), group=1)
    app.add_handler(TypeHandler(Update, _save_state), group=99)
    app.add_error_handler(on_error)


async def _save_state(update: Update, context: Context) -> None:
    await context.application.update_persistence()


async def _post_init(app: Application) -> None:  # type: ignore[type-arg]
    data: BotData = app.bot_data
    db = await data.open_database()
    await db.inbox.prune()
    # Updates kept but not processed when the process stopped go first, before polling or
    # the webhook brings new ones.
    await data.inbox.recover(app.bot)
    # Telegram's first calls wait out a network or Telegram that is not there yet.
    patience = data.settings.startup_retry_seconds
    await retrying(
        "setMyCommands",
        lambda: set_default_menus(app.bot, data.i18n, data.settings.default_locale, db.kv),
        patience,
    )
    if app.job_queue is not None:  # reminders and escalations of unanswered requests
        app.job_queue.run_repeating(
            request_jobs.check_requests,
            interval=request_jobs.INTERVAL,
            first=60,
            name="requests:check",
        )
        app.job_queue.run_repeating(_prune_inbox, interval=3600, first=3600, name="inbox:prune")
        app.job_queue.run_repeating(_keep_stats, interval=3600, first=60, name="stats:keep")
    await retrying("getMe", data.bulk_bot.initialize, patience)
    # Jobs live in the database: rebuild them (scheduled broadcasts, the outbox's resume).
    await broadcast.restore(app)
    await events.restore(app)
    await groups.plan_all(app)
    await safety.restore(app)
    groups.start(app)
    if app.job_queue is not None:  # what enters the jobs' window comes into memory
        app.job_queue.run_repeating(
            _jobs_window, jobs.TOP_UP_SECONDS, first=jobs.TOP_UP_SECONDS, name="jobs:window"
        )
    await _setup_link(app, data)


async def _jobs_window(context: Context) -> None:
    """Hourly: jobs falling due within the next WINDOW are brought in from the database."""
    app = context.application
    await broadcast.plan_window(app)
    await events.restore(app)
    await groups.plan_all(app)
    await safety.restore(app)
    await silence.check(context)  # no link fades in silence: the steps now due
    await checkins.ask_due(context)  # each link's check-in question, every two weeks
    await ratings.ask_due(context)  # a session just over: those who came may rate it
    await wellbeing.ask_due(context)  # once a quarter, each mentor's wellbeing question


async def _prune_inbox(context: Context) -> None:
    await context.bot_data.db.inbox.prune()


async def _keep_stats(context: Context) -> None:
    """Hourly: /stats' totals of the days closed since (storage/totals.py); the first after
    an upgrade keeps the whole history, a day per transaction."""
    await context.bot_data.db.stats.fill(context.bot_data.clock())


def setup_link_file(settings: Settings) -> Path:
    return settings.database.with_name(settings.database.name + ".setup-link")


async def _setup_link(app: Application, data: BotData) -> None:  # type: ignore[type-arg]
    """With no COPIL member yet, a new setup link (works once, for 24 hours) goes to a 0600
    file beside the database; it is printed only on a terminal, never into a journal or log
    file. Once someone is COPIL the file goes: the link is no longer useful."""
    path = setup_link_file(data.settings)
    if data.settings.copil_ids or await data.db.people.copil_count() > 0:
        path.unlink(missing_ok=True)
        return
    token = await data.db.invites.replace_setup_invite()
    link = f"https://t.me/{app.bot.username}?start=i_{token}"
    path.unlink(missing_ok=True)  # a fresh file is created 0600 whatever the old one's mode
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(link + "\n")
    hours = int(SETUP_VALID_FOR.total_seconds() // 3600)
    head = "No COPIL member yet. The first person to open the setup link becomes programme-wide"
    head += f" COPIL (it works once, for {hours} hours; a new one is made at each start)"
    where = (
        f":\n  {link}" if sys.stdout.isatty() else f". It is in {path} (only this user reads it)."
    )
    print(f"\n{head}{where}\n", flush=True)


async def _post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    data: BotData = app.bot_data
    await data.bulk_bot.shutdown()
    if hasattr(data, "db"):
        await data.reports.close()
        await data.db.close()
