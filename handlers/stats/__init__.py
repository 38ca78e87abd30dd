"""/stats (COPIL): a period, a scope, then the key figures, charts, a CSV and a workbook.

command.py asks and sends (see stats.mmd); report.py makes the answer (the figures labelled,
the key figures, charts.py, files.py) in the reports' child process, which imports it
without Telegram: this package's own import stays light, and the conversation is imported
when the bot registers it. Telegram's modules were half of the child's start (0.6 s of
CPU)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from telegram.ext import ConversationHandler

    from bot.context import Context


def conversation() -> ConversationHandler[Context]:
    from handlers.stats import command

    return command.conversation()
