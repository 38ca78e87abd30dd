-- Indexes for what the queries ask, measured on a national programme (bench/scale.py):
-- each replaces a scan of a table that grows with the years.

-- A person's data (/mydata, /forget, invitations already sent): by person, not by scan.
CREATE INDEX IF NOT EXISTS outbox_chat ON outbox(chat_id);
CREATE INDEX IF NOT EXISTS requests_youth ON requests(youth_id);
CREATE INDEX IF NOT EXISTS request_mentors_mentor ON request_mentors(mentor_id);
CREATE INDEX IF NOT EXISTS links_youth ON links(youth_id, ended_at);
CREATE INDEX IF NOT EXISTS event_answers_person ON event_answers(person_id);
CREATE INDEX IF NOT EXISTS session_answers_person ON session_answers(person_id);
CREATE INDEX IF NOT EXISTS group_members_person ON group_members(person_id);
CREATE INDEX IF NOT EXISTS group_helpers_person ON group_helpers(person_id);
CREATE INDEX IF NOT EXISTS resource_persons_copil ON resource_persons(copil_id);
CREATE INDEX IF NOT EXISTS audit_subject ON audit(subject);

-- Foreign keys set to NULL on delete: without these, deleting a partner or an offline
-- person scans every follow-up.
CREATE INDEX IF NOT EXISTS logs_partner ON logs(partner_id);
CREATE INDEX IF NOT EXISTS logs_offline ON logs(offline_id);

-- By time: sessions and events ahead, invitations of an event.
CREATE INDEX IF NOT EXISTS sessions_starts ON sessions(starts_at);
CREATE INDEX IF NOT EXISTS events_starts ON events(starts_at);
CREATE INDEX IF NOT EXISTS broadcasts_event ON broadcasts(event_id);
CREATE INDEX IF NOT EXISTS broadcasts_session ON broadcasts(session_id);

-- Programme-wide audiences and lists by role.
CREATE INDEX IF NOT EXISTS people_role ON people(role, active);
