-- Every fact with its region and document, analyst corrections applied, rejected facts left
-- out. The view analysts (and the workbooks) start from: no joins needed.
-- When a key has several corrections, the latest (corrected_at) wins, so a fact never appears
-- twice. Facts of documents whose file was removed from the input leave the view.
CREATE OR REPLACE VIEW v_fact AS
WITH latest_correction AS (
    SELECT *
    FROM fact_correction
    QUALIFY row_number() OVER (
        PARTITION BY region_code, indicator, kind, year, measure
        ORDER BY corrected_at DESC) = 1
)
SELECT
    f.document_id,
    d.content_hash,
    d.source_path,
    d.title                                   AS document_title,
    d.report_year,
    f.region_code,
    r.region_name,
    r.level,
    r.parent_code,
    r.parent_name,
    r.province_code,
    r.province_name,
    f.indicator,
    i.name_zh                                 AS indicator_name_zh,
    i.name_en                                 AS indicator_name_en,
    f.kind,
    f.year,
    f.measure,
    coalesce(c.value, f.value)                AS value,
    CASE WHEN c.action = 'replace' THEN c.value_high ELSE f.value_high END AS value_high,
    f.unit,
    coalesce(c.qualifier, f.qualifier)        AS qualifier,
    f.estimate,
    f.period_start,
    f.evidence,
    f.raw_start,
    f.raw_end,
    f.confidence,
    c.action IS NOT NULL                      AS corrected,
    d.review_year,
    d.raw_start                               AS report_raw_start  -- the evidence is at report_raw_start + raw_start in the file's text
FROM fact_indicator f
JOIN dim_document d ON d.document_id = f.document_id AND d.removed_at IS NULL
LEFT JOIN dim_region r ON r.region_code = f.region_code
LEFT JOIN dim_indicator i ON i.indicator_code = f.indicator
LEFT JOIN latest_correction c
    ON c.region_code = f.region_code AND c.indicator = f.indicator AND c.kind = f.kind
   AND c.year = f.year AND c.measure = f.measure
WHERE coalesce(c.action, '') <> 'reject';

COMMENT ON VIEW v_fact IS 'Facts with region, indicator and document, corrections applied, rejected and removed ones left out / 事实明细（已应用人工更正）';
