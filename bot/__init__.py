"""Lien: wiring of the Telegram bot (settings, application factory, i18n, guards)."""
