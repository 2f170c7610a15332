-- The knowledge base's keyword search on a team's PostgreSQL database (KnowledgeStore::searchText):
-- what SQLite's FTS5 index (0008) does there, with PostgreSQL's full-text search. A generated column
-- keeps each passage's words, its heading weighted A and its text B, stemmed in English like FTS5's
-- porter tokenizer; a GIN index finds them. Nothing on SQLite.
-- postgresql only
ALTER TABLE kb_chunks ADD COLUMN fts tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', text), 'B')) STORED;
-- postgresql only
CREATE INDEX kb_chunks_fts_gin ON kb_chunks USING gin (fts);
