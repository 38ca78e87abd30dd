-- The outbox carries every message to someone other than the person acting, not only
-- broadcasts (issue 11): a notice is a kind and its parameters, worded when it is sent in
-- the recipient's language, or ready text and buttons. Each row has a priority (0 safety,
-- 1 personal notices, 2 broadcasts: the lowest number goes first), an idempotency key (a
-- repeated button or update adds nothing) and, once sent, the message's id (to edit every
-- copy of a decision later). SQLite cannot relax NOT NULL in place: the table is rebuilt.
CREATE TABLE outbox_new (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER REFERENCES broadcasts(id) ON DELETE CASCADE,  -- NULL: a notice
    chat_id INTEGER NOT NULL,
    priority INTEGER NOT NULL DEFAULT 2,
    key TEXT UNIQUE,                           -- a notice's idempotency key
    kind TEXT,                                 -- a notice's renderer
    params TEXT,                               -- its JSON parameters
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'unreachable', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,                          -- NULL: at once
    sent_at TEXT,
    message_id INTEGER,                        -- the sent message, to edit it later
    created_at TEXT,
    UNIQUE (broadcast_id, chat_id),
    CHECK ((broadcast_id IS NULL) = (key IS NOT NULL AND kind IS NOT NULL))
);
INSERT INTO outbox_new (id, broadcast_id, chat_id, status, attempts, next_try_at, sent_at)
    SELECT id, broadcast_id, chat_id, status, attempts, next_try_at, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
-- Fresh rows (next_try_at NULL) are claimed by priority then age straight off this index.
CREATE INDEX outbox_due ON outbox(status, next_try_at, priority, id);
