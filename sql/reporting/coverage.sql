-- Coverage of one data year ($year) per level: reports reviewing the year, regions they come
-- from, regions with at least one actual result for the year, and all GB/T 2260 regions.
WITH levels AS (
    SELECT level, count(*) AS regions_total
    FROM dim_region
    GROUP BY level
),
reports AS (
    SELECT r.level,
           count(*)                      AS reports,
           count(DISTINCT d.region_code) AS regions_with_report
    FROM dim_document d
    JOIN dim_region r ON r.region_code = d.region_code
    WHERE d.removed_at IS NULL
      AND d.negative_reason IS NULL
      AND coalesce(d.review_year, d.report_year - 1) = $year
    GROUP BY r.level
),
results AS (
    -- The regions of v_region_year, counted from v_fact: a region has a row there when it has
    -- any actual result, which v_fact says as well without v_actual's choice among the reports
    -- stating a result (a window over every result of the year, the dearest step of this query).
    SELECT r.level, count(DISTINCT f.region_code) AS regions_with_results
    FROM v_fact f
    JOIN dim_region r ON r.region_code = f.region_code
    WHERE f.year = $year AND f.kind = 'actual'
    GROUP BY r.level
)
SELECT
    l.level,
    CAST(coalesce(rp.reports, 0) AS BIGINT)              AS reports,
    CAST(coalesce(rp.regions_with_report, 0) AS BIGINT)  AS regions_with_report,
    CAST(coalesce(rs.regions_with_results, 0) AS BIGINT) AS regions_with_results,
    CAST(l.regions_total AS BIGINT)                      AS regions_total
FROM levels l
LEFT JOIN reports rp ON rp.level = l.level
LEFT JOIN results rs ON rs.level = l.level
ORDER BY CASE l.level WHEN 'national' THEN 0 WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN 'county' THEN 3 ELSE 4 END;
