#!/usr/bin/env bash
# Regenerates etl/Warehouse.Intake/Text/Data/opencc-t2s.tsv from the npm package opencc-js.
set -euo pipefail
VERSION="${1:-1.4.2}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "opencc-js@$VERSION" >/dev/null && tar xzf opencc-js-*.tgz)
node "$ROOT/tools/intake/generate-opencc-t2s.mjs" "$WORK/package" "$ROOT/etl/Warehouse.Intake/Text/Data/opencc-t2s.tsv"
