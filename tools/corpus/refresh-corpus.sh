#!/usr/bin/env bash
# Refreshes the repository's copy of the corpus (tests/corpus) from ../shared/corpus when new gold
# arrives: GOLD.md, seeds/ + gold/, dev/docs + dev/gold, and the reference scorer. Files that
# exist only in the repository (documents we collected ourselves) are kept: nothing is deleted.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${1:-$root/../shared}"
test -d "$shared/corpus" || { echo "no corpus at $shared/corpus" >&2; exit 1; }
dest="$root/tests/corpus"
mkdir -p "$dest/seeds" "$dest/gold" "$dest/dev/docs" "$dest/dev/gold"
cp "$shared/corpus/GOLD.md" "$dest/GOLD.md"
for folder in seeds gold dev/docs dev/gold; do
  cp -p "$shared/corpus/$folder/." "$dest/$folder/" -R
done
if [ -f "$shared/eval/score.py" ]; then cp "$shared/eval/score.py" "$dest/score.py"; fi
chmod -R u+w "$dest"
echo "tests/corpus: $(ls "$dest/seeds" | wc -l) seed files, $(ls "$dest/dev/docs" | grep -vc '\.meta\.json$') dev documents, $(ls "$dest/dev/gold" | wc -l) dev gold files"
