-- Remember the state of a batch's files after they were loaded (first_run_id is kept for known files).
INSERT INTO etl_source_file (source_path, content_hash, size_bytes, modified_at, first_run_id, last_run_id, status, removed_at)
SELECT source_path, content_hash, size_bytes, modified_at, run_id, run_id, status, NULL
FROM stage_source_file
ON CONFLICT (source_path) DO UPDATE SET
    content_hash = excluded.content_hash,
    size_bytes   = excluded.size_bytes,
    modified_at  = excluded.modified_at,
    last_run_id  = excluded.last_run_id,
    status       = excluded.status,
    removed_at   = NULL;
