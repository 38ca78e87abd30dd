-- A crisis alert nobody in the team's COPIL received within two minutes goes to every
-- COPIL member of the programme, once: when that was done (issue 11).
ALTER TABLE safety_alerts ADD COLUMN widened_at TEXT;
