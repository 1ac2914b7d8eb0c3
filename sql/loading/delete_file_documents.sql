-- A file's previous documents (a new version may hold a different number of reports).
DELETE FROM dim_document WHERE source_path = $source_path;
