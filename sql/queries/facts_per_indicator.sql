-- How many facts of each indicator and kind the warehouse holds, and how many regions they cover.
SELECT indicator, indicator_name_zh, kind, count(*) AS facts, count(DISTINCT region_code) AS regions,
       min(year) AS first_year, max(year) AS last_year, sum(corrected::INTEGER) AS corrected
FROM v_fact
GROUP BY ALL
ORDER BY facts DESC, indicator, kind;
