-- One target per region, indicator, kind (target | plan), year and measure: a target from the
-- report that sets that year's goals wins over one restated later; then the latest report.
CREATE OR REPLACE VIEW v_target AS
SELECT
    region_code, region_name, level, parent_code, parent_name, province_code, province_name,
    indicator, kind, year, measure, value, value_high, unit, qualifier, corrected,
    document_id, report_year, evidence
FROM v_fact
WHERE kind IN ('target', 'plan') AND region_code IS NOT NULL
-- level is in the partition although the region decides it: DuckDB pushes a filter through this
-- window only on partition columns, and so the escalation's lookup of the nation's and the
-- provinces' targets ranks a few rows instead of every region's.
QUALIFY row_number() OVER (
    PARTITION BY region_code, level, indicator, kind, year, measure
    ORDER BY (report_year = year) DESC NULLS LAST, report_year DESC NULLS LAST,
             confidence DESC, document_id DESC) = 1;

COMMENT ON VIEW v_target IS 'One target or plan figure per region, indicator, year and measure / 目标（每区划、指标、年份、度量一条）';
