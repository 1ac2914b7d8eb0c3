-- Empty the staging table before a batch.
DELETE FROM stage_source_file;
