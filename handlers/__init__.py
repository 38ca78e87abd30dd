"""One module per feature: Telegram in, Telegram out, no SQL. Registered in bot/app.py."""
