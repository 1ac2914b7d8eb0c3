-- How much of the country the warehouse covers: per level and report year, how many regions
-- have a loaded report, out of how many GB/T 2260 regions of that level.
CREATE OR REPLACE VIEW v_coverage AS
WITH regions AS (
    SELECT level, count(*) AS regions_total FROM dim_region GROUP BY level
),
reports AS (
    SELECT r.level, d.report_year,
           count(DISTINCT d.region_code) AS regions_with_report,
           count(*)                      AS documents
    FROM dim_document d
    JOIN dim_region r ON r.region_code = d.region_code
    WHERE d.removed_at IS NULL AND d.negative_reason IS NULL
    GROUP BY ALL
)
SELECT
    rp.level,
    rp.report_year,
    rp.regions_with_report,
    g.regions_total,
    round(100.0 * rp.regions_with_report / nullif(g.regions_total, 0), 2) AS coverage_pct,
    rp.documents
FROM reports rp
JOIN regions g USING (level);

COMMENT ON VIEW v_coverage IS 'Regions with a loaded report per level and year / 报告覆盖率';
