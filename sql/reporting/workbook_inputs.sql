-- What each data year's workbook is made of, so that a run rewrites only the workbooks whose
-- content changed: per year (those of years.sql), a fingerprint of the live documents the
-- workbook reads and of the corrections of its facts; and one row with a null year for what
-- every workbook reads (the reference data and the views, etl_dimension_source).
-- A document counts for data year Y when
--   it reviews Y                          (the Facts, Sources and Coverage parts, target achievement's result report),
--   it states any fact about Y            (rankings, regions, target achievement, rank claims' peers),
--   it sets a target for Y + 1            (the Targets and escalation sheets), or
--   it claims a rank for Y                (Rank claims).
-- A correction counts for Y when it is about Y or Y + 1. Keep this in step with the other
-- queries in this folder: a part of the workbook that reads something else must add it here.
-- The latest run shown on the Overview is left out on purpose: a run that changed nothing a
-- workbook shows does not rewrite it.
WITH live AS (
    SELECT document_id, coalesce(review_year, report_year - 1) AS reviewed, negative_reason
    FROM dim_document
    WHERE removed_at IS NULL
),
uses AS (
    SELECT document_id, reviewed AS year FROM live WHERE negative_reason IS NULL
    UNION
    SELECT document_id, year FROM fact_indicator
    UNION
    SELECT document_id, year - 1 FROM fact_indicator WHERE kind = 'target'
    UNION
    SELECT document_id, year FROM fact_rank_claim
),
documents AS (
    SELECT u.year, count(*) AS documents, bit_xor(hash(u.document_id)) AS documents_hash
    FROM uses u
    JOIN live l ON l.document_id = u.document_id
    GROUP BY u.year
),
corrections AS (
    SELECT year, count(*) AS corrections, bit_xor(row_hash) AS corrections_hash
    FROM (
        SELECT year AS year, hash(region_code, indicator, kind, year, measure, action, value, value_high, qualifier, corrected_at) AS row_hash
        FROM fact_correction
        UNION ALL
        SELECT year - 1, hash(region_code, indicator, kind, year, measure, action, value, value_high, qualifier, corrected_at)
        FROM fact_correction
    )
    GROUP BY year
)
SELECT
    y.year,
    concat_ws('|',
        coalesce(d.documents, 0), coalesce(d.documents_hash, 0),
        coalesce(c.corrections, 0), coalesce(c.corrections_hash, 0)) AS inputs
FROM (
    SELECT DISTINCT CAST(reviewed AS INTEGER) AS year
    FROM live
    WHERE negative_reason IS NULL AND reviewed IS NOT NULL
) y
LEFT JOIN documents d ON d.year = y.year
LEFT JOIN corrections c ON c.year = y.year
UNION ALL
SELECT NULL, coalesce(string_agg(dimension || '=' || fingerprint, ',' ORDER BY dimension), '')
FROM etl_dimension_source
ORDER BY 1 NULLS FIRST;
