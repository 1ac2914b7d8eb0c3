-- The indicators' names (dim_indicator, from the extraction lexicon), so that every sheet
-- shows 固定资产投资 Fixed-asset investment rather than the code fai.
SELECT
    indicator_code,
    name_zh,
    name_en
FROM dim_indicator
ORDER BY indicator_code;
