-- Targets for data year $year (set a year earlier; five-year plans ending in $year) next to
-- the result reported for $year: met or missed and by how much (v_target_achievement), and
-- the report the result comes from (that of $year + 1) and whether the warehouse holds it.
SELECT
    region_code,
    region_name,
    level,
    parent_name,
    province_name,
    indicator,
    measure,
    target_kind,
    target_value,
    target_value_high,
    target_qualifier,
    unit,
    actual_value,
    actual_qualifier,
    met,
    gap,
    target_evidence,
    CAST(result_report_year AS INTEGER) AS result_report_year,
    result_report_loaded,
    actual_document_id
FROM v_target_achievement
WHERE year = $year
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN 'county' THEN 3 ELSE 4 END,
         province_name, region_code, indicator, measure, target_kind;
