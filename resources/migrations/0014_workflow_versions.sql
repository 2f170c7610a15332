-- Saved versions of workflows (core/workflow/versionstore.h): every save that changed a workflow keeps
-- its definition as the next version of that name. Versions never expire: restore any of them, or
-- compare two. A workflow's history is by name; a workflow renamed starts a history of its own.
CREATE TABLE workflow_versions (
    workflow   TEXT    NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    definition TEXT    NOT NULL CHECK (json_valid(definition)),
    digest     TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    saved_by   TEXT    NOT NULL DEFAULT '',
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (workflow, version)
) WITHOUT ROWID;
