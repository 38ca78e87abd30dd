-- Every alert is answered (issue 12). When the COPIL was first alerted (a high hit at once,
-- a medium one on "not really", "talk" or silence; NULL: only the youth was asked); an alert
-- nobody took is repeated to every COPIL member of the programme, `repeats` counting those
-- sent (each marked by one conditional update, so each goes once). The owner closes it with
-- an outcome; still never the text.
ALTER TABLE safety_alerts ADD COLUMN alerted_at TEXT;
ALTER TABLE safety_alerts ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
-- safe, emergency, professional, no_answer, false_alarm, other
ALTER TABLE safety_alerts ADD COLUMN outcome TEXT;
ALTER TABLE safety_alerts ADD COLUMN closed_at TEXT;
ALTER TABLE safety_alerts ADD COLUMN closed_by INTEGER;
CREATE INDEX safety_alerts_open ON safety_alerts(alerted_at) WHERE closed_at IS NULL;
