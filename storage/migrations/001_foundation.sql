-- Teams, people, invites, processed updates, conversation persistence, audit log.
CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    country TEXT NOT NULL DEFAULT 'CH',
    created_at TEXT NOT NULL
);
INSERT INTO teams (id, name, country, created_at) VALUES (1, 'Équipe principale', 'CH', datetime('now'));

CREATE TABLE people (
    telegram_id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('youth', 'mentor', 'peer_helper', 'copil')),
    team_id INTEGER REFERENCES teams(id),
    programme_wide INTEGER NOT NULL DEFAULT 0,
    display_name TEXT NOT NULL,
    language TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    consented_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX people_team_role ON people(team_id, role);

CREATE TABLE invites (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('youth', 'mentor', 'peer_helper', 'copil')),
    team_id INTEGER REFERENCES teams(id),
    programme_wide INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER,
    created_at TEXT NOT NULL,
    expires_at TEXT,              -- NULL: valid until used (the setup link)
    used_by INTEGER,
    used_at TEXT
);

CREATE TABLE processed_updates (
    update_id INTEGER PRIMARY KEY,
    seen_at TEXT NOT NULL
);

-- python-telegram-bot persistence (conversation states, user_data) as JSON.
CREATE TABLE persistence (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

-- Who did what to whose data, when. Never any content.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor INTEGER,
    action TEXT NOT NULL,
    subject INTEGER
);
