-- The documents of a removed file stay (for the record) but leave every view.
UPDATE dim_document SET removed_at = current_timestamp
WHERE source_path = $source_path AND removed_at IS NULL;
