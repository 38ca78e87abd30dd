"""Jobs named after what they do (`broadcast:<id>`, `reminder:event:<id>:<kind>`...), so
rebuilding them from the database replaces rather than doubles them.

The database is the schedule: memory holds only the jobs that fall due within WINDOW.
Start-up and one hourly job ("jobs:window", bot/app.py) bring in what enters the window, so
start-up does not grow with the year ahead. A job's name is also its scheduler id: finding
it is one dictionary look-up (PTB's get_jobs_by_name walks every job, and rebuilding
thousands of them by name was quadratic). No job is ever dropped as "missed": one that fell
due while the bot was starting runs late, and its callback decides whether late is useful."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from telegram.ext import Application

from bot.context import BotData, Context

JobCallback = Callable[[Context], Coroutine[Any, Any, None]]

WINDOW = timedelta(hours=24)
TOP_UP_SECONDS = 3600  # well inside WINDOW: a job is in memory a day before it falls due


def horizon(app: Application) -> datetime:  # type: ignore[type-arg]
    """Jobs due before this moment are kept in memory."""
    bot_data: BotData = app.bot_data
    return bot_data.clock() + WINDOW


def run_at(
    app: Application,  # type: ignore[type-arg]
    name: str,
    when: datetime,
    callback: JobCallback,
    data: Any = None,
) -> None:
    """One job of this name, at `when` (at once if it is past), if it falls due within the
    window; a later one replaces none and waits in the database for the top-up."""
    if app.job_queue is None:
        return
    cancel(app, name)
    if when > horizon(app):
        return
    bot_data: BotData = app.bot_data
    delay = max(0.0, (when - bot_data.clock()).total_seconds())
    app.job_queue.run_once(
        callback,
        delay,
        name=name,
        data=data,
        job_kwargs={"id": name, "replace_existing": True, "misfire_grace_time": None},
    )


def scheduled(app: Application, name: str) -> bool:  # type: ignore[type-arg]
    return app.job_queue is not None and app.job_queue.scheduler.get_job(name) is not None


def data_of(app: Application, name: str) -> Any:  # type: ignore[type-arg]
    """The data of the job of this name, or None when none is scheduled."""
    found = app.job_queue.scheduler.get_job(name) if app.job_queue is not None else None
    return found.args[1].data if found is not None else None  # args: (queue, PTB's Job)


def cancel(app: Application, name: str) -> None:  # type: ignore[type-arg]
    if scheduled(app, name):
        app.job_queue.scheduler.remove_job(name)  # type: ignore[union-attr]
