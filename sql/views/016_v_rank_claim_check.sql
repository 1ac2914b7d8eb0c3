-- A report's claim about its own rank (增幅全市第3) next to the rank the warehouse computes
-- among the peers it holds: scope city → rank among the same parent city's regions, province
-- → among the same province's regions of its level, country → among all regions of its level.
-- The computed rank only counts regions the warehouse has a value for, so with few reports
-- loaded it is an upper bound on the true rank; computed_peers says how many were compared.
CREATE OR REPLACE VIEW v_rank_claim_check AS
SELECT
    c.region_code,
    r.region_name,
    r.level,
    r.parent_name,
    r.province_name,
    c.indicator,
    c.year,
    c.measure,
    c.scope,
    c.rank                               AS claimed_rank,
    CASE c.scope WHEN 'city' THEN p.rank_parent WHEN 'province' THEN p.rank_province
                 ELSE p.rank_level END  AS computed_rank,
    CASE c.scope WHEN 'city' THEN p.peers_parent WHEN 'province' THEN p.peers_province
                 ELSE p.peers_level END AS computed_peers,
    p.value                              AS value,
    c.rank = CASE c.scope WHEN 'city' THEN p.rank_parent WHEN 'province' THEN p.rank_province
                          ELSE p.rank_level END AS agrees,
    c.evidence,
    c.document_id,
    d.report_year
FROM fact_rank_claim c
JOIN dim_document d ON d.document_id = c.document_id AND d.removed_at IS NULL
LEFT JOIN dim_region r ON r.region_code = c.region_code
LEFT JOIN v_peer_rank p
    ON p.region_code = c.region_code AND p.indicator = c.indicator AND p.year = c.year
   AND p.measure = CASE c.measure WHEN 'growth_rank' THEN 'growth_pct' ELSE 'level' END;

COMMENT ON VIEW v_rank_claim_check IS 'Claimed ranks vs ranks computed among the peers held / 自述排名与计算排名对照';
