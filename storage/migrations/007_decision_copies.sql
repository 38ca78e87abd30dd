-- Every message that offers one decision to several people (a youth's request to join a
-- group, to its leaders; a peer-helper invitation and an unanswered request, to the COPIL),
-- so that when one of them decides, every copy is edited to say what happened.
CREATE TABLE decision_copies (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,              -- 'join:<group>:<youth>', 'peer:<link>', 'request:<id>'
    about INTEGER,                      -- the person it is about: erased with them
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL
);
CREATE INDEX decision_copies_subject ON decision_copies (subject);
