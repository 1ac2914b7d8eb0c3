#!/usr/bin/env bash
# The DuckDB provider's build fetches libduckdb with `npm pack` (see
# etl/Warehouse.DuckDb/build/DuckDbNative.targets), so a fresh machine needs npm.
# Not needed when DUCKDB_LIBRARY points at a system libduckdb. Idempotent.
set -euo pipefail
if command -v npm >/dev/null 2>&1 || [ -n "${DUCKDB_LIBRARY:-}" ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends npm
