-- A youth may add a few words to their feedback when a link ends (issue 14). They go to the
-- COPIL only, without the youth's name, and only once at least five wait in the team: all
-- of them in one message, so one cannot tell who wrote from when they arrive.
ALTER TABLE link_feedback ADD COLUMN words TEXT;
ALTER TABLE link_feedback ADD COLUMN words_sent_at TEXT;
