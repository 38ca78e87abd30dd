"""Storage: the connection (aiosqlite, or asyncpg on PostgreSQL), migrations and
repositories. No Telegram here."""
