-- The regions of one data year ($year) that have any actual result: the rows of the ranking
-- sheets, with the GDP level as context.
SELECT
    region_code,
    region_name,
    level,
    parent_code,
    parent_name,
    province_code,
    province_name,
    gdp_level,
    CAST(fact_count AS BIGINT) AS fact_count
FROM v_region_year
WHERE year = $year
ORDER BY province_code, parent_code NULLS FIRST, region_code;
