-- Settings of the pipeline's writing connections (a run, a correction), set before their first
-- statement.
--
-- FSST, DuckDB's string compression, cost more than half of a large load (1,000,000 facts:
-- 6.8 s with it, 3.9 s without, `loading` benchmark) for a file about 10% smaller: the evidence
-- strings are short and varied. The other compressions stay on.
SET disabled_compression_methods = 'fsst';
--
-- A transaction's new rows go to the file as soon as they fill a row group (122,880 rows), not
-- five of them at a time: a batch of the load stage then holds about one row group per table in
-- memory, however large it grows (1.7M facts in batches of 1M: peak 442–468 MiB instead of
-- 513–552 MiB, `load-replay` benchmark).
SET write_buffer_row_group_count = 1;
