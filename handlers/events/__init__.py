"""Events: /event (COPIL) invites to a training, an intervision meeting or an information
session, with Yes / Maybe / No and a calendar file; /events shows answers and attendance,
moves and cancels; reminders come the day before and two hours before.

By sub-feature: create.py (/event), answers.py, manage.py (/events, moving, cancelling),
reminders.py, common.py (wording per recipient, the calendar file, the outbox's wording).
bot/app.py registers the names below."""

from handlers.events.answers import answer_button
from handlers.events.common import install
from handlers.events.create import conversation
from handlers.events.manage import events, manage_button, move_conversation
from handlers.events.reminders import restore

__all__ = [
    "answer_button",
    "conversation",
    "events",
    "install",
    "manage_button",
    "move_conversation",
    "restore",
]
