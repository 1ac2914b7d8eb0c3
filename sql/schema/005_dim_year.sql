-- dim_year: every year a report can speak of, with the five-year plan (五年规划) it falls in.
-- Plans run 1966-1970 (三五), 1971-1975 (四五), … 2021-2025 (十四五): plan n starts 1966 + 5(n - 3).

ALTER TABLE dim_year ADD COLUMN IF NOT EXISTS plan_number INTEGER;
ALTER TABLE dim_year ADD COLUMN IF NOT EXISTS plan_name_zh VARCHAR;
ALTER TABLE dim_year ADD COLUMN IF NOT EXISTS plan_name_en VARCHAR;
ALTER TABLE dim_year ADD COLUMN IF NOT EXISTS plan_start INTEGER;
ALTER TABLE dim_year ADD COLUMN IF NOT EXISTS plan_end INTEGER;

INSERT INTO dim_year (year, plan_number, plan_name_zh, plan_name_en, plan_start, plan_end)
SELECT
    y.year,
    p.n,
    ['三五', '四五', '五五', '六五', '七五', '八五', '九五', '十五', '十一五', '十二五', '十三五',
     '十四五', '十五五', '十六五', '十七五'][p.n - 2],
    p.n || CASE WHEN p.n % 10 = 1 AND p.n <> 11 THEN 'st'
                WHEN p.n % 10 = 2 AND p.n <> 12 THEN 'nd'
                WHEN p.n % 10 = 3 AND p.n <> 13 THEN 'rd'
                ELSE 'th' END || ' Five-Year Plan',
    1966 + 5 * (p.n - 3),
    1970 + 5 * (p.n - 3)
FROM (SELECT range::INTEGER AS year FROM range(1966, 2041)) y
CROSS JOIN LATERAL (SELECT (y.year - 1966) // 5 + 3 AS n) p
WHERE y.year NOT IN (SELECT year FROM dim_year);
