-- What reports claim about their rank (增幅全市第3) next to the rank computed among the peers
-- the warehouse holds: computed_peers of peers_total in the group are loaded, and agrees is
-- judged only when all are (peers_complete). A claim without a computed rank means the
-- warehouse lacks the region's own value.
SELECT province_name, region_name, year, indicator, measure, scope,
       claimed_rank, computed_rank, computed_peers, peers_total, peers_complete, agrees, evidence
FROM v_rank_claim_check
ORDER BY province_name, region_name, year, indicator;
