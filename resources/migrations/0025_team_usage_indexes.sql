-- What a team member's part of the Usage page needs beside the rollups (core/usage/queries.h;
-- bench/team/results-2026-12-06b-charts.md): at 10,000,000 calls the busiest member's top requests
-- of one day took 12 s (call_requests_by_cost walked from the top, looking for the member's keys on
-- the heap) and their unpriced calls of 12 months 1 s (calls_unpriced_day, the keys on the heap).
--
-- A key's requests by cost, and by day: UsageQueries::topRequests takes each of a member's keys in
-- turn, walking its requests by cost when the range holds many of them, by day when few.
CREATE INDEX call_requests_by_key_cost ON call_requests(source_key, cost_nusd, day);
CREATE INDEX call_requests_by_key_day ON call_requests(source_key, day);
-- A key's unpriced calls, counted in the index alone.
CREATE INDEX calls_unpriced_by_key ON calls(source, source_key, day) WHERE unpriced = 1;
-- The daily monitoring rollup by proxy key: a member's latency percentiles per model merge their
-- keys' histograms (UsageQueries::latencyFromRollups; monitor_day_key has no models).
CREATE INDEX monitor_day_by_key ON monitor_day(source_key, status, t);
