-- Whether this file already has a schema (a new, empty file has none).
SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version';
