-- Export v_rank_claim_check as hive-partitioned Parquet (year=YYYY/level=…/), for Spark, Trino or pandas.
-- $target is the output folder (warehouse export binds it); by hand, put a quoted path instead.
COPY (SELECT * FROM v_rank_claim_check) TO $target (FORMAT parquet, PARTITION_BY (year, level), OVERWRITE_OR_IGNORE);
