-- How much higher counties aim than their city, cities than their province, provinces than
-- the nation, for the growth targets of $year + 1 (v_target_escalation_summary): mean and
-- median excess in percentage points and the count of regions each rests on.
SELECT
    indicator,
    level,
    parent_level,
    CAST(regions AS BIGINT)       AS regions,
    mean_excess,
    median_excess,
    CAST(regions_above AS BIGINT) AS regions_above,
    CAST(regions_level AS BIGINT) AS regions_level,
    CAST(regions_below AS BIGINT) AS regions_below,
    lower_bound_used
FROM v_target_escalation_summary
WHERE year = $year + 1
ORDER BY indicator, CASE level WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN 'county' THEN 3 ELSE 4 END, parent_level;
