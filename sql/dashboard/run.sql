-- One run of the nightly job ($run_id), for its page on the dashboard.
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
WHERE run_id = $run_id;
