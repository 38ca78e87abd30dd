-- Whom a notice is about, when that is not its recipient (a mentor told of a youth's stop, a
-- COPIL alert about a youth): /forget erases those rows with the rest of the person's data,
-- in the same transaction, so no waiting notice names them afterwards.
ALTER TABLE outbox ADD COLUMN about INTEGER;
CREATE INDEX outbox_about ON outbox(about);
