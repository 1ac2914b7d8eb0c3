-- Back to DuckDB's default number of threads (one per core) after side_by_side.sql.
RESET threads;
