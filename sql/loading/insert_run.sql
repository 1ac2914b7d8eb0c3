-- Open a run in the run log; the new run_id comes back.
INSERT INTO etl_run (started_at, status) VALUES ($started_at, 'running') RETURNING run_id;
