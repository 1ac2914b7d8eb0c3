-- What the loader knows about every source file it has seen, so that a nightly run can skip
-- an unchanged file without reading it: same path, size and modification time → unchanged
-- without hashing; otherwise the file is hashed, and the same hash is still unchanged.

CREATE TABLE IF NOT EXISTS etl_source_file (
    source_path    VARCHAR PRIMARY KEY,
    content_hash   VARCHAR NOT NULL,      -- SHA-256 of the bytes last loaded
    size_bytes     BIGINT NOT NULL,
    modified_at    TIMESTAMP NOT NULL,    -- file system mtime (UTC) when last hashed
    first_run_id   BIGINT NOT NULL,
    last_run_id    BIGINT NOT NULL,       -- the last run that saw the file
    status         VARCHAR NOT NULL,      -- loaded | skipped (bad file, see etl_document.reason)
    removed_at     TIMESTAMP              -- set when the file disappeared from the input
);

-- Fingerprints of the reference data a dimension was filled from (the gazetteer, the
-- indicator lexicon), so a run refills a dimension only when its source changed.
CREATE TABLE IF NOT EXISTS etl_dimension_source (
    dimension     VARCHAR PRIMARY KEY,    -- dim_region | dim_indicator
    fingerprint   VARCHAR NOT NULL,       -- SHA-256 of the rows as loaded
    row_count     INTEGER NOT NULL,
    loaded_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);
