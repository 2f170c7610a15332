-- Knowledge base imports that follow their sources: the folders a collection imported (watched for
-- changes while the app or `switchboard-cli kb watch` runs), and a hash of each passage's embedded
-- text so that a passage seen before (a file renamed, moved or changed elsewhere) takes its vectors
-- along instead of being embedded again.

-- SHA-256 (first 16 bytes) of what is embedded: the heading path and the text. NULL for passages
-- stored before this migration: they are embedded as before.
ALTER TABLE kb_chunks ADD COLUMN text_hash BLOB;
CREATE INDEX kb_chunks_by_text_hash ON kb_chunks(collection_id, text_hash) WHERE text_hash IS NOT NULL;

-- Whether the collection's folders are watched (1) or only imported when asked (0).
ALTER TABLE kb_collections ADD COLUMN watch INTEGER NOT NULL DEFAULT 0 CHECK (watch IN (0, 1));

-- The folders imported into a collection (absolute paths), what watching covers.
CREATE TABLE kb_folders (
    collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,
    path          TEXT    NOT NULL,
    added_at      INTEGER NOT NULL,
    PRIMARY KEY (collection_id, path)
) WITHOUT ROWID;
