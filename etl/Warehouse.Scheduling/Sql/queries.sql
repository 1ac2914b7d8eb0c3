-- The run history's queries, by name. The loader splits this file on "-- name:" lines; each
-- statement runs unchanged on SQLite and PostgreSQL with @-named parameters.

-- name: start
INSERT INTO warehouse_run_history (run_id, job_name, node, trigger_kind, attempt, started_at, status)
VALUES (@RunId, @JobName, @Node, @TriggerKind, @Attempt, @StartedAt, 'running');

-- name: finish
UPDATE warehouse_run_history
SET finished_at = @FinishedAt, status = @Status,
    files_seen = @FilesSeen, files_new = @FilesNew, files_changed = @FilesChanged,
    files_unchanged = @FilesUnchanged, files_skipped = @FilesSkipped, files_removed = @FilesRemoved,
    facts_loaded = @FactsLoaded, errors = @Errors, workbooks = @Workbooks, message = @Message
WHERE run_id = @RunId;

-- name: interrupt-others
-- The job never overlaps itself, so while one attempt starts, any other row still "running" for
-- the same job belongs to a process that died or was killed before it could say so.
UPDATE warehouse_run_history
SET finished_at = @FinishedAt, status = 'interrupted', message = @Message
WHERE job_name = @JobName AND status = 'running' AND run_id <> @RunId;

-- name: interrupt-node
UPDATE warehouse_run_history
SET finished_at = @FinishedAt, status = 'interrupted', message = @Message
WHERE node = @Node AND status = 'running';

-- name: latest
SELECT * FROM warehouse_run_history ORDER BY started_at DESC, run_id LIMIT @Limit;

-- name: one
SELECT * FROM warehouse_run_history WHERE run_id = @RunId;
