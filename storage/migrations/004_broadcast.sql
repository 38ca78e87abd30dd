-- Broadcasts and their durable outbox; events, peer-aidance groups and their sessions;
-- reminders. Everything that spans time lives here, so a restart resumes it (issue 5).

-- A youth receives the programme's news only if they chose to (/news).
ALTER TABLE people ADD COLUMN wants_news INTEGER NOT NULL DEFAULT 0;

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('training', 'intervision', 'info')),
    title TEXT NOT NULL,
    team_id INTEGER REFERENCES teams(id),      -- NULL: every team
    audience TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    place TEXT NOT NULL,
    capacity INTEGER,                          -- NULL: no limit
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
    author_id INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE event_answers (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'maybe', 'no', 'waiting')),
    answered_at TEXT NOT NULL,                 -- the waiting list moves up in this order
    attended INTEGER,                          -- NULL until the COPIL marks it
    PRIMARY KEY (event_id, person_id)
);

CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    size_limit INTEGER NOT NULL DEFAULT 10,
    rhythm TEXT NOT NULL,                      -- e.g. "2,4 tue 18:00" or a list of dates
    invite_token TEXT NOT NULL UNIQUE,
    open INTEGER NOT NULL DEFAULT 1,           -- listed in /groups for the team's youths
    active INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE group_helpers (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    PRIMARY KEY (group_id, person_id)
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'member')),
    since TEXT NOT NULL,
    PRIMARY KEY (group_id, person_id)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 90,
    place TEXT,
    theme TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    UNIQUE (group_id, starts_at)
);

CREATE TABLE session_answers (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    answered_at TEXT NOT NULL,
    attended INTEGER,
    PRIMARY KEY (session_id, person_id)
);

-- What the COPIL sends: news, or a message about an event or a session (invitation,
-- reminder, change). The recipients are fixed when sending starts, in the outbox.
CREATE TABLE broadcasts (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL,
    team_id INTEGER REFERENCES teams(id),      -- NULL: every team (programme-wide COPIL)
    audience TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT 'news',
    event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,                        -- HTML, as the recipients see it
    photo_file_id TEXT,
    document_file_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    scheduled_at TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX broadcasts_status ON broadcasts(status, scheduled_at);

-- One row per recipient. A row is marked 'sending' before the Bot API call and 'sent'
-- after it, so a restart knows exactly which calls may have been cut.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'unreachable', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,                          -- NULL: at once
    sent_at TEXT,
    UNIQUE (broadcast_id, chat_id)
);
CREATE INDEX outbox_due ON outbox(status, next_try_at, id);

-- Reminders of events and sessions: the day before and two hours before.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL CHECK (subject IN ('event', 'session')),
    subject_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('day', '2h')),
    due_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sent', 'skipped', 'cancelled')),
    UNIQUE (subject, subject_id, kind)
);
CREATE INDEX reminders_due ON reminders(status, due_at);
