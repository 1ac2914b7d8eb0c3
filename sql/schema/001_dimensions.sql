-- Conformed dimensions of the warehouse. Run in file-name order by the loader; safe to re-run.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    script      VARCHAR NOT NULL
);

-- All of GB/T 2260: provinces, prefecture cities, counties/districts.
CREATE TABLE IF NOT EXISTS dim_region (
    region_code    VARCHAR PRIMARY KEY,   -- six digits, e.g. '511827'
    region_name    VARCHAR NOT NULL,      -- 宝兴县
    level          VARCHAR NOT NULL,      -- province | city | county
    parent_code    VARCHAR,               -- prefecture city for counties, province for cities
    parent_name    VARCHAR,
    province_code  VARCHAR NOT NULL,
    province_name  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_indicator (
    indicator_code  VARCHAR PRIMARY KEY,  -- gdp, fai, … (../shared/corpus/GOLD.md)
    name_zh         VARCHAR NOT NULL,
    name_en         VARCHAR NOT NULL,
    default_unit    VARCHAR,
    category        VARCHAR NOT NULL      -- output | investment | consumption | fiscal | income | trade | prices | labour | agriculture
);

CREATE TABLE IF NOT EXISTS dim_year (
    year  INTEGER PRIMARY KEY
);

-- One row per report found in a source file (a file may hold several).
CREATE SEQUENCE IF NOT EXISTS seq_document_id START 1;
CREATE TABLE IF NOT EXISTS dim_document (
    document_id     BIGINT PRIMARY KEY DEFAULT nextval('seq_document_id'),
    content_hash    VARCHAR NOT NULL,     -- SHA-256 of the source file's bytes
    source_path     VARCHAR NOT NULL,
    index_in_file   INTEGER NOT NULL,
    title           VARCHAR,
    region_code     VARCHAR,              -- null when the region could not be resolved
    region_name     VARCHAR,
    report_year     INTEGER,
    review_year     INTEGER,
    meeting_date    VARCHAR,              -- YYYY-MM-DD or YYYY-MM
    negative_reason VARCHAR,              -- set when the text is not a work report
    warnings        VARCHAR,
    loaded_at       TIMESTAMP NOT NULL DEFAULT current_timestamp,
    removed_at      TIMESTAMP             -- set when its file disappeared from the input
);
