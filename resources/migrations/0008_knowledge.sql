-- Knowledge base (core/knowledge): collections of documents cut into chunks that are searched by
-- BM25 (FTS5) and, where the collection has an embedding model, by vectors kept per model. Imports
-- are a persistent job queue: a job left running by a crash is queued again on the next start.
CREATE TABLE kb_collections (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    description   TEXT    NOT NULL DEFAULT '',
    embed_model   TEXT    NOT NULL DEFAULT '', -- PROVIDER/MODEL (or a route); '' = BM25 only
    -- a model being changed to: it embeds in the background while embed_model keeps answering, and
    -- takes its place once every passage has its vector
    embed_model_next TEXT NOT NULL DEFAULT '',
    ocr_language  TEXT    NOT NULL DEFAULT 'eng', -- Tesseract's language codes, e.g. 'deu' or 'eng+fra'
    chunk_tokens  INTEGER NOT NULL DEFAULT 400 CHECK (chunk_tokens BETWEEN 50 AND 8000),
    chunk_overlap INTEGER NOT NULL DEFAULT 60 CHECK (chunk_overlap >= 0 AND chunk_overlap < chunk_tokens),
    include_globs TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(include_globs)),
    exclude_globs TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(exclude_globs)),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

-- One row per imported source (an absolute file path or a URL); content_hash (SHA-256) decides
-- whether a source changed. A source that could not be read keeps its row with status and error.
CREATE TABLE kb_documents (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,
    source        TEXT    NOT NULL,
    kind          TEXT    NOT NULL DEFAULT '',
    content_hash  TEXT    NOT NULL DEFAULT '',
    size          INTEGER NOT NULL DEFAULT 0,
    modified_at   INTEGER NOT NULL DEFAULT 0,
    status        TEXT    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'skipped', 'failed')),
    error         TEXT    NOT NULL DEFAULT '',
    chunks        INTEGER NOT NULL DEFAULT 0,
    tokens        INTEGER NOT NULL DEFAULT 0,
    imported_at   INTEGER NOT NULL,
    UNIQUE (collection_id, source)
);

-- A passage with what a citation needs: the heading path, the page (PDFs) and where it is in the
-- extracted text.
CREATE TABLE kb_chunks (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES kb_documents(id) ON DELETE CASCADE,
    collection_id INTEGER NOT NULL,
    ordinal       INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    heading       TEXT    NOT NULL DEFAULT '',
    page          INTEGER,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    tokens        INTEGER NOT NULL
);
CREATE INDEX kb_chunks_by_document ON kb_chunks(document_id, ordinal);
CREATE INDEX kb_chunks_by_collection ON kb_chunks(collection_id);

-- BM25 over the chunks' text and headings, kept in step by triggers (external content). Porter
-- stemming: a question about "refunds" finds the passage on "refund".
-- The collection is a column of the index, so a search ranks only its own passages; rank is BM25
-- with headings weighing twice, so that ORDER BY rank LIMIT stays inside FTS5.
-- SQLite only (FTS5 and its triggers): knowledge collections are kept in the desktop's SQLite database; on a
-- PostgreSQL database (the team server) the tables exist without the search index.
-- sqlite only
CREATE VIRTUAL TABLE kb_chunks_fts USING fts5(
    text, heading, collection_id UNINDEXED, content = 'kb_chunks', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2');
-- sqlite only
INSERT INTO kb_chunks_fts(kb_chunks_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0)');

-- sqlite only
CREATE TRIGGER kb_chunks_fts_insert AFTER INSERT ON kb_chunks
BEGIN
    INSERT INTO kb_chunks_fts(rowid, text, heading, collection_id) VALUES (NEW.id, NEW.text, NEW.heading, NEW.collection_id);
END;

-- sqlite only
CREATE TRIGGER kb_chunks_fts_delete AFTER DELETE ON kb_chunks
BEGIN
    INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, text, heading, collection_id) VALUES ('delete', OLD.id, OLD.text, OLD.heading, OLD.collection_id);
END;

-- Vectors per (chunk, embedding model): a new model embeds beside the old one, which keeps
-- answering until the new one is complete. float32, little-endian, unit length.
CREATE TABLE kb_vectors (
    chunk_id INTEGER NOT NULL REFERENCES kb_chunks(id) ON DELETE CASCADE,
    model    TEXT    NOT NULL,
    vector   BLOB    NOT NULL,
    PRIMARY KEY (chunk_id, model)
) WITHOUT ROWID;

-- The ingest queue: one job per source to import or remove.
CREATE TABLE kb_jobs (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('import', 'remove')),
    source        TEXT    NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'paused', 'done', 'failed', 'cancelled')),
    error         TEXT    NOT NULL DEFAULT '',
    attempts      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX kb_jobs_by_state ON kb_jobs(state, id);
CREATE INDEX kb_jobs_by_collection ON kb_jobs(collection_id, state);

-- Golden questions: what a good search returns (sources, and optionally a phrase of the passage), so
-- that a setting's effect on recall@k and MRR is measured before it is adopted.
CREATE TABLE kb_golden (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,
    question      TEXT    NOT NULL,
    sources       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
    phrase        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX kb_golden_by_collection ON kb_golden(collection_id, id);
