-- Back to DuckDB's defaults after side_by_side.sql.
RESET threads;
RESET allocator_flush_threshold;
RESET allocator_background_threads;
