-- Back to DuckDB's default number of threads (one per core) after load_stage_settings.sql.
RESET threads;
