"""All configuration, from LIEN_* environment variables or a .env file."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LIEN_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    bot_token: SecretStr | None = None
    bot_api_url: str = TELEGRAM_API
    # A SQLite file, or postgresql://user:password@host/db (kept in `postgres`, a secret:
    # the address may hold a password). On PostgreSQL `database` only names the files kept
    # beside it (notes key, setup link), in the working folder.
    database: Path = Path("lien.db")
    postgres: SecretStr | None = None
    copil_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    default_locale: Literal["fr", "en"] = "fr"
    timezone: str = "Europe/Zurich"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    port: int = Field(default=8443, ge=1, le=65535)
    sandbox_port: int = Field(default=8081, ge=0, le=65535)
    notes_key: SecretStr | None = None
    sandbox_database: Path = Path("lien-sandbox.db")
    request_remind_hours: float = Field(default=24, gt=0)
    request_escalate_hours: float = Field(default=48, gt=0)
    # Broadcasts: a little under Telegram's 30 messages/s, so timing jitter never trips it.
    broadcast_rate: float = Field(default=29.5, gt=0, le=30)
    # Benchmarks only: the sandbox's clock runs this many times faster (limits scaled alike).
    broadcast_speedup: float = Field(default=1.0, ge=1, le=100)
    # How long start-up waits for Telegram (no network, 5xx) before giving up.
    startup_retry_seconds: float = Field(default=180, ge=0)
    # A safety alert nobody took is sent again to every COPIL member after this many
    # minutes, then every as many, until someone takes it.
    safety_repeat_minutes: float = Field(default=10, gt=0)
    # Long reports (/stats, the COPIL's /hours) are made in a child process, so that nobody
    # waits behind them (bot.reports); false: in the bot's own process, as the tests do.
    report_process: bool = True
    # A report not made within this many seconds is given up (the COPIL member is told).
    report_timeout: float = Field(default=600, gt=0)
    # The child process waits this many seconds for the next report, then exits (0: at once).
    report_idle_seconds: float = Field(default=300, ge=0)

    @model_validator(mode="before")
    @classmethod
    def _postgres_address(cls, data: Any) -> Any:
        value = data.get("database") if isinstance(data, dict) else None
        if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
            data = {**data, "postgres": value, "database": Path("lien-postgresql")}
        return data

    @field_validator("copil_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p for p in re.split(r"[,\s]+", value) if p]
            if not all(re.fullmatch(r"\d+", p) for p in parts):
                raise ValueError("expected numeric Telegram user ids separated by commas")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("database", "sandbox_database")
    @classmethod
    def _existing_folder(cls, value: Path) -> Path:
        # Never create folders (as whoever runs the bot, root included): a typo stops here.
        if not value.parent.is_dir():
            raise ValueError(f"the folder {value.parent} does not exist")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError("expected an IANA time zone such as Europe/Zurich") from exc
        return value

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"\d+:[\w-]{20,}", value.get_secret_value()):
            raise ValueError("expected a token from BotFather, such as 123456:ABC-DEF...")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        # Telegram only calls https:// webhooks; plain http is for the sandbox on this machine.
        local = re.match(r"http://(127\.0\.0\.1|localhost)(:\d+)?(/|$)", value or "")
        if value and not value.startswith("https://") and not local:
            raise ValueError("expected an https:// address")
        return value or None

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()
        ):
            raise ValueError("expected 1 to 256 characters among A-Z a-z 0-9 _ -")
        return value

    @field_validator("notes_key")
    @classmethod
    def _fernet_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None  # "LIEN_NOTES_KEY=" in .env: use the key file
        if not re.fullmatch(r"[A-Za-z0-9_-]{43}=", value.get_secret_value()):
            raise ValueError("expected a Fernet key: 44 URL-safe base64 characters ending in =")
        return value

    @property
    def database_target(self) -> Path | str:
        """What storage.database.Database.open takes: the file or the postgresql:// address."""
        return self.postgres.get_secret_value() if self.postgres else self.database

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def load_settings(**overrides: Any) -> Settings:
    """Read the settings; a wrong value stops here with one line and exit code 2."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        for error in exc.errors():
            name = "LIEN_" + str(error["loc"][0]).upper() if error["loc"] else "LIEN_*"
            message = str(error["msg"]).removeprefix("Value error, ")
            print(f"lien: {name}: {message}", file=sys.stderr)
        raise SystemExit(2) from None
