-- Every report (document) that reviews data year $year: its kind (full_report, relayed_report, …;
-- null when loaded before schema 009), hash, path, title, dates, how many facts the workbook
-- holds from it, and the warnings raised while reading it.
WITH fact_counts AS (
    -- Only the documents reviewing $year (the filter written as in facts.sql, so that it
    -- reaches the documents' scan): counting every year's facts grows with the warehouse.
    SELECT document_id, count(*) AS facts
    FROM v_fact
    WHERE review_year = $year OR (review_year IS NULL AND report_year = $year + 1)
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
  AND (d.review_year = $year OR (d.review_year IS NULL AND d.report_year = $year + 1))
ORDER BY d.document_id;
