-- The regions of one data year ($year) that have any actual result: the rows of the ranking
-- sheets, with the GDP level (and its qualifier: 突破4万亿元 is at least 40,000) as context.
WITH gdp_level AS (
    SELECT region_code, value, qualifier
    FROM v_actual
    WHERE year = $year AND indicator = 'gdp' AND measure = 'level'
)
SELECT
    y.region_code,
    y.region_name,
    y.level,
    y.parent_code,
    y.parent_name,
    y.province_code,
    y.province_name,
    g.value                      AS gdp_level,
    g.qualifier                  AS gdp_level_qualifier,
    CAST(y.fact_count AS BIGINT) AS fact_count
FROM v_region_year y
LEFT JOIN gdp_level g ON g.region_code = y.region_code
WHERE y.year = $year
ORDER BY y.province_code, y.parent_code NULLS FIRST, y.region_code;
