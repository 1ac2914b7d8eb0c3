-- What the reports claim about their rank in data year $year (增幅全市第3) next to the rank
-- the warehouse computes, with how many of the peer group are loaded (computed_peers) out of
-- how many the gazetteer knows (peers_total); agrees is judged only on a complete group.
SELECT
    region_code,
    region_name,
    level,
    parent_name,
    province_name,
    indicator,
    measure,
    scope,
    CAST(claimed_rank AS BIGINT)   AS claimed_rank,
    CAST(computed_rank AS BIGINT)  AS computed_rank,
    CAST(computed_peers AS BIGINT) AS computed_peers,
    CAST(peers_total AS BIGINT)    AS peers_total,
    peers_complete,
    value,
    value_qualifier,
    unit,
    agrees,
    evidence,
    document_id
FROM v_rank_claim_check
WHERE year = $year
ORDER BY province_name, region_code, indicator, scope;
