-- The size and time stamp of every source file not marked removed: all a run with nothing new
-- needs to know so (the read-only look before a run copies the warehouse).
SELECT source_path, size_bytes, modified_at
FROM etl_source_file
WHERE removed_at IS NULL;
