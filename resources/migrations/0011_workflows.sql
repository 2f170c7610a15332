-- Workflows (core/workflow): their model calls land in the ledger with source 'workflow'.
--
-- The ledger's calls.source CHECK of 0002 lists the sources by name. SQLite cannot alter a CHECK, and
-- rebuilding calls would copy every row of a large ledger and recreate its indexes and triggers. A
-- CHECK that accepts more than before holds for every existing row, so the table's text in the schema
-- is rewritten in place: SQLite's documented procedure for loosening constraints
-- (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema changes"), inside
-- this migration's transaction. RESET reloads the schema on this connection; connections opened later
-- read the new text.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''eval'', ''cli'')', '''eval'', ''cli'', ''workflow'')')
 WHERE type = 'table' AND name = 'calls';
PRAGMA writable_schema = RESET;
