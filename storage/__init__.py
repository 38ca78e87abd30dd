"""Storage: aiosqlite connection, migrations and repositories. No Telegram here."""
