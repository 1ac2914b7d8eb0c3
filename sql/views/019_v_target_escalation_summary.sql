-- How much higher each level sets its growth targets than the level above (层层加码), per
-- target year and indicator: for counties over their city, cities over their province,
-- provinces over the nation (and counties whose parent is a province: districts of 直辖市,
-- 省直辖县), the mean and median of own − parent in percentage points, the count of regions
-- it rests on (those with both targets loaded), and how many aim above, level with, below.
CREATE OR REPLACE VIEW v_target_escalation_summary AS
SELECT
    year,
    indicator,
    indicator_name_zh,
    indicator_name_en,
    level,
    parent_level,
    count(*)                                        AS regions,
    -- Summed as decimals (the differences have four places): a sum of doubles depends on the
    -- order the rows arrive in, which the plan and the threads decide, and could tip the
    -- rounding of a mean that falls on a half (0.14375) either way from one run to the next.
    round(avg(CAST(excess_over_parent AS DECIMAL(18, 4))), 4) AS mean_excess,
    round(median(excess_over_parent), 4)            AS median_excess,
    count(*) FILTER (WHERE excess_over_parent > 0)  AS regions_above,
    count(*) FILTER (WHERE excess_over_parent = 0)  AS regions_level,
    count(*) FILTER (WHERE excess_over_parent < 0)  AS regions_below,
    bool_or(lower_bound_used)                       AS lower_bound_used
FROM v_target_escalation
WHERE excess_over_parent IS NOT NULL
GROUP BY year, indicator, indicator_name_zh, indicator_name_en, level, parent_level;

COMMENT ON VIEW v_target_escalation_summary IS 'Mean and median excess of growth targets over the level above, per year, indicator and pair of levels / 目标层层加码汇总';
