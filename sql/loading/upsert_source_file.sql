-- Remember a file's state after it was hashed (and loaded or skipped) in this run.
INSERT INTO etl_source_file (source_path, content_hash, size_bytes, modified_at, first_run_id, last_run_id, status, removed_at)
VALUES ($source_path, $content_hash, $size_bytes, $modified_at, $run_id, $run_id, $status, NULL)
ON CONFLICT (source_path) DO UPDATE SET
    content_hash = excluded.content_hash,
    size_bytes   = excluded.size_bytes,
    modified_at  = excluded.modified_at,
    last_run_id  = excluded.last_run_id,
    status       = excluded.status,
    removed_at   = NULL;
