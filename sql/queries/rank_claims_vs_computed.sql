-- What reports claim about their rank (增幅全市第3) next to the rank computed among the peers
-- the warehouse holds. A claim without a computed rank means the warehouse lacks the value.
SELECT province_name, region_name, year, indicator, measure, scope,
       claimed_rank, computed_rank, computed_peers, agrees, evidence
FROM v_rank_claim_check
ORDER BY province_name, region_name, year, indicator;
