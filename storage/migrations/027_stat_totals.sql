-- /stats' additive figures kept per team and closed month or day (storage/totals.py), so
-- that a national year sums a few thousand rows instead of counting a million. `day` is the
-- UTC month or day of the row's timestamp ('YYYY-MM' or 'YYYY-MM-DD': the first seven or
-- ten characters of its ISO text), or for follow-ups of the day they were logged for. A
-- month or day is kept only once a row of stat_days says so; the triggers below drop the
-- totals and the mark of a row's day and month whenever it is written, changed or erased,
-- so what is kept can never disagree with the rows: what is not kept is read live, and the
-- bot keeps it again within the hour.
CREATE TABLE stat_days (
    section TEXT NOT NULL,
    day TEXT NOT NULL,
    filled_at TEXT NOT NULL,
    PRIMARY KEY (section, day)
);
CREATE TABLE stat_totals (
    section TEXT NOT NULL,
    day TEXT NOT NULL,
    team_id INTEGER NOT NULL,  -- 0: rows without a team (counted in the whole programme)
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,        -- a count
    total REAL NOT NULL,       -- a sum (hours)
    vals TEXT                  -- a median's exact values, space-separated (then n = total = 0)
);
CREATE INDEX stat_totals_days ON stat_totals(section, day, team_id, name, key, n, total, vals);

-- A day's rows, read once to fill it (or live, for the days not kept): by day first.
CREATE INDEX stat_logs_days ON logs(day, team_id, kind, themes, partner_id, minutes, mentor_id);
CREATE INDEX stat_links_ended ON links(ended_at);
-- Requests by month: counted from the index alone.
DROP INDEX stats_requests_created;
CREATE INDEX stats_requests_created ON requests(created_at, team_id);
CREATE INDEX stat_checkins_asked ON checkins(asked_at, team_id, mood, theme, youth_id);

-- Requests: counted on the day they were received, whatever changes later (answered,
-- accepted, withdrawn, reminded) changes that day's figures and its month's.
CREATE TRIGGER stat_requests_in AFTER INSERT ON requests
BEGIN
    DELETE FROM stat_days WHERE section = 'requests'
        AND day IN (substr(NEW.created_at, 1, 10), substr(NEW.created_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'requests'
        AND day IN (substr(NEW.created_at, 1, 10), substr(NEW.created_at, 1, 7));
END;
CREATE TRIGGER stat_requests_up AFTER UPDATE ON requests
BEGIN
    DELETE FROM stat_days WHERE section = 'requests'
        AND day IN (substr(OLD.created_at, 1, 10), substr(OLD.created_at, 1, 7),
                    substr(NEW.created_at, 1, 10), substr(NEW.created_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'requests'
        AND day IN (substr(OLD.created_at, 1, 10), substr(OLD.created_at, 1, 7),
                    substr(NEW.created_at, 1, 10), substr(NEW.created_at, 1, 7));
END;
CREATE TRIGGER stat_requests_out AFTER DELETE ON requests
BEGIN
    DELETE FROM stat_days WHERE section = 'requests'
        AND day IN (substr(OLD.created_at, 1, 10), substr(OLD.created_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'requests'
        AND day IN (substr(OLD.created_at, 1, 10), substr(OLD.created_at, 1, 7));
END;

-- Links: counted on the day they started and on the day they ended.
CREATE TRIGGER stat_links_in AFTER INSERT ON links
BEGIN
    DELETE FROM stat_days WHERE section = 'links'
        AND day IN (substr(NEW.started_at, 1, 10), substr(NEW.started_at, 1, 7),
                    substr(NEW.ended_at, 1, 10), substr(NEW.ended_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'links'
        AND day IN (substr(NEW.started_at, 1, 10), substr(NEW.started_at, 1, 7),
                    substr(NEW.ended_at, 1, 10), substr(NEW.ended_at, 1, 7));
END;
CREATE TRIGGER stat_links_up AFTER UPDATE ON links
BEGIN
    DELETE FROM stat_days WHERE section = 'links'
        AND day IN (substr(OLD.started_at, 1, 10), substr(OLD.started_at, 1, 7),
                    substr(OLD.ended_at, 1, 10), substr(OLD.ended_at, 1, 7),
                    substr(NEW.started_at, 1, 10), substr(NEW.started_at, 1, 7),
                    substr(NEW.ended_at, 1, 10), substr(NEW.ended_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'links'
        AND day IN (substr(OLD.started_at, 1, 10), substr(OLD.started_at, 1, 7),
                    substr(OLD.ended_at, 1, 10), substr(OLD.ended_at, 1, 7),
                    substr(NEW.started_at, 1, 10), substr(NEW.started_at, 1, 7),
                    substr(NEW.ended_at, 1, 10), substr(NEW.ended_at, 1, 7));
END;
CREATE TRIGGER stat_links_out AFTER DELETE ON links
BEGIN
    DELETE FROM stat_days WHERE section = 'links'
        AND day IN (substr(OLD.started_at, 1, 10), substr(OLD.started_at, 1, 7),
                    substr(OLD.ended_at, 1, 10), substr(OLD.ended_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'links'
        AND day IN (substr(OLD.started_at, 1, 10), substr(OLD.started_at, 1, 7),
                    substr(OLD.ended_at, 1, 10), substr(OLD.ended_at, 1, 7));
END;

-- Follow-ups: counted on the day they were logged for (a day in the past is common); the
-- mentors who logged are kept as a set per month (section 'mentors').
CREATE TRIGGER stat_logs_in AFTER INSERT ON logs
BEGIN
    DELETE FROM stat_days WHERE section = 'followups'
        AND day IN (NEW.day, substr(NEW.day, 1, 7));
    DELETE FROM stat_totals WHERE section = 'followups'
        AND day IN (NEW.day, substr(NEW.day, 1, 7));
    DELETE FROM stat_days WHERE section = 'mentors'
        AND day IN (substr(NEW.day, 1, 7));
    DELETE FROM stat_totals WHERE section = 'mentors'
        AND day IN (substr(NEW.day, 1, 7));
END;
CREATE TRIGGER stat_logs_up AFTER UPDATE ON logs
BEGIN
    DELETE FROM stat_days WHERE section = 'followups'
        AND day IN (OLD.day, substr(OLD.day, 1, 7),
                    NEW.day, substr(NEW.day, 1, 7));
    DELETE FROM stat_totals WHERE section = 'followups'
        AND day IN (OLD.day, substr(OLD.day, 1, 7),
                    NEW.day, substr(NEW.day, 1, 7));
    DELETE FROM stat_days WHERE section = 'mentors'
        AND day IN (substr(OLD.day, 1, 7), substr(NEW.day, 1, 7));
    DELETE FROM stat_totals WHERE section = 'mentors'
        AND day IN (substr(OLD.day, 1, 7), substr(NEW.day, 1, 7));
END;
CREATE TRIGGER stat_logs_out AFTER DELETE ON logs
BEGIN
    DELETE FROM stat_days WHERE section = 'followups'
        AND day IN (OLD.day, substr(OLD.day, 1, 7));
    DELETE FROM stat_totals WHERE section = 'followups'
        AND day IN (OLD.day, substr(OLD.day, 1, 7));
    DELETE FROM stat_days WHERE section = 'mentors'
        AND day IN (substr(OLD.day, 1, 7));
    DELETE FROM stat_totals WHERE section = 'mentors'
        AND day IN (substr(OLD.day, 1, 7));
END;

-- Check-ins: counted on the day they were asked (the answer often comes a day later).
CREATE TRIGGER stat_checkins_in AFTER INSERT ON checkins
BEGIN
    DELETE FROM stat_days WHERE section = 'checkins'
        AND day IN (substr(NEW.asked_at, 1, 10), substr(NEW.asked_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'checkins'
        AND day IN (substr(NEW.asked_at, 1, 10), substr(NEW.asked_at, 1, 7));
END;
CREATE TRIGGER stat_checkins_up AFTER UPDATE ON checkins
BEGIN
    DELETE FROM stat_days WHERE section = 'checkins'
        AND day IN (substr(OLD.asked_at, 1, 10), substr(OLD.asked_at, 1, 7),
                    substr(NEW.asked_at, 1, 10), substr(NEW.asked_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'checkins'
        AND day IN (substr(OLD.asked_at, 1, 10), substr(OLD.asked_at, 1, 7),
                    substr(NEW.asked_at, 1, 10), substr(NEW.asked_at, 1, 7));
END;
CREATE TRIGGER stat_checkins_out AFTER DELETE ON checkins
BEGIN
    DELETE FROM stat_days WHERE section = 'checkins'
        AND day IN (substr(OLD.asked_at, 1, 10), substr(OLD.asked_at, 1, 7));
    DELETE FROM stat_totals WHERE section = 'checkins'
        AND day IN (substr(OLD.asked_at, 1, 10), substr(OLD.asked_at, 1, 7));
END;
