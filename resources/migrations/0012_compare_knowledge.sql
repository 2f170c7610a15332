-- Compare with the knowledge base (core/compare/comparestore.h): what a saved comparison answered
-- from, so that a reopened one attaches the same collections and its citations open their passages.

-- The collections the comparison's prompts are searched in: a JSON list of names, [] for none.
ALTER TABLE comparisons ADD COLUMN knowledge TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(knowledge));

-- The sources one search gave every pane of a live comparison's turn, or every model of a batch's
-- prompt row, as knowledge::contextToJson writes them (collections, query, notes and the numbered
-- passages with their text). position is the turn (live) or the row index (batch), 0-based.
CREATE TABLE compare_sources (
    comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    sources       TEXT    NOT NULL CHECK (json_valid(sources)),
    PRIMARY KEY (comparison_id, position)
) WITHOUT ROWID;
