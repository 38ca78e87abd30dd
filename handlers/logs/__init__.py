"""/log (mentors): a follow-up, guided with buttons or written in one sentence.

By step: conversation.py (entry points, states, the guard against text meant for a
youth), draft.py (the draft and shared helpers), questions.py (the next question and the
summary), sentence.py (one sentence fills the draft), answers.py (each answer), save.py.
bot/app.py registers the conversation."""

from handlers.logs.conversation import conversation
from handlers.logs.draft import DRAFT

__all__ = ["DRAFT", "conversation"]
