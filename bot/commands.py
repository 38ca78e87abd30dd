"""The commands menu of each role, in the person's language (setMyCommands per chat)."""

from __future__ import annotations

import hashlib
import json

from telegram import Bot, BotCommand, BotCommandScopeChat

from bot.i18n import LANGUAGES, I18n, Texts
from storage.kv import KeyValues
from storage.models import Role

STRANGER = ("start", "help", "language")
MENUS: dict[Role, tuple[str, ...]] = {
    Role.YOUTH: (
        "request",
        "talk",
        "stop",
        "mydata",
        "forget",
        "news",
        "groups",
        "partners",
        "help",
        "language",
        "cancel",
    ),
    Role.MENTOR: (
        "log",
        "history",
        "hours",
        "partners",
        "support",
        "mylink",
        "talk",
        "end",
        "available",
        "help",
        "language",
        "cancel",
    ),
    Role.PEER_HELPER: (
        "groups",
        "attendance",
        "partners",
        "mydata",
        "forget",
        "help",
        "language",
        "cancel",
    ),
    Role.COPIL: (
        "invite",
        "people",
        "alerts",
        "teams",
        "assign",
        "emergency",
        "hours",
        "stats",
        "rhythms",
        "resource",
        "talk",
        "broadcast",
        "broadcasts",
        "partners",
        "event",
        "events",
        "group",
        "groups",
        "attendance",
        "help",
        "language",
        "cancel",
    ),
}


def menu(names: tuple[str, ...], _: Texts, role: Role | None = None) -> list[BotCommand]:
    """The commands' descriptions; `$role` lets one say what a command is for this role
    (/hours is a mentor's own time, and the team's time for the COPIL)."""
    return [BotCommand(name, _(f"cmd-{name}", role=str(role or "stranger"))) for name in names]


async def set_person_menu(bot: Bot, chat_id: int, role: Role, _: Texts) -> None:
    await bot.set_my_commands(menu(MENUS[role], _, role), scope=BotCommandScopeChat(chat_id))


async def set_default_menus(bot: Bot, i18n: I18n, default_language: str, kv: KeyValues) -> None:
    """What a stranger sees: French (or the default) for everyone, English for English apps.
    Telegram keeps them: they are sent only when they changed since they were last sent to
    this bot (seven calls to Telegram before the bot could answer anyone, at every start)."""
    menus = {
        language: [BotCommand(n, i18n.text(language, f"cmd-{n}")) for n in STRANGER]
        for language in LANGUAGES
    }
    sent = json.dumps(
        [bot.id, default_language, {k: [c.to_dict() for c in v] for k, v in menus.items()}]
    )
    stamp = hashlib.sha256(sent.encode()).hexdigest()
    if (await kv.all("menus")).get("default") == stamp:
        return
    for language, commands in menus.items():
        code = None if language == default_language else language
        await bot.set_my_commands(commands, language_code=code)
    await kv.put("menus", "default", stamp)
