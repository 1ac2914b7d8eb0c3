-- A per-connection staging table: a batch's source-file rows are appended here and merged into
-- etl_source_file by one statement (one upsert per file costs tens of milliseconds each).
CREATE TEMP TABLE IF NOT EXISTS stage_source_file (
    source_path   VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    size_bytes    BIGINT NOT NULL,
    modified_at   TIMESTAMP NOT NULL,
    run_id        BIGINT NOT NULL,
    status        VARCHAR NOT NULL
);
