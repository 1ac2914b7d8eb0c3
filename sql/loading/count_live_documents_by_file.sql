-- How many documents (reports) each source file has in the views now: what marking it removed would take out.
SELECT source_path AS SourcePath, count(*) AS Documents
FROM dim_document
WHERE removed_at IS NULL
GROUP BY source_path;
