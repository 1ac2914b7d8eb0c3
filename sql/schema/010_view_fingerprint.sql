-- etl_dimension_source also keeps the fingerprint of the view scripts (dimension 'views'), so a
-- run re-creates the views only when their text changed, and a run with nothing new can tell,
-- without writing, that the file is up to date.

COMMENT ON TABLE etl_dimension_source IS 'Fingerprint of what a part of the warehouse was built from: the reference data of each dimension, the view scripts / 维度数据与视图脚本来源指纹';
COMMENT ON COLUMN etl_dimension_source.dimension IS 'dim_region | dim_indicator | views / 维度表或视图';
