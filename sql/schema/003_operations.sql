-- The run log: one row per run, one row per file per run.

CREATE SEQUENCE IF NOT EXISTS seq_run_id START 1;
CREATE TABLE IF NOT EXISTS etl_run (
    run_id           BIGINT PRIMARY KEY DEFAULT nextval('seq_run_id'),
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    status           VARCHAR NOT NULL,    -- running | succeeded | partial | failed
    files_seen       INTEGER NOT NULL DEFAULT 0,
    files_new        INTEGER NOT NULL DEFAULT 0,
    files_changed    INTEGER NOT NULL DEFAULT 0,
    files_unchanged  INTEGER NOT NULL DEFAULT 0,
    files_skipped    INTEGER NOT NULL DEFAULT 0,
    files_removed    INTEGER NOT NULL DEFAULT 0,
    facts_loaded     INTEGER NOT NULL DEFAULT 0,
    errors           VARCHAR
);

CREATE TABLE IF NOT EXISTS etl_document (
    run_id        BIGINT NOT NULL,
    source_path   VARCHAR NOT NULL,
    content_hash  VARCHAR,
    status        VARCHAR NOT NULL,       -- new | changed | unchanged | skipped | removed
    reason        VARCHAR,                -- why it was skipped, or why it gave no report
    reports       INTEGER NOT NULL DEFAULT 0,
    facts         INTEGER NOT NULL DEFAULT 0
);
