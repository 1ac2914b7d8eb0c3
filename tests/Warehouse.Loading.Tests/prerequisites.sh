#!/usr/bin/env bash
# What the loading tests need outside .NET, installed only when missing (idempotent, quiet):
#   - npm (Debian's package), and with it DuckDB's own Node.js client (@duckdb/node-api) into
#     official/node_modules, exactly as pinned by the committed package-lock.json: a test opens a
#     warehouse file the tool wrote with it. `npm ci` installs from the lock without rewriting
#     any tracked file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v npm >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends npm
fi

if [ ! -d "$here/official/node_modules/@duckdb/node-api" ]; then
  (cd "$here/official" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
