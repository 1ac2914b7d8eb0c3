#!/usr/bin/env bash
# The reports tests convert workbooks with LibreOffice Calc (headless). Idempotent: installs
# Debian's libreoffice-calc only when soffice is missing.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y libreoffice-calc
