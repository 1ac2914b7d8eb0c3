-- Growth of the main indicators in one data year ($year) and each region's rank among its
-- peers: same level nationwide, same level in its province, same parent city (v_peer_rank:
-- ties share a rank, higher growth = rank 1, a region without a value has no row).
-- Beside each rank within the province or the parent city, how many of that group have a
-- value (peers_*) out of how many regions the gazetteer puts in it (peers_*_total).
-- The indicator list is the one the ranking sheets show (MainIndicators.cs).
SELECT
    region_code,
    indicator,
    value,
    qualifier,
    CAST(rank_level AS BIGINT)     AS rank_level,
    CAST(peers_level AS BIGINT)    AS peers_level,
    CAST(rank_province AS BIGINT)  AS rank_province,
    CAST(peers_province AS BIGINT) AS peers_province,
    CAST(peers_province_total AS BIGINT) AS peers_province_total,
    CAST(rank_parent AS BIGINT)    AS rank_parent,
    CAST(peers_parent AS BIGINT)   AS peers_parent,
    CAST(peers_parent_total AS BIGINT) AS peers_parent_total
FROM v_peer_rank
WHERE year = $year
  AND measure = 'growth_pct'
  AND indicator IN ('gdp', 'industrial_va', 'fai', 'retail', 'budget_revenue', 'urban_income', 'rural_income');
