-- Every fact of the reports that review data year $year, with its evidence and source;
-- period_start marks a figure for a period (十三五 2016-2020), not for one year.
-- "Reviews $year" is coalesce(review_year, report_year - 1) = $year, written out as an OR:
-- DuckDB pushes this form below v_fact's joins to the documents' scan, the coalesce it does
-- not, and then joins every year's facts before filtering (7x slower at twenty years).
SELECT
    document_id,
    region_code,
    region_name,
    level,
    province_name,
    indicator,
    kind,
    CAST(year AS INTEGER) AS year,
    CAST(period_start AS INTEGER) AS period_start,
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
WHERE review_year = $year OR (review_year IS NULL AND report_year = $year + 1)
-- Ties on raw_start (facts read from one span) are broken by the rest, so that a workbook
-- written twice from the same warehouse is the same.
ORDER BY document_id, raw_start, raw_end, indicator, kind, measure, year, value;
