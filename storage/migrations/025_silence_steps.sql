-- No link fades in silence, per team: the youth's question and the closing were 45 and 60
-- days everywhere; each team now chooses them in /rhythms, as it chose the mentor's nudge
-- (silence_days). The warning still comes a week before the closing.
ALTER TABLE teams ADD COLUMN ask_days INTEGER NOT NULL DEFAULT 45;
ALTER TABLE teams ADD COLUMN close_days INTEGER NOT NULL DEFAULT 60;
