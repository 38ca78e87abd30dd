"""Frozen records returned by the repositories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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
