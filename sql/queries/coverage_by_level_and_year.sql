-- How many regions of each level have a loaded report, per report year.
SELECT level, report_year, regions_with_report, regions_total, coverage_pct, documents
FROM v_coverage
ORDER BY report_year DESC, CASE level WHEN 'province' THEN 1 WHEN 'city' THEN 2 ELSE 3 END;
