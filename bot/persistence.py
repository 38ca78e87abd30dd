"""python-telegram-bot persistence in Lien's own SQLite database: conversation states and
user_data survive a restart, so a mentor halfway through a form continues where they were."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.context import BotData
from storage.kv import KeyValues

# The same shapes as python-telegram-bot's (private) type aliases.
ConversationKey = tuple[int | str, ...]
ConversationDict = MutableMapping[ConversationKey, object]
CDCData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]

_NO_DATA = PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False)


class SqlitePersistence(BasePersistence[dict[Any, Any], dict[Any, Any], BotData]):
    def __init__(self, data: BotData) -> None:
        # Written after every update (see bot.app), the interval is only a fallback.
        super().__init__(store_data=_NO_DATA, update_interval=5)
        self._data = data
        # Each user's data as last read or written: python-telegram-bot hands it over after
        # every update of theirs, changed or not, and an unchanged write is still a write
        # (an fsync on SQLite, a round trip on PostgreSQL) for nothing.
        self._saved: dict[int, str] = {}

    async def _kv(self) -> KeyValues:
        return (await self._data.open_database()).kv

    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        rows = await (await self._kv()).all("user_data")
        self._saved = {int(key): value for key, value in rows.items()}
        return {int(key): json.loads(value) for key, value in rows.items()}

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_bot_data(self) -> BotData:
        return self._data

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        rows = await (await self._kv()).all(f"conversation:{name}")
        return {tuple(json.loads(key)): json.loads(value) for key, value in rows.items()}

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        kv = await self._kv()
        if new_state is None:
            await kv.delete(f"conversation:{name}", json.dumps(list(key)))
        else:
            await kv.put(f"conversation:{name}", json.dumps(list(key)), json.dumps(new_state))

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        value = json.dumps(data) if data else None
        if self._saved.get(user_id) == value:
            return
        kv = await self._kv()
        self._saved.pop(user_id, None)  # unknown until the write is done
        if value is None:
            await kv.delete("user_data", str(user_id))
        else:
            await kv.put("user_data", str(user_id), value)
            self._saved[user_id] = value

    async def drop_user_data(self, user_id: int) -> None:
        self._saved.pop(user_id, None)
        await (await self._kv()).delete("user_data", str(user_id))

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        return None

    async def update_bot_data(self, data: BotData) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: BotData) -> None:
        return None

    async def flush(self) -> None:
        return None
