-- The annual growth targets the escalation compares, each with whether it is a range. A view,
-- not a CTE of v_target_escalation: DuckDB materializes a CTE read four times for every year,
-- whereas a view is expanded at each use, so the year a query asks for reaches every one of them.
CREATE OR REPLACE VIEW v_growth_target AS
SELECT *, value_high IS NOT NULL AND value_high <> value AS is_range
FROM v_target
WHERE kind = 'target' AND measure = 'growth_pct';

COMMENT ON VIEW v_growth_target IS 'Annual growth targets (v_target), with whether each is a range / 年度增速目标';

-- Target escalation (层层加码): every annual growth target next to the targets of the levels
-- above it for the same indicator and year: its parent (a county's prefecture city; a city's
-- province; a province's nation; for districts of 直辖市 and 省直辖县 the parent is the
-- province), its province, and the nation (the national report, level 'national'), with the
-- differences own − parent, own − province, own − national in percentage points.
--
-- Only growth targets (measure growth_pct): a county's and its city's level targets (亿元)
-- differ by size, not ambition. Qualifiers (左右, 以上) are kept beside each figure. A range
-- (6%-6.5%) is compared by its lower bound, which `value` holds; lower_bound_used says when
-- any figure compared on the row is a range.
CREATE OR REPLACE VIEW v_target_escalation AS
WITH joined AS (
    SELECT
        o.year,
        o.indicator,
        o.measure,
        o.unit,
        o.region_code,
        o.region_name,
        o.level,
        o.province_name,
        o.value                                              AS own_value,
        o.value_high                                         AS own_value_high,
        o.qualifier                                          AS own_qualifier,
        o.is_range                                           AS own_is_range,
        o.evidence                                           AS own_evidence,
        -- A province's parent is the nation; a county's or city's is its gazetteer parent.
        CASE o.level WHEN 'province' THEN n.region_code WHEN 'national' THEN NULL ELSE o.parent_code END AS parent_code,
        CASE o.level WHEN 'province' THEN n.region_name WHEN 'national' THEN NULL ELSE o.parent_name END AS parent_name,
        CASE o.level WHEN 'province' THEN 'national' WHEN 'national' THEN NULL ELSE pr.level END AS parent_level,
        CASE o.level WHEN 'province' THEN n.value ELSE p.value END               AS parent_value,
        CASE o.level WHEN 'province' THEN n.value_high ELSE p.value_high END     AS parent_value_high,
        CASE o.level WHEN 'province' THEN n.qualifier ELSE p.qualifier END       AS parent_qualifier,
        CASE o.level WHEN 'province' THEN n.is_range ELSE p.is_range END         AS parent_is_range,
        CASE WHEN o.level IN ('city', 'county') THEN o.province_code END        AS province_code,
        CASE WHEN o.level IN ('city', 'county') THEN s.value END                AS province_value,
        CASE WHEN o.level IN ('city', 'county') THEN s.value_high END           AS province_value_high,
        CASE WHEN o.level IN ('city', 'county') THEN s.qualifier END            AS province_qualifier,
        CASE WHEN o.level IN ('city', 'county') THEN s.is_range END             AS province_is_range,
        CASE WHEN o.level <> 'national' THEN n.value END                        AS national_value,
        CASE WHEN o.level <> 'national' THEN n.value_high END                   AS national_value_high,
        CASE WHEN o.level <> 'national' THEN n.qualifier END                    AS national_qualifier,
        CASE WHEN o.level <> 'national' THEN n.is_range END                     AS national_is_range
    FROM v_growth_target o
    LEFT JOIN dim_region pr ON pr.region_code = o.parent_code   -- the parent's level
    -- A parent in the gazetteer is a prefecture city or a province, and province_code names a
    -- province: saying so lets the level reach below v_target's ranking (see there), so each
    -- lookup ranks the targets of a few hundred regions, not of all three thousand.
    LEFT JOIN (SELECT * FROM v_growth_target WHERE level IN ('city', 'province')) p
        ON p.region_code = o.parent_code AND p.indicator = o.indicator AND p.year = o.year AND p.measure = o.measure
    LEFT JOIN (SELECT * FROM v_growth_target WHERE level = 'province') s
        ON s.region_code = o.province_code AND s.indicator = o.indicator AND s.year = o.year AND s.measure = o.measure
    LEFT JOIN (SELECT * FROM v_growth_target WHERE level = 'national') n
        ON n.indicator = o.indicator AND n.year = o.year AND n.measure = o.measure
)
SELECT
    j.year,
    j.indicator,
    i.name_zh                                        AS indicator_name_zh,
    i.name_en                                        AS indicator_name_en,
    j.measure,
    j.unit,
    j.region_code,
    j.region_name,
    j.level,
    j.province_name,
    j.own_value,
    j.own_value_high,
    j.own_qualifier,
    j.parent_code,
    j.parent_name,
    j.parent_level,
    j.parent_value,
    j.parent_value_high,
    j.parent_qualifier,
    j.province_value,
    j.province_value_high,
    j.province_qualifier,
    j.national_value,
    j.national_value_high,
    j.national_qualifier,
    round(j.own_value - j.parent_value, 4)           AS excess_over_parent,
    round(j.own_value - j.province_value, 4)         AS excess_over_province,
    round(j.own_value - j.national_value, 4)         AS excess_over_national,
    j.own_is_range
        OR coalesce(j.parent_is_range, false)
        OR coalesce(j.province_is_range, false)
        OR coalesce(j.national_is_range, false)      AS lower_bound_used,
    j.own_evidence
FROM joined j
LEFT JOIN dim_indicator i ON i.indicator_code = j.indicator;

COMMENT ON VIEW v_target_escalation IS 'Growth targets next to the parent''s, the province''s and the nation''s, with the differences (层层加码) / 目标层层加码';
