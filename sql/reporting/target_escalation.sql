-- Target escalation (层层加码) for the targets the reports reviewing data year $year set, i.e.
-- the growth targets for $year + 1: each region's target next to its parent's, its province's
-- and the nation's, and the differences (v_target_escalation).
SELECT
    region_code,
    region_name,
    level,
    province_name,
    indicator,
    own_value,
    own_value_high,
    own_qualifier,
    parent_code,
    parent_name,
    parent_level,
    parent_value,
    parent_value_high,
    parent_qualifier,
    province_value,
    province_value_high,
    province_qualifier,
    national_value,
    national_value_high,
    national_qualifier,
    excess_over_parent,
    excess_over_province,
    excess_over_national,
    lower_bound_used
FROM v_target_escalation
WHERE year = $year + 1
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN 'county' THEN 3 ELSE 4 END,
         province_name, parent_code NULLS FIRST, region_code, indicator;
