-- A team member's Usage report read from the index alone (GET /team/usage; core/usage/queries.h;
-- bench/team/results-2026-12-06c-charts.md). The rows of one member's keys are spread over the whole
-- table on PostgreSQL, whose heap keeps them in the order they were written (day by day): at
-- 10,000,000 calls the busiest member's 12 months were 26,219 rows of monitor_day on 14,018 of its
-- 29,044 pages, and 8,760 rows of calls_daily on 6,509 of its 6,820, read once for the percentiles and
-- eight times for the sums and the filter choices. SQLite keeps calls_daily in its primary key's order
-- (WITHOUT ROWID, the key first) and a one-person ledger is small: PostgreSQL only.
--
-- The daily monitoring rollup's ok rows by proxy key with what UsageQueries::latencyFromRollups reads
-- (a histogram is a byte and a varint per non-empty bucket: under 100 bytes here, about 1 KB with all
-- 256 buckets of counts below 2^21, within an index row's 2,700).
-- postgresql only
CREATE INDEX monitor_day_ok_by_key ON monitor_day(source_key, t)
    INCLUDE (source, provider, model, attempts, latency_ms_sum, ttft_count, latency_hist, ttft_hist) WHERE status = 'ok';

-- A key's daily sums with every column the member's rollup queries read (totals, spend and tokens per
-- day, error rates, top keys, the filter choices).
-- postgresql only
CREATE INDEX calls_daily_by_key_sums ON calls_daily(source_key, day)
    INCLUDE (source, provider, model, attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens,
             cache_write_tokens, reasoning_tokens, cost_nusd);
