-- The safety net grades its hits (issue 12): a medium hit first asks the youth, and the
-- COPIL is alerted on "not really", "I want to talk" or 30 minutes without an answer.
-- Still never the text: the level, the rule that fired and the answer only.
ALTER TABLE safety_alerts ADD COLUMN level TEXT NOT NULL DEFAULT 'high';
ALTER TABLE safety_alerts ADD COLUMN rule TEXT NOT NULL DEFAULT '';
ALTER TABLE safety_alerts ADD COLUMN team_id INTEGER;
-- A medium hit's question waits for an answer until then (NULL: nothing asked).
ALTER TABLE safety_alerts ADD COLUMN asked_until TEXT;
-- ok, not_really, talk, or timeout; NULL while the question waits.
ALTER TABLE safety_alerts ADD COLUMN answer TEXT;
CREATE INDEX safety_alerts_waiting ON safety_alerts(asked_until) WHERE answer IS NULL;
