-- Set while workbooks are written side by side: each worker reads its year on a connection of
-- its own and then builds and writes its workbook, so the two cores are already busy; a read on
-- more threads only competes with the other worker (and holds more memory per thread).
-- reset_threads.sql undoes it.
SET threads = 1;
