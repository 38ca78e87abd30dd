-- Someone who blocked the bot (Telegram answers 403): they are marked, and the notices for
-- them wait as 'held' instead of being tried and lost; their next update clears the mark
-- and the held notices go out. SQLite cannot change a CHECK in place: the outbox is rebuilt
-- as in 005, with the same columns and indexes.
ALTER TABLE people ADD COLUMN blocked_at TEXT;

CREATE TABLE outbox_022 (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER REFERENCES broadcasts(id) ON DELETE CASCADE,  -- NULL: a notice
    chat_id INTEGER NOT NULL,
    priority INTEGER NOT NULL DEFAULT 2,
    key TEXT UNIQUE,                           -- a notice's idempotency key
    kind TEXT,                                 -- a notice's renderer
    params TEXT,                               -- its JSON parameters
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'held', 'sent', 'unreachable', 'failed',
                          'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,                          -- NULL: at once
    sent_at TEXT,
    message_id INTEGER,                        -- the sent message, to edit it later
    created_at TEXT,
    UNIQUE (broadcast_id, chat_id),
    CHECK ((broadcast_id IS NULL) = (key IS NOT NULL AND kind IS NOT NULL))
);
INSERT INTO outbox_022 (id, broadcast_id, chat_id, priority, key, kind, params, status,
                        attempts, next_try_at, sent_at, message_id, created_at)
    SELECT id, broadcast_id, chat_id, priority, key, kind, params, status,
           attempts, next_try_at, sent_at, message_id, created_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_022 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox(status, next_try_at, priority, id);
CREATE INDEX outbox_chat ON outbox(chat_id);
