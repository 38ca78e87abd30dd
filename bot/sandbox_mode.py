"""`make run` without a token: the local sandbox, its page, and Lien polling it, in one
process. Only `python -m bot` imports this module, and it is the one place the bot uses
the sandbox (see DESIGN.md's arrows).

The sandbox has its own database (LIEN_SANDBOX_DATABASE), never the real one: the page's
"Tout effacer" and "Programme de démo" stop the bot, erase that file and the sandbox's
chats, and start the bot again."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from pydantic import SecretStr

from bot.app import LienApp, build_application
from bot.commands import set_person_menu
from bot.demo import CAST, COPIL, is_empty, seed, seed_cast
from bot.demo_history import YOUTH_IDS
from bot.i18n import Texts
from bot.settings import Settings
from bot.startup import StartupFailed
from sandbox import PageHooks, Telegram, start_server
from storage.models import Role

SANDBOX_TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
ALLOWED_UPDATES = ["message", "callback_query"]


class SandboxRun:
    """The bot beside the sandbox, which the page may restart from scratch."""

    def __init__(self, settings: Settings, telegram: Telegram, url: str) -> None:
        self.settings = settings.model_copy(
            update={
                "bot_token": SecretStr(SANDBOX_TOKEN),
                "bot_api_url": f"{url}/bot",
                "database": settings.sandbox_database,
                # The COPIL pane is programme-wide COPIL, as if listed in LIEN_COPIL_IDS.
                "copil_ids": settings.copil_ids | {COPIL.telegram_id},
            }
        )
        self.telegram = telegram
        self.app: LienApp | None = None
        self._restarting = asyncio.Lock()

    async def start(self, demo: bool = False) -> None:
        app = build_application(self.settings)
        await app.initialize()
        data = app.bot_data
        db = await data.open_database()
        # Seed before post_init, which rebuilds jobs from the database (the demo's
        # reminders, its invitations waiting in the outbox).
        if demo:
            await seed(db, data.clock, zone=self.settings.zone, invitations=True, notes=data.notes)
        elif await is_empty(db):
            await seed_cast(db, data.clock)
        # The people first: they wrote to the bot before, and post_init may write to them
        # (a demo invitation's calendar file goes to its author).
        await self._meet_people(app)
        await app.post_init(app)  # type: ignore[misc]
        assert app.updater is not None
        data.inbox.batch_until_next_poll()
        await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await app.start()
        self.app = app

    async def stop(self) -> None:
        app, self.app = self.app, None
        if app is None:
            return
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)  # type: ignore[misc]

    async def reset(self) -> None:
        await self._restart(demo=False)

    async def demo(self) -> None:
        await self._restart(demo=True)

    async def _restart(self, demo: bool) -> None:
        async with self._restarting:
            await self.stop()
            self.telegram.reset()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.settings.database}{suffix}").unlink(missing_ok=True)
            await self.start(demo=demo)

    async def _meet_people(self, app: LienApp) -> None:
        """The page's people: the cast first, then everyone in the database but the demo
        history's youths (a hundred panes nobody plays). Those in Lien have written to the
        bot before (their chat is open) and have their role's menu."""
        data = app.bot_data
        for member in CAST:
            await self.telegram.user(member.telegram_id, first_name=member.name)
        for person in await data.db.people.everyone():
            if person.telegram_id >= YOUTH_IDS:
                continue
            if person.telegram_id not in self.telegram.users:
                await self.telegram.user(
                    person.telegram_id,
                    first_name=person.display_name,
                    language_code=person.language,
                )
            self.telegram.open_chat(person.telegram_id)
            _ = Texts(data.i18n, person.language, self.settings.zone)
            await set_person_menu(app.bot, person.telegram_id, person.role, _)

    async def describe(self, ids: list[int], language: str) -> dict[int, str]:
        """Each person's role and team as the database says, for the panes' headers, in
        the viewer's language."""
        app = self.app
        if app is None or self._restarting.locked():
            return {}
        data = app.bot_data
        teams = {t.id: t.name for t in await data.db.teams.all()}
        wanted = set(ids)
        labels: dict[int, str] = {}
        for person in await data.db.people.everyone():
            if person.telegram_id not in wanted:
                continue
            words = [data.i18n.text(language, f"role-{person.role}")]
            if person.role != Role.YOUTH:
                whole = data.i18n.text(language, "whole-programme")
                words.append(teams.get(person.team_id or 0) or whole)
            if not person.active:
                words.append(data.i18n.text(language, "sandbox-inactive"))
            labels[person.telegram_id] = " · ".join(words)
        return labels


async def run(settings: Settings) -> None:
    """Serve the sandbox and its page on 127.0.0.1, run the bot against it until a signal."""
    telegram = Telegram(token=SANDBOX_TOKEN)
    # People, chats and update ids survive a restart, beside the sandbox's database.
    database = settings.sandbox_database
    telegram.keep_in(database.with_name(database.name + ".chats.json"))
    hooks = PageHooks()
    try:
        runner, url = await start_server(telegram, port=settings.sandbox_port, hooks=hooks)
    except OSError as error:  # the port is taken, or not ours to use
        raise StartupFailed(
            f"LIEN_SANDBOX_PORT: can't listen on 127.0.0.1:{settings.sandbox_port} "
            f"({error.strerror or error}); choose another port",
            2,
        ) from None
    session = SandboxRun(settings, telegram, url)
    hooks.reset, hooks.demo, hooks.describe = session.reset, session.demo, session.describe
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await session.start()
        cast = ", ".join(m.name for m in CAST)
        print(
            f"\nLien runs against the local sandbox (no LIEN_BOT_TOKEN set).\n"
            f"  Open {url}/ in your browser to be {cast} at once.\n"
            f"  Sandbox database: {session.settings.database}. Stop with Ctrl+C.\n",
            flush=True,
        )
        await stop.wait()
    finally:
        await session.stop()
        await runner.cleanup()
        telegram.save()
