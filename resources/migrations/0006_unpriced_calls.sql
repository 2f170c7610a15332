-- Calls whose model had no price in the catalog: their cost is unknown, not zero (a local model that
-- is free has a price of 0 and is not unpriced). The Usage page counts them to warn that costs and
-- budgets leave them out; the partial index keeps that count cheap.
ALTER TABLE calls ADD COLUMN unpriced INTEGER NOT NULL DEFAULT 0 CHECK (unpriced IN (0, 1));
CREATE INDEX calls_unpriced_day ON calls(day) WHERE unpriced = 1;
