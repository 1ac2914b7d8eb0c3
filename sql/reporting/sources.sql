-- Every report (document) that reviews data year $year: its kind (full_report, relayed_report, …;
-- null when loaded before schema 009), hash, path, title, dates, how many facts the workbook
-- holds from it, and the warnings raised while reading it.
WITH fact_counts AS (
    SELECT document_id, count(*) AS facts
    FROM v_fact
    GROUP BY document_id
)
SELECT
    d.document_id,
    d.region_code,
    d.region_name,
    d.title,
    d.document_kind,
    CAST(d.report_year AS INTEGER) AS report_year,
    CAST(d.review_year AS INTEGER) AS review_year,
    d.meeting_date,
    d.content_hash,
    d.source_path,
    CAST(d.index_in_file AS INTEGER) AS index_in_file,
    CAST(coalesce(f.facts, 0) AS BIGINT) AS facts,
    d.warnings,
    d.loaded_at
FROM dim_document d
LEFT JOIN fact_counts f ON f.document_id = d.document_id
WHERE d.removed_at IS NULL
  AND d.negative_reason IS NULL
  AND coalesce(d.review_year, d.report_year - 1) = $year
ORDER BY d.document_id;
