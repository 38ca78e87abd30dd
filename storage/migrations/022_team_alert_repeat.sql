-- A team's COPIL chooses how often an alert nobody took goes again to every COPIL member
-- (NULL: LIEN_SAFETY_REPEAT_MINUTES).
ALTER TABLE teams ADD COLUMN alert_repeat_minutes INTEGER;
