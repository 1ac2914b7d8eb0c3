-- `warehouse sql --allow-files DIR`: file readers, COPY … TO and ATTACH may reach files under
-- $folder and nowhere else; then the settings are locked so that no statement can widen them.
-- (DuckDB accepts allowed_directories only on an open database, so this runs right after opening,
-- before any statement of the analyst's.)
SET allowed_directories = [$folder];
SET enable_external_access = false;
SET lock_configuration = true;
