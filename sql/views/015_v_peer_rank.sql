-- Ranks of actual results among peers the warehouse holds: regions of the same level
-- nationwide, of the same level in the same province, and of the same parent city, for one
-- year, indicator and measure. Higher value = rank 1 (for every indicator, CPI and
-- unemployment included); RANK() so ties share a rank; a region without the value has no row.
-- Provinces have no province or parent peer group; for cities the parent is the province.
CREATE OR REPLACE VIEW v_peer_rank AS
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
    rank() OVER (PARTITION BY r.level, a.year, a.indicator, a.measure ORDER BY a.value DESC)  AS rank_level,
    count(*) OVER (PARTITION BY r.level, a.year, a.indicator, a.measure)                     AS peers_level,
    CASE WHEN r.level <> 'province' THEN rank() OVER (
        PARTITION BY r.level, r.province_code, a.year, a.indicator, a.measure ORDER BY a.value DESC) END AS rank_province,
    CASE WHEN r.level <> 'province' THEN count(*) OVER (
        PARTITION BY r.level, r.province_code, a.year, a.indicator, a.measure) END           AS peers_province,
    CASE WHEN r.parent_code IS NOT NULL THEN rank() OVER (
        PARTITION BY r.level, r.parent_code, a.year, a.indicator, a.measure ORDER BY a.value DESC) END AS rank_parent,
    CASE WHEN r.parent_code IS NOT NULL THEN count(*) OVER (
        PARTITION BY r.level, r.parent_code, a.year, a.indicator, a.measure) END             AS peers_parent
FROM v_actual a
JOIN dim_region r ON r.region_code = a.region_code;

COMMENT ON VIEW v_peer_rank IS 'Peer ranks of actual results by level, province and parent city / 同级、同省、同市排名';
