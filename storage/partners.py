"""The partner directory: services a mentor or a youth can turn to, by domain.

Each entry belongs to a team; its COPIL decides whether other teams see it too."""

from __future__ import annotations

import unicodedata
from typing import Any

from storage.clock import Clock, to_text
from storage.models import Partner
from storage.tx import Conn

FIELDS = ("name", "what", "phone", "email", "address", "website")
_COLUMNS = "id, team_id, shared, domain, name, what, phone, email, address, website"
# Who sees an entry (arguments: programme-wide 0/1, the person's team twice); `sees` says
# the same of one entry.
_VISIBLE = "? = 1 OR CAST(? AS BIGINT) IS NULL OR team_id IS NULL OR shared = 1 OR team_id = ?"


def _partner(row: Any) -> Partner:
    return Partner(
        id=row["id"],
        team_id=row["team_id"],
        shared=bool(row["shared"]),
        domain=row["domain"],
        name=row["name"],
        what=row["what"],
        phone=row["phone"],
        email=row["email"],
        address=row["address"],
        website=row["website"],
    )


def folded(text: str) -> str:
    """Lowercase without accents, for matching what people type against names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Partners:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def add(
        self, team_id: int | None, domain: str, values: dict[str, str], *, shared: bool, by: int
    ) -> Partner:
        now = to_text(self._clock())
        row_values = [values.get(name, "") for name in FIELDS]
        async with self._conn.execute(
            f"""INSERT INTO partners (team_id, shared, domain, {", ".join(FIELDS)},
                                      created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {_COLUMNS}""",
            (team_id, int(shared), domain, *row_values, by, now, now),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return _partner(row)

    async def get(self, partner_id: int) -> Partner | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM partners WHERE id = ?", (partner_id,)
        ) as cur:
            row = await cur.fetchone()
        return _partner(row) if row else None

    async def in_domain(
        self, team_id: int | None, programme_wide: bool, domain: str, offset: int, limit: int
    ) -> tuple[int, list[Partner]]:
        """How many entries of a domain this person sees, and `limit` of them from `offset`
        by name: a national directory is not read whole for ten names."""
        where = f"domain = ? AND ({_VISIBLE})"
        args = (domain, int(programme_wide), team_id, team_id)
        async with self._conn.execute(f"SELECT count(*) FROM partners WHERE {where}", args) as cur:
            row = await cur.fetchone()
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM partners WHERE {where}
                ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?""",
            (*args, limit, offset),
        ) as cur:
            return int(row[0]) if row else 0, [_partner(r) for r in await cur.fetchall()]

    async def visible(self, team_id: int | None, programme_wide: bool) -> list[Partner]:
        """What a person sees: their team's entries, shared ones, programme-wide ones.
        Someone in no team yet (a youth before any request) sees the whole directory: it
        lists public services, and sharing is about each team's own curation."""
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM partners WHERE {_VISIBLE} ORDER BY name COLLATE NOCASE",
            (int(programme_wide), team_id, team_id),
        ) as cur:
            return [_partner(row) for row in await cur.fetchall()]

    async def set_field(self, partner_id: int, field: str, value: str) -> None:
        if field not in (*FIELDS, "domain"):
            raise ValueError(field)
        await self._conn.execute(
            f"UPDATE partners SET {field} = ?, updated_at = ? WHERE id = ?",
            (value, to_text(self._clock()), partner_id),
        )

    async def set_shared(self, partner_id: int, shared: bool) -> None:
        await self._conn.execute(
            "UPDATE partners SET shared = ?, updated_at = ? WHERE id = ?",
            (int(shared), to_text(self._clock()), partner_id),
        )


def sees(partner: Partner, team_id: int | None, programme_wide: bool) -> bool:
    """Whether a person of this team sees this entry (the rule of Partners.visible)."""
    return (
        programme_wide
        or team_id is None
        or partner.team_id is None
        or partner.shared
        or partner.team_id == team_id
    )


def matching(partners: list[Partner], query: str) -> list[Partner]:
    """Entries whose name holds the query (case and accents ignored); an exact name first."""
    wanted = folded(" ".join(query.split()))
    if not wanted:
        return []
    exact = [p for p in partners if folded(p.name) == wanted]
    return exact or [p for p in partners if wanted in folded(p.name)]
