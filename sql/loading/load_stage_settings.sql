-- Settings of the load stage (BatchLoader), undone by reset_load_stage_settings.sql.
--
-- One thread. With more, each commit's and each full row group's compression ran on a worker
-- while the loading thread spun waiting for it (DuckDB polls its pending query), so a core was
-- busy doing nothing while extraction needed it: 1.7M facts took 9.5 s of CPU on two threads,
-- 6.4 s on one (`loading` benchmark; `load-replay` 12.5 → 10.1–10.5 s).
SET threads = 1;
