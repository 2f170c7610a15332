-- Playground conversations (core/chat/conversationstore.h). Messages form a tree: editing and
-- resending or regenerating adds a sibling under the same parent, so every branch is kept;
-- conversations.current_leaf is the last message of the branch on screen.
-- Deleting is soft (deleted_at) so it can be undone; purge removes for good.
CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL DEFAULT '',
    folder        TEXT    NOT NULL DEFAULT '',
    tags          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    model         TEXT    NOT NULL DEFAULT '',
    system_prompt TEXT    NOT NULL DEFAULT '',
    params        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER,
    current_leaf  INTEGER
);
CREATE INDEX conversations_recent ON conversations(deleted_at, updated_at DESC);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    parent_id       INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
    body            TEXT    NOT NULL CHECK (json_valid(body)),
    text            TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    provider        TEXT    NOT NULL DEFAULT '',
    model           TEXT    NOT NULL DEFAULT '',
    request_id      TEXT    NOT NULL DEFAULT '',
    input_tokens    INTEGER NOT NULL DEFAULT 0,
    output_tokens   INTEGER NOT NULL DEFAULT 0,
    cost_nusd       INTEGER NOT NULL DEFAULT 0,
    ttft_ms         INTEGER,
    latency_ms      INTEGER,
    status          TEXT    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'stopped', 'error')),
    error           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE INDEX messages_by_parent ON messages(parent_id);

-- Search over titles (message_id 0) and message text; kept in step by triggers.
-- SQLite only (FTS5 and its triggers): conversations are kept in the desktop's SQLite database; on a
-- PostgreSQL database (the team server) the tables exist without the search index.
-- sqlite only
CREATE VIRTUAL TABLE conversation_search USING fts5(
    conversation_id UNINDEXED, message_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');

-- sqlite only
CREATE TRIGGER conversation_search_title_insert AFTER INSERT ON conversations
BEGIN
    INSERT INTO conversation_search(conversation_id, message_id, text) VALUES (NEW.id, 0, NEW.title);
END;

-- sqlite only
CREATE TRIGGER conversation_search_title_update AFTER UPDATE OF title ON conversations
BEGIN
    DELETE FROM conversation_search WHERE conversation_id = NEW.id AND message_id = 0;
    INSERT INTO conversation_search(conversation_id, message_id, text) VALUES (NEW.id, 0, NEW.title);
END;

-- sqlite only
CREATE TRIGGER conversation_search_conversation_delete AFTER DELETE ON conversations
BEGIN
    DELETE FROM conversation_search WHERE conversation_id = OLD.id;
END;

-- sqlite only
CREATE TRIGGER conversation_search_message_insert AFTER INSERT ON messages
BEGIN
    INSERT INTO conversation_search(conversation_id, message_id, text) VALUES (NEW.conversation_id, NEW.id, NEW.text);
END;

-- sqlite only
CREATE TRIGGER conversation_search_message_update AFTER UPDATE OF text ON messages
BEGIN
    DELETE FROM conversation_search WHERE message_id = NEW.id;
    INSERT INTO conversation_search(conversation_id, message_id, text) VALUES (NEW.conversation_id, NEW.id, NEW.text);
END;

-- sqlite only
CREATE TRIGGER conversation_search_message_delete AFTER DELETE ON messages
BEGIN
    DELETE FROM conversation_search WHERE message_id = OLD.id;
END;
