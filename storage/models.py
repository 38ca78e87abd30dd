"""Frozen records returned by the repositories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

# What a request or a follow-up is about: one list for youths' requests and mentors' logs,
# so the COPIL's figures add up (locale keys theme-<code>).
THEMES = (
    "work",
    "training",
    "housing",
    "money",
    "health",
    "family",
    "papers",
    "loneliness",
    "other",
)


class Role(StrEnum):
    YOUTH = "youth"
    MENTOR = "mentor"
    PEER_HELPER = "peer_helper"
    COPIL = "copil"


@dataclass(frozen=True)
class Team:
    id: int
    name: str
    country: str


@dataclass(frozen=True)
class Person:
    telegram_id: int
    role: Role
    team_id: int | None
    programme_wide: bool
    display_name: str
    language: str
    active: bool
    blocked: bool = False  # blocked the bot (Telegram said 403): notices wait for their return

    def sees_team(self, team_id: int | None) -> bool:
        """A COPIL member manages their own team; a programme-wide one manages all."""
        return self.programme_wide or (team_id is not None and team_id == self.team_id)


@dataclass(frozen=True)
class Invite:
    id: int
    role: Role
    team_id: int | None
    programme_wide: bool
    expires_at: datetime | None
    used: bool


# What kind of follow-up a mentor logs (locale keys kind-<code>).
KINDS = ("one_off", "long_term", "collective", "relay")

# The partner directory's domains (locale keys domain-<code>).
DOMAINS = (
    "health",
    "mental_health",
    "social",
    "job",
    "training",
    "housing",
    "legal",
    "addiction",
    "other",
)


@dataclass(frozen=True)
class OfflinePerson:
    id: int
    mentor_id: int
    nickname: str


@dataclass(frozen=True)
class Partner:
    id: int
    team_id: int | None
    shared: bool
    domain: str
    name: str
    what: str
    phone: str
    email: str
    address: str
    website: str


@dataclass(frozen=True)
class LogEntry:
    """One follow-up as stored. `who` is the name the mentor sees (youth's first name,
    offline nickname or group label), empty once the youth was forgotten."""

    id: int
    mentor_id: int
    team_id: int | None
    youth_id: int | None
    offline_id: int | None
    group_label: str | None
    who: str
    kind: str
    day: date
    minutes: int
    themes: tuple[str, ...]
    partner_id: int | None
    partner_name: str | None  # the directory's name, or the one typed
    note: bytes | None
    created_at: datetime
