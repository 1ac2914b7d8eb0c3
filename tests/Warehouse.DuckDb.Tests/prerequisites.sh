#!/usr/bin/env bash
# What the provider tests need outside .NET, installed only when missing (idempotent, quiet):
#   - npm: the provider's build fetches libduckdb with `npm pack` (see
#     etl/Warehouse.DuckDb/build/DuckDbNative.targets), unless DUCKDB_LIBRARY points at a
#     system libduckdb;
#   - DuckDB's own Node.js client (@duckdb/node-api) into official/node_modules, pinned by the
#     committed package-lock.json: a test opens a provider-written file with it. `npm install`,
#     not `npm ci`: registries that hold only this platform's optional binding package leave
#     the other platforms' entries out of the lock, which `npm ci` refuses.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v npm >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends npm
fi

if [ ! -d "$here/official/node_modules/@duckdb/node-api" ]; then
  (cd "$here/official" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
