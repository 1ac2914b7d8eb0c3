-- Export v_peer_rank as hive-partitioned Parquet (year=YYYY/level=…/), for Spark, Trino or pandas.
-- $target is the output folder (warehouse export binds it); by hand, put a quoted path instead.
COPY (SELECT * FROM v_peer_rank) TO $target (FORMAT parquet, PARTITION_BY (year, level), OVERWRITE_OR_IGNORE);
