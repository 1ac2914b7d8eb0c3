-- Set while workbooks are written side by side: one worker reads while the other builds and
-- writes its workbook, so the two cores are already busy; a read on more threads only competes
-- with the writer (and holds more memory per thread). reset_threads.sql undoes it.
SET threads = 1;
