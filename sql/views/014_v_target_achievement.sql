-- Targets next to the actual result of the same region, indicator, year and measure (usually
-- from the next year's report), with whether the target was met.
--
-- The rule for `met` (null while the actual is unknown):
--   exact     actual >= target (for a range 6%-6.5%, the low end)
--   about     actual >= target - tolerance: 左右 tolerates a small shortfall, 0.5 percentage
--             point for growth measures and 0.5% of the target for levels
--   at_least  actual >= target
--   at_most   actual <= target (控制在3%以内: CPI, unemployment)
-- A plan (kind plan, a five-year goal) is compared with the period's result (period_actual)
-- the same way; target_kind tells them apart.
CREATE OR REPLACE VIEW v_target_achievement AS
WITH period_actual AS (
    SELECT region_code, indicator, year, measure, value
    FROM v_fact
    WHERE kind = 'period_actual' AND region_code IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY region_code, indicator, year, measure
        ORDER BY estimate ASC, report_year DESC NULLS LAST, confidence DESC, document_id DESC) = 1
)
SELECT
    t.region_code,
    r.region_name,
    r.level,
    r.parent_name,
    r.province_name,
    t.indicator,
    t.measure,
    t.year,
    t.kind                              AS target_kind,
    t.value                             AS target_value,
    t.value_high                        AS target_value_high,
    t.qualifier                         AS target_qualifier,
    t.unit,
    coalesce(a.value, p.value)          AS actual_value,
    CASE
        WHEN coalesce(a.value, p.value) IS NULL THEN NULL
        WHEN t.qualifier = 'at_most' THEN coalesce(a.value, p.value) <= t.value
        WHEN t.qualifier = 'about' THEN coalesce(a.value, p.value) >= t.value
            - CASE WHEN t.measure = 'level' THEN abs(t.value) * 0.005 ELSE 0.5 END
        ELSE coalesce(a.value, p.value) >= t.value
    END                                 AS met,
    round(coalesce(a.value, p.value) - t.value, 4) AS gap,
    t.report_year                       AS target_report_year,
    t.evidence                          AS target_evidence
FROM v_target t
LEFT JOIN dim_region r ON r.region_code = t.region_code
LEFT JOIN v_actual a
    ON t.kind = 'target' AND a.region_code = t.region_code AND a.indicator = t.indicator
   AND a.year = t.year AND a.measure = t.measure
LEFT JOIN period_actual p
    ON t.kind = 'plan' AND p.region_code = t.region_code AND p.indicator = t.indicator
   AND p.year = t.year AND p.measure = t.measure;

COMMENT ON VIEW v_target_achievement IS 'Targets vs actual results, with met and gap / 目标完成情况';
