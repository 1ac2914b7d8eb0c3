-- Remember what a dimension was filled from.
INSERT INTO etl_dimension_source (dimension, fingerprint, row_count, loaded_at)
VALUES ($dimension, $fingerprint, $row_count, current_timestamp)
ON CONFLICT (dimension) DO UPDATE SET
    fingerprint = excluded.fingerprint, row_count = excluded.row_count, loaded_at = excluded.loaded_at;
