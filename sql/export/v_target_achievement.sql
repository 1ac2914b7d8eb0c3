-- Export v_target_achievement as hive-partitioned Parquet (year=YYYY/level=…/), for Spark, Trino or pandas.
-- $target is the output folder (warehouse export binds it); by hand, put a quoted path instead.
COPY (SELECT * FROM v_target_achievement) TO $target (FORMAT parquet, PARTITION_BY (year, level), OVERWRITE_OR_IGNORE);
