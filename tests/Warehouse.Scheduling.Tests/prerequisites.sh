#!/usr/bin/env bash
# What the scheduling tests need outside .NET, installed only when missing (idempotent, quiet):
#   - Debian's chromium: the dashboard tests drive it headless;
#   - Debian's postgresql (15 on Debian 12): the cluster test starts its own throw-away server
#     from these binaries (initdb + pg_ctl on a free loopback port, as the postgres user);
#   - playwright-core from npm, into browser/node_modules, from the committed package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scheduling tests need: ${missing[*]} (apt-get install -y ${missing[*]}, as root)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d "$here/browser/node_modules/playwright-core" ]; then
  (cd "$here/browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
