-- Follow-up logs, the people a mentor follows offline, the partner directory, resource persons.

-- Someone a mentor follows outside the bot, under a nickname or initials only they see.
CREATE TABLE offline_people (
    id INTEGER PRIMARY KEY,
    mentor_id INTEGER NOT NULL,
    nickname TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (mentor_id, nickname COLLATE NOCASE)
);

-- The partner directory: a team's entry, shared with the other teams when `shared` is 1.
CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    team_id INTEGER REFERENCES teams(id),
    shared INTEGER NOT NULL DEFAULT 0,
    domain TEXT NOT NULL CHECK (domain IN ('health', 'mental_health', 'social', 'job',
        'training', 'housing', 'legal', 'addiction', 'other')),
    name TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    created_by INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX partners_team_domain ON partners(team_id, domain);

-- One follow-up. Its subject is one of: a youth in the bot, an offline person, a group.
-- Once a youth is forgotten, youth_id is NULL and the note gone: minutes, kind and day stay
-- for reimbursement and the funders' figures.
CREATE TABLE logs (
    id INTEGER PRIMARY KEY,
    mentor_id INTEGER NOT NULL,
    team_id INTEGER,
    youth_id INTEGER,
    offline_id INTEGER REFERENCES offline_people(id) ON DELETE SET NULL,
    group_label TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('one_off', 'long_term', 'collective', 'relay')),
    day TEXT NOT NULL,                 -- YYYY-MM-DD, the day it happened
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    themes TEXT NOT NULL DEFAULT '',   -- storage.models.THEMES codes, comma-separated
    partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    partner_name TEXT,                 -- a partner not (yet) in the directory
    note BLOB,                         -- Fernet token (bot/notes.py); never plain text
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX logs_mentor_day ON logs(mentor_id, day);
CREATE INDEX logs_team_day ON logs(team_id, day);
CREATE INDEX logs_youth ON logs(youth_id);

-- The COPIL member who supports a mentor (/resource, /support).
CREATE TABLE resource_persons (
    mentor_id INTEGER PRIMARY KEY,
    copil_id INTEGER NOT NULL,
    assigned_by INTEGER,
    assigned_at TEXT NOT NULL
);
