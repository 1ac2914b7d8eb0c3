-- Record a schema script as applied.
INSERT INTO schema_version (version, script) VALUES ($version, $script);
