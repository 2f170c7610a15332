-- What changed in kb_vectors, in order, so that the vector indexes held in memory and on disk
-- (knowledge/vectorindex.h) catch up by reading only what is new instead of every vector.
-- REPLACE of a vector logs an 'add' (its old row's delete trigger does not fire): the index updates
-- the point in place. Deletes come from a passage's document being replaced or removed (cascade).
CREATE TABLE kb_vector_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    chunk_id INTEGER NOT NULL,
    model    TEXT    NOT NULL,
    op       TEXT    NOT NULL CHECK (op IN ('add', 'del'))
);
CREATE INDEX kb_vector_log_model ON kb_vector_log(model, seq);

-- sqlite only
CREATE TRIGGER kb_vectors_log_insert AFTER INSERT ON kb_vectors
BEGIN
    INSERT INTO kb_vector_log(chunk_id, model, op) VALUES (NEW.chunk_id, NEW.model, 'add');
END;

-- sqlite only
CREATE TRIGGER kb_vectors_log_delete AFTER DELETE ON kb_vectors
BEGIN
    INSERT INTO kb_vector_log(chunk_id, model, op) VALUES (OLD.chunk_id, OLD.model, 'del');
END;

-- The approximate (HNSW) indexes persisted beside the database: which file holds the index of a
-- collection's vectors of a model, and the last change (kb_vector_log.seq) it contains. The log is
-- pruned up to the oldest applied_seq of a model's indexes (pruned_through): an index in memory that
-- is older than that reloads from its file.
CREATE TABLE kb_ann (
    collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,
    model         TEXT    NOT NULL,
    file          TEXT    NOT NULL,
    applied_seq   INTEGER NOT NULL,
    dims          INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (collection_id, model)
) WITHOUT ROWID;

CREATE TABLE kb_vector_log_pruned (
    model   TEXT PRIMARY KEY,
    through INTEGER NOT NULL
) WITHOUT ROWID;
