-- What the reports claim about their rank in data year $year (增幅全市第3) next to the rank
-- the warehouse computes among the peers it holds (v_rank_claim_check).
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
    value,
    agrees,
    evidence,
    document_id
FROM v_rank_claim_check
WHERE year = $year
ORDER BY province_name, region_code, indicator, scope;
