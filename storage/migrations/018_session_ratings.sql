-- Peer-aidance session ratings (issue 14): after a session, a youth who came rates it with
-- one tap (1-5). The row's insertion is the mark that they were asked; only the tap is kept.
CREATE TABLE session_ratings (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL,
    youth_id INTEGER NOT NULL,
    team_id INTEGER,
    asked_at TEXT NOT NULL,
    stars INTEGER CHECK (stars BETWEEN 1 AND 5),
    answered_at TEXT,
    UNIQUE (session_id, youth_id)
);
CREATE INDEX session_ratings_youth ON session_ratings(youth_id);
-- The session's peer helpers saw its average (once, at the fifth rating).
ALTER TABLE sessions ADD COLUMN ratings_shown_at TEXT;
