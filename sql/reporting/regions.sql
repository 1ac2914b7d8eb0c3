-- The regions of one data year ($year) that have any actual result: the rows of the ranking
-- sheets, with the GDP level (and its qualifier: 突破4万亿元 is at least 40,000) as context.
-- The regions and their count of results are those of v_region_year, taken from v_fact: a
-- region has a result for an indicator and measure when any report states one, so counting the
-- distinct pairs needs none of v_actual's choice among the reports (a window over every result
-- of the year); only the GDP level, where the choice matters, goes through v_actual.
WITH results AS (
    SELECT region_code, count(DISTINCT (indicator, measure)) AS fact_count
    FROM v_fact
    WHERE year = $year AND kind = 'actual' AND region_code IS NOT NULL
    GROUP BY region_code
),
gdp_level AS (
    SELECT region_code, value, qualifier
    FROM v_actual
    WHERE year = $year AND indicator = 'gdp' AND measure = 'level'
)
SELECT
    r.region_code,
    r.region_name,
    r.level,
    r.parent_code,
    r.parent_name,
    r.province_code,
    r.province_name,
    g.value                      AS gdp_level,
    g.qualifier                  AS gdp_level_qualifier,
    CAST(y.fact_count AS BIGINT) AS fact_count
FROM results y
JOIN dim_region r ON r.region_code = y.region_code
LEFT JOIN gdp_level g ON g.region_code = y.region_code
ORDER BY r.province_code, r.parent_code NULLS FIRST, r.region_code;
