-- The Telegram app's language of someone not signed up yet who raised an alert (no person
-- row holds one): the bot's own words around the owner's messages reach them in it.
ALTER TABLE safety_alerts ADD COLUMN language TEXT;
