-- Lists of people at national size, read in the order they are shown instead of sorted at
-- each screen: a team's page of youths or mentors (/people: active first, then by name), the
-- mentors by name (/resource: 5,000 of them programme-wide), and a team's paused mentors (a
-- handful among 2,000 people, each of whom was read to find them). The new indexes begin
-- with the columns of the two they replace, so what used those still can.
DROP INDEX IF EXISTS people_team_role;
CREATE INDEX people_team_list ON people(team_id, role, active DESC, lower(display_name), telegram_id);
DROP INDEX IF EXISTS people_role;
CREATE INDEX people_role_names ON people(role, active, lower(display_name), telegram_id);
CREATE INDEX people_paused ON people(team_id) WHERE paused_at IS NOT NULL;
