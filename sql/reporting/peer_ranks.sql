-- Growth of the main indicators in one data year ($year) and each region's rank among its
-- peers: same level nationwide, same level in its province, same parent city (v_peer_rank:
-- ties share a rank, higher growth = rank 1, a region without a value has no row).
-- Beside each rank within the province or the parent city, how many of that group have a
-- value (peers_*) out of how many regions the gazetteer puts in it (peers_*_total).
-- The indicator list is the one the ranking sheets show (MainIndicators.cs).
--
-- And on every row of a region its composite rank: the mean of its ranks among peers of its
-- level over these indicators, how many ranks that mean rests on, and the rank of that mean
-- within the level (lower mean = better; ties share a rank). It is read here, not in a query
-- of its own, because it is made from these very ranks: a second query computed all of
-- v_peer_rank's windows again (a fifth of a year's reading time).
WITH ranks AS MATERIALIZED (
    SELECT *
    FROM v_peer_rank
    WHERE year = $year
      AND measure = 'growth_pct'
      AND indicator IN ('gdp', 'industrial_va', 'fai', 'retail', 'budget_revenue', 'urban_income', 'rural_income')
),
composite AS (
    SELECT
        region_code,
        avg(rank_level)                                         AS mean_rank,
        count(*)                                                AS ranks_counted,
        rank() OVER (PARTITION BY level ORDER BY avg(rank_level)) AS composite_rank
    FROM ranks
    GROUP BY region_code, level
)
SELECT
    r.region_code,
    r.indicator,
    r.value,
    r.qualifier,
    CAST(r.rank_level AS BIGINT)     AS rank_level,
    CAST(r.peers_level AS BIGINT)    AS peers_level,
    CAST(r.rank_province AS BIGINT)  AS rank_province,
    CAST(r.peers_province AS BIGINT) AS peers_province,
    CAST(r.peers_province_total AS BIGINT) AS peers_province_total,
    CAST(r.rank_parent AS BIGINT)    AS rank_parent,
    CAST(r.peers_parent AS BIGINT)   AS peers_parent,
    CAST(r.peers_parent_total AS BIGINT) AS peers_parent_total,
    c.mean_rank,
    CAST(c.ranks_counted AS BIGINT)  AS ranks_counted,
    CAST(c.composite_rank AS BIGINT) AS composite_rank
FROM ranks r
JOIN composite c ON c.region_code = r.region_code;
