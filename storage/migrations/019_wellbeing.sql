-- Mentors' wellbeing (issue 14): once a quarter a mentor is asked, by one tap, how they are
-- as a volunteer (1-5), then whether they need support; yes tells their resource person.
-- Only the taps are kept; the resource person never sees the score.
CREATE TABLE mentor_wellbeing (
    id INTEGER PRIMARY KEY,
    mentor_id INTEGER NOT NULL,
    team_id INTEGER,
    asked_at TEXT NOT NULL,
    mood INTEGER CHECK (mood BETWEEN 1 AND 5),
    support TEXT CHECK (support IN ('yes', 'no')),
    answered_at TEXT
);
CREATE INDEX mentor_wellbeing_mentor ON mentor_wellbeing(mentor_id, asked_at);
