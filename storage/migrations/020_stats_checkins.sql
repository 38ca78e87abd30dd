-- /stats over a national year reads millions of check-ins (one every two weeks of each
-- link): covering indexes in the order of its two GROUP BYs, so each is one index scan,
-- without a sort and without the table's pages.
CREATE INDEX stats_checkins_moods ON checkins(team_id, mood, theme, asked_at);
CREATE INDEX stats_checkins_youths ON checkins(youth_id, mood, asked_at);
