"""The safety net's answers: `net` screens what youths write and answers them (numbers, the
question of a medium hit); `alerts` carries each alert to the COPIL until someone takes it,
then its owner closes it with an outcome; `board` is /alerts. The owner writes to the youth
through handlers.relay (alert_routes)."""

from __future__ import annotations

from telegram.ext import Application

from handlers.safety import alerts, net
from handlers.safety.alerts import alert_button, alert_copil, install
from handlers.safety.board import alerts_command
from handlers.safety.net import (
    ASK,
    QUESTION_MINUTES,
    answer_question,
    check_text,
    emergency_numbers,
    hit_of,
    question_buttons,
    question_timeout,
    quoted,
    screen,
)

__all__ = [
    "ASK",
    "QUESTION_MINUTES",
    "alert_button",
    "alert_copil",
    "alerts_command",
    "answer_question",
    "check_text",
    "emergency_numbers",
    "hit_of",
    "install",
    "question_buttons",
    "question_timeout",
    "quoted",
    "restore",
    "screen",
]


async def restore(app: Application) -> None:  # type: ignore[type-arg]
    """Jobs kept in the database come back: questions' timeouts, alerts' repeats."""
    await net.restore(app)
    await alerts.restore(app)
