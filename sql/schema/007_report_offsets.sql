-- Evidence offsets in one coordinate system, the one `warehouse extract --format jsonl` prints:
-- a fact's raw_start/raw_end count from the start of its report's raw text, and the report's
-- start in its file's decoded text is dim_document.raw_start (the report line's raw_start). So
-- the evidence sits at dim_document.raw_start + raw_start … dim_document.raw_start + raw_end of
-- the file's decoded text. Documents loaded before this version had their facts counted from the
-- file's start: they get raw_start 0, and the same sum still finds their evidence.

ALTER TABLE dim_document ADD COLUMN IF NOT EXISTS raw_start INTEGER DEFAULT 0;

COMMENT ON COLUMN dim_document.raw_start IS 'Offset of the report''s first character in its file''s decoded text (fact offsets count from here) / 报告在源文件解码文本中的起始位置';
COMMENT ON COLUMN fact_indicator.raw_start IS 'Offset of the evidence in its report''s raw text; in the file: dim_document.raw_start + raw_start / 证据在报告原文中的起始位置';
COMMENT ON COLUMN fact_indicator.raw_end IS 'Offset one past its end, in the same text / 证据结束位置';
COMMENT ON COLUMN fact_rank_claim.raw_start IS 'Offset of the evidence in its report''s raw text; in the file: dim_document.raw_start + raw_start / 证据在报告原文中的起始位置';
COMMENT ON COLUMN fact_rank_claim.raw_end IS 'Offset one past its end, in the same text / 证据结束位置';
