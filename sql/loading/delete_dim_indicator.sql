-- Emptied before the indicator lexicon is loaded again (only when the lexicon changed).
DELETE FROM dim_indicator;
