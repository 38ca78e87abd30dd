"""A wrong setting stops start-up with one line naming it, exit code 2, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("LIEN_PORT", "abc", "LIEN_PORT"),
        ("LIEN_PORT", "70000", "LIEN_PORT"),
        ("LIEN_COPIL_IDS", "12,bob", "numeric Telegram user ids"),
        ("LIEN_TIMEZONE", "Mars/Olympus", "IANA time zone"),
        ("LIEN_DEFAULT_LOCALE", "de", "LIEN_DEFAULT_LOCALE"),
        ("LIEN_BOT_TOKEN", "not-a-token", "BotFather"),
        ("LIEN_WEBHOOK_URL", "http://example.invalid", "https://"),
        ("LIEN_WEBHOOK_URL", "http://127.0.0.1.evil.invalid/x", "https://"),
        ("LIEN_DATABASE", "/nonexistent/dir/x.db", "/nonexistent/dir does not exist"),
        ("LIEN_SANDBOX_DATABASE", "/nonexistent/dir/x.db", "/nonexistent/dir does not exist"),
    ],
)
def test_wrong_value_stops_with_one_line(variable: str, value: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
    env[variable] = value
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        env=env,
        cwd=ROOT / "tests",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"lien: {variable}:"), result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_copil_ids_accept_commas_and_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIEN_COPIL_IDS", "12, 34 56")
    assert load_settings(_env_file=None).copil_ids == {12, 34, 56}


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("LIEN_"):
            monkeypatch.delenv(name)
    settings = load_settings(_env_file=None)
    assert settings.bot_token is None and settings.default_locale == "fr"
    assert settings.timezone == "Europe/Zurich" and str(settings.database) == "lien.db"
