#!/usr/bin/env bash
# Regenerates package blank's goldens from Node 26's own type stripping
# (module.stripTypeScriptTypes):
#   blank/testdata/cases/NAME.js (or NAME.err)  for each blank/testdata/cases/NAME.ts
#   blank/testdata/corpus.sums                  sha256 of Node's output for every .ts
#                                               source of the parser corpus (scripts/corpus.sh)
# usage: scripts/gen-blank-golden.sh [NAME...]   (no names: every case and the corpus)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
A=$("$repo/scripts/anchors.sh")
. "$repo/scripts/anchors.env"
cases="$repo/blank/testdata/cases"
if [ $# -gt 0 ]; then
  files=(); for n in "$@"; do files+=("$cases/$n.ts"); done
  "$NODE" --no-warnings "$repo/scripts/node-strip.cjs" out "$cases" "${files[@]}"
  exit 0
fi
"$NODE" --no-warnings "$repo/scripts/node-strip.cjs" out "$cases" "$cases"/*.ts
corpus=$("$repo/scripts/corpus.sh")
root="$corpus/node_modules"
# The .ts sources (not .d.ts) of the corpus packages, in a stable order.
mapfile -t src < <(cd "$root" && find rxjs/src zod/src effect/src -name '*.ts' ! -name '*.d.ts' | LC_ALL=C sort)
( cd "$root" && "$NODE" --no-warnings "$repo/scripts/node-strip.cjs" sums . "${src[@]}" ) > "$repo/blank/testdata/corpus.sums"
echo "$(wc -l < "$repo/blank/testdata/corpus.sums") corpus files" >&2
