-- One row per region and year of actual results, the main indicators side by side: what an
-- analyst pastes into a spreadsheet. Levels in the indicator's unit (亿元; 元 for incomes),
-- growth in percent.
CREATE OR REPLACE VIEW v_region_year AS
SELECT
    r.region_code,
    r.region_name,
    r.level,
    r.parent_code,
    r.parent_name,
    r.province_code,
    r.province_name,
    a.year,
    max(a.value) FILTER (WHERE a.indicator = 'gdp' AND a.measure = 'level')                   AS gdp_level,
    max(a.value) FILTER (WHERE a.indicator = 'gdp' AND a.measure = 'growth_pct')              AS gdp_growth,
    max(a.value) FILTER (WHERE a.indicator = 'industrial_va' AND a.measure = 'growth_pct')    AS industrial_va_growth,
    max(a.value) FILTER (WHERE a.indicator = 'fai' AND a.measure = 'growth_pct')              AS fai_growth,
    max(a.value) FILTER (WHERE a.indicator = 'retail' AND a.measure = 'level')                AS retail_level,
    max(a.value) FILTER (WHERE a.indicator = 'retail' AND a.measure = 'growth_pct')           AS retail_growth,
    max(a.value) FILTER (WHERE a.indicator = 'budget_revenue' AND a.measure = 'level')        AS budget_revenue_level,
    max(a.value) FILTER (WHERE a.indicator = 'budget_revenue' AND a.measure = 'growth_pct')   AS budget_revenue_growth,
    max(a.value) FILTER (WHERE a.indicator = 'urban_income' AND a.measure = 'level')          AS urban_income_level,
    max(a.value) FILTER (WHERE a.indicator = 'urban_income' AND a.measure = 'growth_pct')     AS urban_income_growth,
    max(a.value) FILTER (WHERE a.indicator = 'rural_income' AND a.measure = 'level')          AS rural_income_level,
    max(a.value) FILTER (WHERE a.indicator = 'rural_income' AND a.measure = 'growth_pct')     AS rural_income_growth,
    max(a.value) FILTER (WHERE a.indicator = 'resident_income' AND a.measure = 'level')       AS resident_income_level,
    max(a.value) FILTER (WHERE a.indicator = 'resident_income' AND a.measure = 'growth_pct')  AS resident_income_growth,
    count(*)                                                                                  AS fact_count
FROM v_actual a
JOIN dim_region r ON r.region_code = a.region_code
GROUP BY ALL;

COMMENT ON VIEW v_region_year IS 'One row per region and year: main actual results side by side / 区划年度主要指标宽表';
