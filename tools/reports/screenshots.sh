#!/usr/bin/env bash
# Renders every sheet of the demo run's workbooks as PNG, for docs/screenshots and for looking
# at the workbooks as a reader does. Runs the README's first command on samples/ into a scratch
# folder, converts each workbook with LibreOffice to a PDF with one page per sheet, and turns
# each page into <workbook>-<NN>-<sheet>.png with pdftoppm. A page wider or taller than a
# screen is cut to its top-left corner (the frozen region columns and the header), as Excel
# would first show it.
#
#   tools/reports/screenshots.sh [output folder]      (default: docs/screenshots)
#
# Needs the .NET SDK and the Debian packages libreoffice-calc and poppler-utils.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
output=${1:-$root/docs/screenshots}
dpi=96
max_width=2000
max_height=1000

for tool in soffice pdftoppm python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "screenshots.sh: $tool is missing; install it with: apt-get install libreoffice-calc poppler-utils python3" >&2
    exit 1
  fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

dotnet run --project "$root/etl/Warehouse.Cli" -- run --input "$root/samples" \
  --db "$scratch/warehouse.duckdb" --out "$scratch/workbooks" >"$scratch/run.log" 2>&1 \
  || { cat "$scratch/run.log" >&2; exit 1; }

mkdir -p "$output"
rm -f "$output"/*.png
for workbook in "$scratch"/workbooks/*.xlsx; do
  name=$(basename "$workbook" .xlsx)
  # One page per sheet, however large (LibreOffice 7.4+).
  soffice "-env:UserInstallation=file://$scratch/profile" --headless --norestore \
    --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
    --outdir "$scratch/pdf" "$workbook" >>"$scratch/soffice.log" 2>&1 \
    || { cat "$scratch/soffice.log" >&2; exit 1; }

  # The tab names, in order, give each page its file name from their English part:
  # "省级排名 Rankings provinces" → rankings-provinces.
  mapfile -t sheets < <(python3 - "$workbook" <<'PY'
import re, sys, zipfile
workbook = zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml").decode("utf-8")
for sheet in re.findall(r'<(?:\w+:)?sheet [^>]*name="([^"]+)"', workbook):
    english = re.sub(r"[^A-Za-z0-9]+", "-", sheet.split(" ", 1)[-1]).strip("-").lower()
    print(english or "sheet")
PY
)
  pages=$(pdfinfo "$scratch/pdf/$name.pdf" | awk '/^Pages:/ { print $2 }')
  if [ "$pages" -ne "${#sheets[@]}" ]; then
    echo "screenshots.sh: $name has ${#sheets[@]} sheets but its PDF $pages pages" >&2
    exit 1
  fi

  for ((page = 1; page <= pages; page++)); do
    target=$(printf '%s/%s-%02d-%s' "$output" "$name" "$page" "${sheets[page - 1]}")
    pdftoppm -png -singlefile -r "$dpi" -f "$page" -l "$page" -x 0 -y 0 -W "$max_width" -H "$max_height" \
      "$scratch/pdf/$name.pdf" "$target"
    echo "$target.png"
  done
done
