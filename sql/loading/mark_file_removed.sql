-- A file that disappeared from the input: remembered as removed.
UPDATE etl_source_file SET removed_at = current_timestamp, last_run_id = $run_id
WHERE source_path = $source_path AND removed_at IS NULL;
