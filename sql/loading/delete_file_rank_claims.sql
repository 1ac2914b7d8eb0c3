-- A file's previous rank claims, before its new version is appended (same transaction).
DELETE FROM fact_rank_claim
WHERE document_id IN (SELECT document_id FROM dim_document WHERE source_path = $source_path);
