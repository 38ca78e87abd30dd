"""Follow-up notes encrypted at rest with Fernet (AES-128-CBC + HMAC-SHA256).

The key comes from LIEN_NOTES_KEY, or from a key file beside the database, created on first
start with mode 0600. The database never holds a note in plain text, not even a draft in
progress: whoever copies the database alone reads no note. Lose the key and every note is
unreadable for good (minutes, kinds, days and themes are not encrypted and stay).
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from bot.settings import Settings


class NoteUnreadable(Exception):
    """The note was encrypted with another key (the key was lost or replaced)."""


def key_file(settings: Settings) -> Path:
    return settings.database.with_name(settings.database.name + ".notes-key")


def load_key(settings: Settings) -> bytes:
    """LIEN_NOTES_KEY, else the key file, else a new key written to a new 0600 file."""
    if settings.notes_key is not None:
        return settings.notes_key.get_secret_value().encode()
    path = key_file(settings)
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    # O_EXCL: two processes starting at once can't both write a key; 0600 from the start.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key + b"\n")
    return key


class Notes:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def seal(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def open(self, token: bytes) -> str:
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except InvalidToken as exc:
            raise NoteUnreadable from exc
