-- Set while workbooks are written side by side: each worker reads its year on a connection of
-- its own and then builds and writes its workbook, so the two cores are already busy; a read on
-- more threads only competes with the other worker (and holds more memory per thread).
SET threads = 1;
-- DuckDB's allocator keeps what a query freed for the next one, thread by thread, up to a large
-- threshold: at twenty national years that was 50 MB of the report stage's peak (`national`
-- benchmark's runs: 607 -> 557 MiB; one year 320 -> 300). A memory limit of 256 MB gained
-- nothing more, and one of 128 MB, which did, leaves too little room: a year's workbook of
-- that warehouse failed alone under 32 MB ("Out of Memory Error"; not every operator spills).
SET allocator_flush_threshold = '16MB';
SET allocator_background_threads = true;
-- reset_side_by_side.sql undoes all of it.
