-- Target escalation (层层加码) year by year: how many percentage points higher counties set
-- their growth targets than their city, cities than their province, provinces than the
-- nation; mean and median, and the count of regions each rests on (both targets loaded).
-- Region by region: SELECT * FROM v_target_escalation WHERE indicator = 'gdp' AND year = 2024.
SELECT year, indicator_name_zh, indicator_name_en, level, parent_level, regions,
       mean_excess, median_excess, regions_above, regions_level, regions_below, lower_bound_used
FROM v_target_escalation_summary
ORDER BY indicator = 'gdp' DESC, indicator, year,
         CASE level WHEN 'province' THEN 1 WHEN 'city' THEN 2 ELSE 3 END, parent_level;
