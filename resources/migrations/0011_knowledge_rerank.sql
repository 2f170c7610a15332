-- Listwise rerank of a collection's fused passages by a chat model (core/knowledge/rerank.h): the
-- model (PROVIDER/MODEL, a route or a virtual model; '' = off) and how many of the best fused
-- passages it sees. Calls go through the router with source 'knowledge', like the embeddings.
ALTER TABLE kb_collections ADD COLUMN rerank_model TEXT NOT NULL DEFAULT '';
ALTER TABLE kb_collections ADD COLUMN rerank_candidates INTEGER NOT NULL DEFAULT 20 CHECK (rerank_candidates BETWEEN 2 AND 50);
