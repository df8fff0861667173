#!/usr/bin/env bash
# Regenerates testdata/syntax/expected/*.txt from tsc 5.9: for each case in
# testdata/syntax/cases, the lines tsc prints for that file with
# `--noEmit --pretty false --target esnext`. Run it (or
# `TSRUN_UPDATE=1 go test ./syntax -run TestGolden`) after adding a case.
#
# Why the output is exactly the parse errors: tsc reports semantic
# diagnostics only when the whole program has no syntactic ones, and for
# .ts files the syntactic diagnostics are the parser's. All cases are
# checked in one program, and at least one of them has a syntax error
# (the script fails otherwise), so every line is a parse error. A case with
# no parse error gets an empty expected file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
A=$("$root/scripts/anchors.sh")
. "$root/scripts/anchors.env"
cases="$root/testdata/syntax/cases"
out="$root/testdata/syntax/expected"
mkdir -p "$out"
cd "$cases"
files=$(ls | LC_ALL=C sort)
# tsc exits 2 when it reports errors; that is the expected outcome here.
raw=$("$NODE" "$TSC59" --noEmit --pretty false --target esnext --module esnext \
  --noResolve --skipLibCheck --types , $files) || true
if ! grep -q 'error TS1' <<<"$raw"; then
  echo "gen-syntax-golden: tsc reported no syntax error; refusing to write goldens:" >&2
  echo "$raw" >&2
  exit 1
fi
rm -f "$out"/*.txt
for f in $files; do
  # tsc prints "name(line,col): error TSn: message"; keep this file's lines.
  grep -F -- "$f(" <<<"$raw" | grep -E "^$(sed 's/[.]/[.]/g' <<<"$f")\(" > "$out/$f.txt" || true
done
echo "wrote $(ls "$out" | wc -l) expected files to $out" >&2
