-- The durable inbox (issue 11): every update is kept here before Telegram is told it arrived,
-- then processed and marked done. It replaces processed_updates (the ids already handled).
CREATE TABLE inbox (
    update_id INTEGER PRIMARY KEY,
    -- What identifies this update apart from its id (kind, chat, message, date): an update
    -- delivered again matches it; a different update under a known id means the Bot API
    -- server's numbering went back. Never message text.
    fingerprint TEXT NOT NULL,
    -- The update as received, encrypted with the notes key (it holds message text), until
    -- it is processed; then emptied: messages are not kept.
    payload BLOB,
    received_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX inbox_done ON inbox (done_at);

INSERT INTO inbox (update_id, fingerprint, payload, received_at, done_at)
    SELECT update_id, '', NULL, seen_at, seen_at FROM processed_updates;
DROP TABLE processed_updates;

-- Group chats someone added the bot to: it answers there at most once an hour ("write to me
-- privately"), and leaves when it keeps being used there (bot.guards.private_chats_only).
CREATE TABLE group_chats (
    chat_id INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL,
    uses_since INTEGER NOT NULL DEFAULT 0  -- updates since that answer
);
