"""Single-use invitation tokens. Only a SHA-256 of each token is stored."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from enum import StrEnum
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.models import Invite, Role
from storage.tx import Conn


class InviteProblem(StrEnum):
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"


# The setup link makes a programme-wide COPIL member: a bearer token, so it must not last.
SETUP_VALID_FOR = timedelta(hours=24)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _invite(row: Any) -> Invite:
    return Invite(
        id=row["id"],
        role=Role(row["role"]),
        team_id=row["team_id"],
        programme_wide=bool(row["programme_wide"]),
        expires_at=from_text(row["expires_at"]) if row["expires_at"] else None,
        used=row["used_at"] is not None,
    )


_COLUMNS = "id, role, team_id, programme_wide, expires_at, used_at"


class Invites:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def create(
        self,
        role: Role,
        team_id: int | None,
        *,
        created_by: int | None,
        valid_for: timedelta | None,
        programme_wide: bool = False,
    ) -> str:
        """Store a new invite and return its token (192 random bits, URL-safe)."""
        token = secrets.token_urlsafe(24)
        now = self._clock()
        expires = to_text(now + valid_for) if valid_for else None
        await self._conn.execute(
            """INSERT INTO invites (token_hash, role, team_id, programme_wide, created_by,
                                    created_at, expires_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (_hash(token), role, team_id, int(programme_wide), created_by, to_text(now), expires),
        )
        return token

    async def check(self, token: str) -> Invite | InviteProblem:
        """What this token would give, without using it."""
        return await self._state("token_hash = ?", _hash(token))

    async def check_id(self, invite_id: int) -> Invite | InviteProblem:
        return await self._state("id = ?", invite_id)

    async def _state(self, where: str, value: object) -> Invite | InviteProblem:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM invites WHERE {where}", (value,)
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return InviteProblem.UNKNOWN
        invite = _invite(row)
        if invite.used:
            return InviteProblem.USED
        if invite.expires_at is not None and invite.expires_at <= self._clock():
            return InviteProblem.EXPIRED
        return invite

    async def redeem(self, invite_id: int, user_id: int) -> Invite | InviteProblem:
        """Use an invite once: one conditional UPDATE, so two people can't both win."""
        now = to_text(self._clock())
        async with self._conn.execute(
            f"""UPDATE invites SET used_by = ?, used_at = ?
                WHERE id = ? AND used_at IS NULL AND (expires_at IS NULL OR expires_at > ?)
                RETURNING {_COLUMNS}""",
            (user_id, now, invite_id, now),
        ) as cur:
            row = await cur.fetchone()
        if row is not None:
            return _invite(row)
        async with self._conn.execute(
            "SELECT used_at FROM invites WHERE id = ?", (invite_id,)
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return InviteProblem.UNKNOWN
        return InviteProblem.USED if row["used_at"] else InviteProblem.EXPIRED

    async def replace_setup_invite(self) -> str:
        """The one-time setup link (nobody created it), valid SETUP_VALID_FOR: earlier
        unused ones are dropped, so only the newest link works (only hashes were kept)."""
        await self._conn.execute(
            "DELETE FROM invites WHERE role = 'copil' AND programme_wide = 1"
            " AND created_by IS NULL AND used_at IS NULL"
        )
        return await self.create(
            Role.COPIL, None, created_by=None, valid_for=SETUP_VALID_FOR, programme_wide=True
        )
