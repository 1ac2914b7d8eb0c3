-- Everything the loader knows about the source files, read once per run.
SELECT source_path AS SourcePath, content_hash AS ContentHash, size_bytes AS SizeBytes,
       modified_at AS ModifiedAt, status AS Status, removed_at IS NOT NULL AS Removed
FROM etl_source_file;
