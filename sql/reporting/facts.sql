-- Every fact of the reports that review data year $year, with its evidence and source.
SELECT
    document_id,
    region_code,
    region_name,
    level,
    province_name,
    indicator,
    indicator_name_zh,
    kind,
    CAST(year AS INTEGER) AS year,
    measure,
    value,
    value_high,
    unit,
    qualifier,
    estimate,
    corrected,
    confidence,
    evidence,
    source_path
FROM v_fact
WHERE coalesce(review_year, report_year - 1) = $year
ORDER BY document_id, raw_start;
