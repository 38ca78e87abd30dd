"""Jobs named after what they do (`broadcast:<id>`, `reminder:event:<id>:<kind>`...), so
rebuilding them from the database at start-up replaces rather than doubles them."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from telegram.ext import Application

from bot.context import BotData, Context

JobCallback = Callable[[Context], Coroutine[Any, Any, None]]


def run_at(
    app: Application,  # type: ignore[type-arg]
    name: str,
    when: datetime,
    callback: JobCallback,
    data: Any = None,
) -> None:
    """One job of this name, at `when` (at once if it is past: the callback decides whether
    late is still useful)."""
    if app.job_queue is None:
        return
    cancel(app, name)
    bot_data: BotData = app.bot_data
    delay = max(0.0, (when - bot_data.clock()).total_seconds())
    app.job_queue.run_once(callback, delay, name=name, data=data)


def cancel(app: Application, name: str) -> None:  # type: ignore[type-arg]
    if app.job_queue is None:
        return
    for job in app.job_queue.get_jobs_by_name(name):
        job.schedule_removal()
