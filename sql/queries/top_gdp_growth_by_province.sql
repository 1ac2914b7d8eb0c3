-- The three regions with the fastest GDP growth in each province, per level and year.
-- Run by hand: duckdb -readonly warehouse.duckdb < sql/queries/top_gdp_growth_by_province.sql
SELECT province_name, level, year, rank_province, region_name, value AS gdp_growth_pct, peers_province
FROM v_peer_rank
WHERE indicator = 'gdp' AND measure = 'growth_pct' AND coalesce(rank_province, rank_level) <= 3
ORDER BY province_name, level, year DESC, coalesce(rank_province, rank_level), region_name;
