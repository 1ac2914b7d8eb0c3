-- The composite rank of one data year ($year): for each region, the mean of its ranks among
-- peers of its level over the main growth indicators it has, and how many ranks that mean
-- rests on; regions are then ranked by that mean within their level (lower mean = better;
-- ties share a rank).
SELECT
    region_code,
    level,
    avg(rank_level)                                                    AS mean_rank,
    CAST(count(*) AS BIGINT)                                           AS ranks_counted,
    CAST(rank() OVER (PARTITION BY level ORDER BY avg(rank_level)) AS BIGINT) AS composite_rank
FROM v_peer_rank
WHERE year = $year
  AND measure = 'growth_pct'
  AND indicator IN ('gdp', 'industrial_va', 'fai', 'retail', 'budget_revenue', 'urban_income', 'rural_income')
GROUP BY region_code, level;
