-- /stats (issue 14). When a request first got an answer (a mentor's accept or decline) was
-- not kept: it is recorded from now on (storage/requests.py), and rebuilt here for earlier
-- requests from what was kept (the acceptance, the first decline still on record).
ALTER TABLE requests ADD COLUMN answered_at TEXT;
UPDATE requests SET answered_at = closed_at WHERE status = 'accepted';
UPDATE requests SET answered_at = (
    SELECT MIN(n.declined_at) FROM request_mentors n WHERE n.request_id = requests.id
) WHERE EXISTS (
    SELECT 1 FROM request_mentors n
    WHERE n.request_id = requests.id AND n.declined_at IS NOT NULL
      AND (requests.answered_at IS NULL OR n.declined_at < requests.answered_at)
);

-- The statistics read each table over a period: one range per table.
CREATE INDEX stats_requests_created ON requests(created_at);
CREATE INDEX stats_links_started ON links(started_at);
CREATE INDEX stats_sessions_starts ON sessions(starts_at);
CREATE INDEX stats_events_starts ON events(starts_at);
CREATE INDEX stats_alerts_at ON safety_alerts(at);
CREATE INDEX stats_audit_action ON audit(action, at);
-- Covering, in the order of their GROUP BY: a year of follow-ups is summed from the index
-- alone, without a sort and without reading the notes' pages.
CREATE INDEX stats_logs_sums ON logs(team_id, kind, themes, partner_id, day, minutes);
CREATE INDEX stats_logs_mentors ON logs(team_id, mentor_id, day);
