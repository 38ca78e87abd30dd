"""What the alerts' tests share: words of crisis, finding the alert among a member's
messages, reading a message's buttons, the latest alert's number."""

from __future__ import annotations

from typing import Any

from tests.conftest import Flow

CRISIS = "je vais me tuer ce soir"


def alert_of(flow: Flow, chat: int, title: str = "Alerte du filet") -> dict[str, Any]:
    """The latest alert this chat received (`title`: the alert's title in their language)."""
    return next(m for m in reversed(flow.tg.bot_messages(chat)) if title in (m.get("text") or ""))


def labels(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


async def latest_alert(flow: Flow) -> int:
    async with flow.db.conn.execute("SELECT max(id) FROM safety_alerts") as cur:
        return int((await cur.fetchone())[0])
