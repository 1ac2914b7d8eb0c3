-- Settings of the pipeline's writing connections (a run, a correction), set before their first
-- statement.
--
-- FSST, DuckDB's string compression, cost more than half of a large load (1,000,000 facts:
-- 6.8 s with it, 3.9 s without, `loading` benchmark) for a file about 10% smaller: the evidence
-- strings are short and varied. The other compressions stay on.
SET disabled_compression_methods = 'fsst';
