-- How many loaded facts a correction key matches right now (a correction may also wait for a later load).
SELECT count(*) FROM fact_indicator f
JOIN dim_document d ON d.document_id = f.document_id AND d.removed_at IS NULL
WHERE f.region_code = $region_code AND f.indicator = $indicator AND f.kind = $kind
  AND f.year = $year AND f.measure = $measure;
