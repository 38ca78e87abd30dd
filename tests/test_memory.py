"""What the bot holds in memory before anyone asks for anything (issue 13: RSS <= 150 MB)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _loaded_among(imports: str, names: set[str]) -> str:
    """Which of `names` (top-level packages) a fresh interpreter holds after `imports`."""
    found = f"sorted({{m.split('.')[0] for m in sys.modules}} & {names!r})"
    code = f"import sys, {imports}; print({found})"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_charts_and_workbooks_load_only_at_the_first_stats() -> None:
    # Pillow and openpyxl are about 25 MB of a 150 MB budget; most bots are never asked.
    assert _loaded_among("bot.app", {"PIL", "openpyxl"}) == "[]"


def test_the_reports_child_makes_stats_without_telegram() -> None:
    # Telegram's modules were half of the child's start (0.6 s of CPU) at the first /stats.
    imports = "bot.reports, handlers.stats.report, handlers.stats.charts, handlers.stats.files"
    assert _loaded_among(imports, {"telegram", "matplotlib"}) == "[]"


def test_the_reports_child_makes_the_copils_hours_without_telegram() -> None:
    # The child unpickles handlers.hours_report.team_hours (and `loaded`, its warm-up).
    assert _loaded_among("bot.reports, handlers.hours_report", {"telegram"}) == "[]"
