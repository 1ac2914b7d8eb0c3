-- The region-year panel: the main results side by side, ready for a spreadsheet or pandas.
SELECT province_name, parent_name, region_name, level, year,
       gdp_level, gdp_growth, industrial_va_growth, fai_growth, retail_growth,
       budget_revenue_level, budget_revenue_growth, urban_income_level, rural_income_level,
       fact_count
FROM v_region_year
ORDER BY province_name, parent_name NULLS FIRST, region_name, year;
