"""Peer-aidance groups. /group (COPIL) creates one: name, team, peer helpers, size, rhythm
(which gives the sessions ahead) and an invitation link. Youths join by the link
(`/start g_<token>`) or ask from /groups (a peer helper or the COPIL accepts). Each session
gets a reminder the day before with Yes / No, another two hours before; the peer helper
sets its place and theme, cancels it (members are told) and marks /attendance.

A youth reads "group" and "session", never "COPIL" or "intervision".

By sub-feature: create.py (/group), join.py (links, asking, leaving), overview.py
(/groups), sessions.py (place and theme, cancelling, Yes / No), attendance.py,
reminders.py (sessions through time), common.py (what they share). bot/app.py registers
the names below."""

from handlers.groups.attendance import attendance, attendance_button
from handlers.groups.create import conversation
from handlers.groups.join import after_consent, membership_button, start_link
from handlers.groups.overview import groups
from handlers.groups.reminders import install, plan_all, start
from handlers.groups.sessions import answer_button, details_conversation, session_button

__all__ = [
    "after_consent",
    "answer_button",
    "attendance",
    "attendance_button",
    "conversation",
    "details_conversation",
    "groups",
    "install",
    "membership_button",
    "plan_all",
    "session_button",
    "start",
    "start_link",
]
