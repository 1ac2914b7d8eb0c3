-- The highest schema script applied to this file (0 for a new file).
SELECT coalesce(max(version), 0) FROM schema_version;
