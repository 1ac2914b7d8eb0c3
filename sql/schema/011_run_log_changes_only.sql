-- etl_document keeps what a run did to a file (new, changed, skipped, removed), no longer a row
-- for every unchanged file too: at national scale that was 66,800 rows a night to say "nothing",
-- which etl_run.files_unchanged already counts. Rows of earlier runs keep their status 'unchanged'.

COMMENT ON TABLE etl_document IS 'One row per file a run did something with (new, changed, skipped, removed); unchanged files are counted in etl_run / 每次运行中有变化的文件处理日志';
COMMENT ON COLUMN etl_document.status IS 'new | changed | skipped | removed (unchanged in runs before schema 11) / 处理结果';
