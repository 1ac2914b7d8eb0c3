-- Files the latest run could not read as reports, with the reason (etl_document): shown on
-- the Overview so that a gap in coverage has an explanation.
SELECT
    source_path,
    reason
FROM etl_document
WHERE status = 'skipped'
  AND run_id = (SELECT max(run_id) FROM etl_run)
ORDER BY source_path;
