-- "Je m'en occupe" (issue 12): the first COPIL member to press owns the alert; every copy
-- of the alert is then edited to say who took it.
ALTER TABLE safety_alerts ADD COLUMN owner_id INTEGER;
ALTER TABLE safety_alerts ADD COLUMN taken_at TEXT;
CREATE TABLE safety_alert_copies (
    alert_id INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (alert_id, chat_id, message_id)
);
