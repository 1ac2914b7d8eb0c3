-- Each region's targets for a year next to what it achieved (from the next year's report,
-- result_report_year; result_report_loaded says whether the warehouse holds it); met is null
-- while it cannot be decided. See sql/views/014_v_target_achievement.sql for the rule.
SELECT province_name, region_name, level, year, indicator, measure, target_kind,
       target_value, target_value_high, target_qualifier, actual_value, actual_qualifier, met, gap,
       result_report_year, result_report_loaded
FROM v_target_achievement
ORDER BY met NULLS LAST, province_name, region_name, year, indicator, measure;
