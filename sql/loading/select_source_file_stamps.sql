-- The size and time stamp of every source file not marked removed: all that the read-only look
-- before a run needs to tell whether it has anything to do.
SELECT source_path, size_bytes, modified_at
FROM etl_source_file
WHERE removed_at IS NULL;
