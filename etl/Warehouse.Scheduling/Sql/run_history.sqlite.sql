-- The nightly job's own run log, kept in the job store's database beside Quartz's QRTZ_ tables
-- so that it survives restarts and, on PostgreSQL, is shared by every node of a cluster.
-- One row per attempt: a retry or a recovered run is a row of its own.
-- Timestamps are ISO-8601 UTC text so that the same queries run on SQLite and PostgreSQL.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS warehouse_run_history (
    run_id          TEXT PRIMARY KEY,
    job_name        TEXT NOT NULL,
    node            TEXT NOT NULL,
    trigger_kind    TEXT NOT NULL,   -- scheduled | manual | retry | recovery
    attempt         INTEGER NOT NULL,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    status          TEXT NOT NULL,   -- running | the pipeline's own status | failed | cancelled | interrupted
    files_seen      INTEGER NOT NULL DEFAULT 0,
    files_new       INTEGER NOT NULL DEFAULT 0,
    files_changed   INTEGER NOT NULL DEFAULT 0,
    files_unchanged INTEGER NOT NULL DEFAULT 0,
    files_skipped   INTEGER NOT NULL DEFAULT 0,
    files_removed   INTEGER NOT NULL DEFAULT 0,
    facts_loaded    INTEGER NOT NULL DEFAULT 0,
    errors          TEXT NOT NULL DEFAULT '[]',   -- JSON array of messages (skipped files among them)
    workbooks       TEXT NOT NULL DEFAULT '[]',   -- JSON array of paths
    message         TEXT
);

CREATE INDEX IF NOT EXISTS warehouse_run_history_started ON warehouse_run_history (started_at);
-- The start of every run looks for rows of its job still marked running.
CREATE INDEX IF NOT EXISTS warehouse_run_history_open ON warehouse_run_history (job_name, status);
