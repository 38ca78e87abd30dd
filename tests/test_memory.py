"""What the bot holds in memory before anyone asks for anything (issue 13: RSS <= 150 MB)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_charts_and_workbooks_load_only_at_the_first_stats() -> None:
    # Pillow and openpyxl are about 25 MB of a 150 MB budget; most bots are never asked.
    code = "import sys, bot.app; print(sorted({'PIL', 'openpyxl'} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_reports_child_makes_stats_without_telegram() -> None:
    # Telegram's modules were half of the child's start (0.6 s of CPU) at the first /stats.
    code = (
        "import sys, bot.reports, handlers.stats.report; from handlers.stats import charts, files;"
        " print(sorted({m.split('.')[0] for m in sys.modules} & {'telegram', 'matplotlib'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
