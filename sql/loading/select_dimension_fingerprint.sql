-- The fingerprint of the reference data a dimension was last filled from.
SELECT fingerprint FROM etl_dimension_source WHERE dimension = $dimension;
