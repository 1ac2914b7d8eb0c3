-- Ranks of actual results among peers the warehouse holds: regions of the same level
-- nationwide, of the same level in the same province, and of the same parent city, for one
-- year, indicator and measure. Higher value = rank 1 (for every indicator, CPI and
-- unemployment included); RANK() so ties share a rank; a region without the value has no row.
-- Provinces have no province or parent peer group; for cities the parent is the province; the
-- national level is not ranked within anything.
--
-- peers_* count the peers with a value (loaded), peers_*_total all peers the gazetteer
-- (dim_region, all of GB/T 2260) knows: a rank is only the true rank when they are equal.
CREATE OR REPLACE VIEW v_peer_rank AS
WITH level_size AS (
    SELECT level, count(*) AS regions FROM dim_region GROUP BY level
),
province_size AS (
    SELECT level, province_code, count(*) AS regions FROM dim_region GROUP BY level, province_code
),
parent_size AS (
    SELECT level, parent_code, count(*) AS regions FROM dim_region WHERE parent_code IS NOT NULL GROUP BY level, parent_code
),
ranked AS (
    SELECT
        a.region_code,
        r.region_name,
        r.level,
        r.parent_code,
        r.parent_name,
        r.province_code,
        r.province_name,
        a.year,
        a.indicator,
        a.measure,
        a.value,
        a.qualifier,
        a.unit,
        rank() OVER (PARTITION BY r.level, a.year, a.indicator, a.measure ORDER BY a.value DESC)  AS rank_level,
        count(*) OVER (PARTITION BY r.level, a.year, a.indicator, a.measure)                     AS peers_level,
        CASE WHEN r.level IN ('city', 'county') THEN rank() OVER (
            PARTITION BY r.level, r.province_code, a.year, a.indicator, a.measure ORDER BY a.value DESC) END AS rank_province,
        CASE WHEN r.level IN ('city', 'county') THEN count(*) OVER (
            PARTITION BY r.level, r.province_code, a.year, a.indicator, a.measure) END           AS peers_province,
        CASE WHEN r.level IN ('city', 'county') AND r.parent_code IS NOT NULL THEN rank() OVER (
            PARTITION BY r.level, r.parent_code, a.year, a.indicator, a.measure ORDER BY a.value DESC) END AS rank_parent,
        CASE WHEN r.level IN ('city', 'county') AND r.parent_code IS NOT NULL THEN count(*) OVER (
            PARTITION BY r.level, r.parent_code, a.year, a.indicator, a.measure) END             AS peers_parent
    FROM v_actual a
    JOIN dim_region r ON r.region_code = a.region_code
)
SELECT
    k.*,
    ls.regions                                                  AS peers_level_total,
    CASE WHEN k.rank_province IS NOT NULL THEN ps.regions END   AS peers_province_total,
    CASE WHEN k.rank_parent IS NOT NULL THEN pp.regions END     AS peers_parent_total
FROM ranked k
JOIN level_size ls ON ls.level = k.level
LEFT JOIN province_size ps ON ps.level = k.level AND ps.province_code = k.province_code
LEFT JOIN parent_size pp ON pp.level = k.level AND pp.parent_code = k.parent_code;

COMMENT ON VIEW v_peer_rank IS 'Peer ranks of actual results by level, province and parent city, with peers loaded and peers in the gazetteer / 同级、同省、同市排名（含已载入与应有地区数）';
