-- A report's claim about its own rank (增幅全市第3) next to the rank the warehouse computes:
-- scope city → among the regions of the same level under the same parent city, province →
-- among the same province's regions of its level, country → among all regions of its level.
--
-- The peer group comes from the gazetteer (dim_region holds all of GB/T 2260): peers_total is
-- how many regions the group has, computed_peers how many of them have the value loaded. The
-- computed rank is only the true rank when the group is complete, so `agrees` is judged only
-- then (peers_complete); otherwise it is null: "not comparable, k of N peers loaded".
CREATE OR REPLACE VIEW v_rank_claim_check AS
WITH claim AS (
    SELECT
        c.*,
        d.report_year,
        CASE c.measure WHEN 'growth_rank' THEN 'growth_pct' ELSE 'level' END AS ranked_measure
    FROM fact_rank_claim c
    JOIN dim_document d ON d.document_id = c.document_id
    WHERE d.removed_at IS NULL
),
level_size AS (
    SELECT level, count(*) AS regions FROM dim_region GROUP BY level
),
province_size AS (
    SELECT level, province_code, count(*) AS regions FROM dim_region GROUP BY level, province_code
),
parent_size AS (
    SELECT level, parent_code, count(*) AS regions FROM dim_region WHERE parent_code IS NOT NULL GROUP BY level, parent_code
),
checked AS (
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
        c.rank                                AS claimed_rank,
        CASE c.scope WHEN 'city' THEN p.rank_parent WHEN 'province' THEN p.rank_province
                     ELSE p.rank_level END   AS computed_rank,
        CASE c.scope WHEN 'city' THEN p.peers_parent WHEN 'province' THEN p.peers_province
                     ELSE p.peers_level END  AS computed_peers,
        CASE c.scope WHEN 'city' THEN pp.regions WHEN 'province' THEN ps.regions
                     ELSE ls.regions END     AS peers_total,
        p.value                               AS value,
        p.qualifier                           AS value_qualifier,
        p.unit,
        c.evidence,
        c.document_id,
        c.report_year
    FROM claim c
    LEFT JOIN dim_region r ON r.region_code = c.region_code
    LEFT JOIN v_peer_rank p
        ON p.region_code = c.region_code AND p.indicator = c.indicator AND p.year = c.year
       AND p.measure = c.ranked_measure
    LEFT JOIN level_size ls ON ls.level = r.level
    LEFT JOIN province_size ps ON ps.level = r.level AND ps.province_code = r.province_code
    LEFT JOIN parent_size pp ON pp.level = r.level AND pp.parent_code = r.parent_code
)
SELECT
    region_code, region_name, level, parent_name, province_name, indicator, year, measure, scope,
    claimed_rank, computed_rank, computed_peers, peers_total,
    coalesce(computed_peers = peers_total, false)                         AS peers_complete,
    CASE WHEN computed_peers = peers_total THEN claimed_rank = computed_rank END AS agrees,
    value, value_qualifier, unit, evidence, document_id, report_year
FROM checked;

COMMENT ON VIEW v_rank_claim_check IS 'Claimed ranks vs computed ranks, judged only when every peer of the group is loaded / 自述排名与计算排名对照（同组地区全部载入时才判断）';
