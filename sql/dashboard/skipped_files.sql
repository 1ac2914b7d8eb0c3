-- The files one run ($run_id) could not read as reports, each with its reason.
SELECT
    source_path,
    reason
FROM etl_document
WHERE run_id = $run_id
  AND status = 'skipped'
ORDER BY source_path;
