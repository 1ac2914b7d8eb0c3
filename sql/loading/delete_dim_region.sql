-- Emptied before the gazetteer is loaded again (only when the gazetteer changed).
DELETE FROM dim_region;
