-- Requests, links and relay routing (issue 3). Message content is never stored here:
-- only who asked whom, when, and the message ids needed to route replies.

-- A youth's age band, asked once (under_16, 16_17, 18_25, 26_30).
ALTER TABLE people ADD COLUMN age_band TEXT;

-- Emergency numbers shown by the safety net, one "number label" per line;
-- NULL means the defaults of the team's country (bot/emergency.py).
ALTER TABLE teams ADD COLUMN emergency TEXT;

-- A youth asks for contact. Only the youth starts it (free adhesion).
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    youth_id INTEGER NOT NULL,
    team_id INTEGER REFERENCES teams(id),
    mentor_id INTEGER,            -- addressed to one mentor (their /mylink); NULL: the team
    met TEXT,                     -- where they met: sport, culture, faith, community, work, public, other
    themes TEXT NOT NULL,         -- comma-separated storage.models.THEMES codes
    age_band TEXT,
    first_name TEXT NOT NULL,
    message TEXT,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'accepted', 'withdrawn')),
    accepted_by INTEGER,
    created_at TEXT NOT NULL,
    reminded_at TEXT,
    escalated_at TEXT,
    closed_at TEXT
);
-- One open request per youth: a second one replaces it, never doubles it.
CREATE UNIQUE INDEX requests_one_open ON requests(youth_id) WHERE status = 'open';
CREATE INDEX requests_status ON requests(status, created_at);

-- Who was notified of a request, and the notice to edit when it is taken.
CREATE TABLE request_mentors (
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    mentor_id INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    message_id INTEGER,
    notified_at TEXT NOT NULL,
    declined_at TEXT,
    PRIMARY KEY (request_id, mentor_id)
);

-- An accepted request: youth <-> mentor. Active while ended_at IS NULL.
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    request_id INTEGER,
    youth_id INTEGER NOT NULL,
    mentor_id INTEGER NOT NULL,
    team_id INTEGER,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    end_reason TEXT
);
CREATE UNIQUE INDEX links_one_per_request ON links(request_id) WHERE request_id IS NOT NULL;
-- One active link per youth; a mentor may follow several youths.
CREATE UNIQUE INDEX links_one_active_per_youth ON links(youth_id) WHERE ended_at IS NULL;
CREATE INDEX links_mentor ON links(mentor_id, ended_at);

-- The first accept wins: the link is born in the same statement that closes the request
-- (UPDATE ... WHERE status = 'open'), so two mentors pressing at once cannot both win.
CREATE TRIGGER request_accepted AFTER UPDATE OF status ON requests
WHEN OLD.status = 'open' AND NEW.status = 'accepted'
BEGIN
    INSERT INTO links (request_id, youth_id, mentor_id, team_id, started_at)
    VALUES (NEW.id, NEW.youth_id, NEW.accepted_by, NEW.team_id, NEW.closed_at);
END;

-- Relayed messages: routing metadata only (who, when, message ids), never content.
-- channel: 'link:<id>' (youth <-> mentor) or 'support:<mentor_id>' (issue 4).
CREATE TABLE relayed (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    from_chat INTEGER NOT NULL,
    from_message INTEGER NOT NULL,
    to_chat INTEGER NOT NULL,
    to_message INTEGER NOT NULL,
    at TEXT NOT NULL,
    flagged INTEGER NOT NULL DEFAULT 0   -- the safety net marked it
);
CREATE INDEX relayed_to ON relayed(to_chat, to_message);
CREATE INDEX relayed_from ON relayed(from_chat, from_message);
CREATE INDEX relayed_channel ON relayed(channel, at);

-- Safety-net hits: category and when, for the COPIL's follow-up. Never the text.
CREATE TABLE safety_alerts (
    id INTEGER PRIMARY KEY,
    youth_id INTEGER NOT NULL,
    link_id INTEGER,
    category TEXT NOT NULL,
    at TEXT NOT NULL
);

-- A mentor's personal deep link (/mylink): t.me/<bot>?start=m_<token>.
CREATE TABLE mentor_links (
    mentor_id INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
