-- A youth can ask for a mentor from their peer-aidance group: the request remembers the
-- group so /stats counts the "group" channel (NULL: a mentor's link or the team).
ALTER TABLE requests ADD COLUMN group_id INTEGER REFERENCES groups(id);
