-- The dashboard's run summary: the last 50 runs of the nightly job as the warehouse logged them.
SELECT
    run_id,
    started_at,
    finished_at,
    status,
    files_seen,
    files_new,
    files_changed,
    files_unchanged,
    files_skipped,
    files_removed,
    facts_loaded,
    errors
FROM etl_run
ORDER BY run_id DESC
LIMIT 50;
