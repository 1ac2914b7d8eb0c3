-- One actual result per region, indicator, year and measure. Several reports may state the
-- same result (the report reviewing the year, a later one restating it, an early 预计 figure);
-- the one kept is, in order: not an estimate, from the report reviewing that year, from the
-- latest report, the most confident. The ranking and region-year views build on this.
CREATE OR REPLACE VIEW v_actual AS
SELECT
    region_code, region_name, level, parent_code, parent_name, province_code, province_name,
    indicator, year, measure, value, value_high, unit, qualifier, estimate, corrected,
    document_id, evidence
FROM v_fact
WHERE kind = 'actual' AND region_code IS NOT NULL
QUALIFY row_number() OVER (
    PARTITION BY region_code, indicator, year, measure
    ORDER BY estimate ASC, (review_year = year) DESC NULLS LAST, report_year DESC NULLS LAST,
             confidence DESC, document_id DESC) = 1;

COMMENT ON VIEW v_actual IS 'One actual result per region, indicator, year and measure (best source kept) / 实绩（每区划、指标、年份、度量一条）';
