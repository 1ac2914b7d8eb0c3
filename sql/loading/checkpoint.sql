-- Write everything to the database file itself (and empty the WAL) before it is published.
CHECKPOINT;
