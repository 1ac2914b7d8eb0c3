-- The growth targets set by the reports that review data year $year, i.e. the targets for
-- $year + 1, ranked among regions of the same level (highest target = rank 1, ties share a
-- rank; a range 6%-6.5% ranks by its low end). The national target is the baseline, not ranked.
SELECT
    region_code,
    region_name,
    level,
    parent_name,
    province_name,
    indicator,
    CAST(year AS INTEGER) AS year,
    value,
    value_high,
    unit,
    qualifier,
    CAST(CASE WHEN level <> 'national' THEN rank() OVER (PARTITION BY level, indicator ORDER BY value DESC) END AS BIGINT) AS rank_level,
    CAST(CASE WHEN level <> 'national' THEN count(*) OVER (PARTITION BY level, indicator) END AS BIGINT)                AS peers_level,
    evidence
FROM v_target
WHERE kind = 'target'
  AND measure = 'growth_pct'
  AND year = $year + 1
  AND indicator IN ('gdp', 'industrial_va', 'fai', 'retail', 'budget_revenue', 'urban_income', 'rural_income')
ORDER BY province_name, region_code, indicator;
