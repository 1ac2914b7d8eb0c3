-- Close a run with its counts.
UPDATE etl_run SET
    finished_at = $finished_at, status = $status, files_seen = $files_seen, files_new = $files_new,
    files_changed = $files_changed, files_unchanged = $files_unchanged, files_skipped = $files_skipped,
    files_removed = $files_removed, facts_loaded = $facts_loaded, errors = $errors
WHERE run_id = $run_id;
