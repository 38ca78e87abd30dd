-- Check-ins (issue 14): every two weeks of an active link the youth is asked, by taps only,
-- how they are, then optionally the theme that weighs most. The mentor never sees the
-- answer. Only the taps are kept (never a message id or text); /mydata shows them, /forget
-- erases them.

-- Days between check-ins in this team; 0 turns them off.
ALTER TABLE teams ADD COLUMN checkin_days INTEGER NOT NULL DEFAULT 14;
-- The youth said "don't ask me again" once: never asked again.
ALTER TABLE people ADD COLUMN checkins_off INTEGER NOT NULL DEFAULT 0;

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    youth_id INTEGER NOT NULL,
    link_id INTEGER NOT NULL,
    team_id INTEGER,
    asked_at TEXT NOT NULL,
    mood INTEGER CHECK (mood BETWEEN 1 AND 5),  -- 1 very low .. 5 very well; NULL unanswered
    theme TEXT,                      -- storage.models.THEMES code, or NULL
    answered_at TEXT
);
CREATE INDEX checkins_link ON checkins(link_id, asked_at);
CREATE INDEX checkins_youth ON checkins(youth_id, id);

-- When a link ends, the youth is asked two taps: did it help (1-5), would they recommend
-- it to a friend (yes / maybe / no). One row per link: its insertion is the mark.
CREATE TABLE link_feedback (
    id INTEGER PRIMARY KEY,
    link_id INTEGER NOT NULL UNIQUE,
    youth_id INTEGER NOT NULL,
    team_id INTEGER,
    asked_at TEXT NOT NULL,
    helped INTEGER CHECK (helped BETWEEN 1 AND 5),
    recommend TEXT CHECK (recommend IN ('yes', 'maybe', 'no')),
    answered_at TEXT
);
CREATE INDEX link_feedback_youth ON link_feedback(youth_id);
