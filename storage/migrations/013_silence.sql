-- No link fades in silence (issue 14): each active link knows since when nobody wrote or
-- logged a follow-up, and which step of the silence rules it reached since then.

-- Last message either way or follow-up (a link's start counts as one).
ALTER TABLE links ADD COLUMN quiet_since TEXT;
-- 0 nothing yet, 1 mentor nudged, 2 youth asked, 3 both told it closes in a week.
ALTER TABLE links ADD COLUMN silence_step INTEGER NOT NULL DEFAULT 0;
ALTER TABLE links ADD COLUMN silence_at TEXT;  -- when the last step was taken

-- Existing links start from their last relayed message or follow-up, never from their start
-- alone: the rules must not close a link that was alive before they existed.
UPDATE links SET quiet_since = (
    SELECT max(at) FROM (
        SELECT links.started_at AS at
        UNION ALL SELECT max(r.at) FROM relayed r WHERE r.channel = 'link:' || links.id
        UNION ALL SELECT max(g.created_at) FROM logs g
            WHERE g.youth_id = links.youth_id AND g.mentor_id = links.mentor_id
    ) AS moments
);
CREATE INDEX links_quiet ON links(silence_step, quiet_since) WHERE ended_at IS NULL;

DROP TRIGGER request_accepted;
CREATE TRIGGER request_accepted AFTER UPDATE OF status ON requests
WHEN OLD.status = 'open' AND NEW.status = 'accepted'
BEGIN
    INSERT INTO links (request_id, youth_id, mentor_id, team_id, started_at, quiet_since)
    VALUES (NEW.id, NEW.youth_id, NEW.accepted_by, NEW.team_id, NEW.closed_at, NEW.closed_at);
END;

-- Days without contact before the mentor's nudge (the youth is asked at 45, closed at 60).
ALTER TABLE teams ADD COLUMN silence_days INTEGER NOT NULL DEFAULT 14;

-- A mentor who declined or let pass three requests in a row is asked once whether to pause;
-- a paused mentor gets no new requests until /available.
ALTER TABLE people ADD COLUMN paused_at TEXT;
ALTER TABLE people ADD COLUMN pause_asked_at TEXT;
