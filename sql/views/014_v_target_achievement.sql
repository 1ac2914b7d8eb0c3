-- Targets next to the actual result of the same region, indicator, year and measure, with
-- whether the target was met. A target for year Y is met or missed by the result for Y, which
-- the report of Y + 1 states (it reviews Y), or a later report or an analyst's correction
-- (v_actual picks among them). result_report_year names that report and result_report_loaded
-- says whether the warehouse holds it, so a blank actual has a reason.
--
-- The rule for `met` (null while it cannot be decided):
--   exact     actual >= target (for a range 6%-6.5%, the low end)
--   about     actual >= target - tolerance: 左右 tolerates a small shortfall, 0.5 percentage
--             point for growth measures and 0.5% of the target for levels
--   at_least  actual >= target
--   at_most   actual <= target (控制在3%以内: CPI, unemployment)
-- An actual with a qualifier of its own is a bound, not a value: 突破4万亿元 (at_least 40,000)
-- meets a target of 40,000 but cannot tell about one of 41,000, so `met` stays null then.
-- A plan (kind plan, a five-year goal) is compared with the period's result (period_actual)
-- the same way; target_kind tells them apart.
CREATE OR REPLACE VIEW v_target_achievement AS
WITH period_actual AS (
    SELECT region_code, indicator, year, measure, value, qualifier, document_id, report_year
    FROM v_fact
    WHERE kind = 'period_actual' AND region_code IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY region_code, indicator, year, measure
        ORDER BY estimate ASC, report_year DESC NULLS LAST, confidence DESC, document_id DESC) = 1
),
result AS (
    -- The result each kind of target is measured against: annual targets by the year's actual,
    -- plans by the period's.
    SELECT 'target' AS target_kind, region_code, indicator, year, measure, value, qualifier, document_id
    FROM v_actual
    UNION ALL
    SELECT 'plan', region_code, indicator, year, measure, value, qualifier, document_id
    FROM period_actual
),
reviewed AS (
    SELECT DISTINCT region_code, coalesce(review_year, report_year - 1) AS year
    FROM dim_document
    WHERE removed_at IS NULL AND negative_reason IS NULL AND region_code IS NOT NULL
),
compared AS (
    SELECT
        t.*,
        a.value                                     AS actual_value,
        a.qualifier                                 AS actual_qualifier,
        a.document_id                               AS actual_document_id,
        CASE WHEN t.qualifier = 'about'
             THEN t.value - CASE WHEN t.measure = 'level' THEN abs(t.value) * 0.005 ELSE 0.5 END
             ELSE t.value END                       AS threshold,
        v.region_code IS NOT NULL                   AS result_report_loaded
    FROM v_target t
    LEFT JOIN result a
        ON a.target_kind = t.kind AND a.region_code = t.region_code AND a.indicator = t.indicator
       AND a.year = t.year AND a.measure = t.measure
    LEFT JOIN reviewed v ON v.region_code = t.region_code AND v.year = t.year
)
SELECT
    c.region_code,
    c.region_name,
    c.level,
    c.parent_name,
    c.province_name,
    c.indicator,
    c.measure,
    c.year,
    c.kind                              AS target_kind,
    c.value                             AS target_value,
    c.value_high                        AS target_value_high,
    c.qualifier                         AS target_qualifier,
    c.unit,
    c.actual_value,
    c.actual_qualifier,
    CASE
        WHEN c.actual_value IS NULL THEN NULL
        WHEN c.qualifier = 'at_most' THEN CASE
            WHEN c.actual_qualifier = 'at_most' THEN CASE WHEN c.actual_value <= c.threshold THEN true END
            WHEN c.actual_qualifier = 'at_least' THEN CASE WHEN c.actual_value > c.threshold THEN false END
            ELSE c.actual_value <= c.threshold END
        ELSE CASE
            WHEN c.actual_qualifier = 'at_least' THEN CASE WHEN c.actual_value >= c.threshold THEN true END
            WHEN c.actual_qualifier = 'at_most' THEN CASE WHEN c.actual_value < c.threshold THEN false END
            ELSE c.actual_value >= c.threshold END
    END                                 AS met,
    round(c.actual_value - c.value, 4)  AS gap,
    c.report_year                       AS target_report_year,
    c.evidence                          AS target_evidence,
    c.year + 1                          AS result_report_year,
    c.result_report_loaded,
    c.actual_document_id
FROM compared c;

COMMENT ON VIEW v_target_achievement IS 'Targets vs actual results, with met, gap and the report the result comes from / 目标完成情况（含实绩来源报告）';
