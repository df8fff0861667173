#!/usr/bin/env bash
# Startup benchmark: `tsrun P` (cold, --no-cache, and with its compiled-
# module cache warm: tsrun-cached) against `node P`, `deno run P` (warm: every
# command runs once before measuring, which fills Deno's compile cache) and
# `tsx P`, for each program P, interleaved round-robin in one run (see
# bench/measure). Prints median/min/p90 wall time, median peak RSS, and
# tsrun's ratios to each other runtime.
#
#   bench/startup/run.sh [-n ROUNDS] [PROGRAM...]
#
# PROGRAM is a directory under bench/startup (default: all of them):
#   hello   examples/hello.ts (committed as hello/main.ts)
#   mod50   50 modules, ~0.5 MB of TypeScript in all (mod50/gen.sh writes them)
#   big     one 1.5 MB file, the shape of a bundled app (big/gen.sh)
# A directory holds main.ts, or a gen.sh that writes main.ts (and any
# modules) into the directory given as its argument, so generated programs
# are never committed. A program a runtime cannot run is reported and
# skipped; the others still run.
#
# Issue #2 acceptance, on hello: tsrun median <= 0.15x node and <= 0.6x warm
# deno; tsrun peak RSS <= 0.4x node.
#
#   TSRUN_BIN   a prebuilt tsrun (default: built now into a temp dir)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=30
if [ "${1:-}" = "-n" ]; then rounds=$2; shift 2; fi

A=$("$repo/scripts/anchors.sh")
. "$repo/scripts/anchors.env"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
( cd "$repo" && go build -o "$tmp/measure" ./bench/measure )
tsrun=${TSRUN_BIN:-}
if [ -z "$tsrun" ]; then
  ( cd "$repo" && CGO_ENABLED=0 go build -trimpath -o "$tmp/tsrun" ./cmd/tsrun )
  tsrun="$tmp/tsrun"
fi

programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  for d in "$here"/*/; do programs+=("$(basename "$d")"); done
fi

echo "# startup: $(date -u +%FT%TZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# node $("$NODE" --version), $("$DENO" --version | head -1), $("$NODE" "$TSX" --version 2>/dev/null | head -1)"
for p in "${programs[@]}"; do
  dir="$here/$p"
  # Run from a copy: no package.json above, nothing cached beside the source.
  work="$tmp/$p"
  mkdir -p "$work"
  if [ -x "$dir/gen.sh" ]; then "$dir/gen.sh" "$work"; else cp "$dir"/*.ts "$work/"; fi
  [ -f "$work/main.ts" ] || { echo "no main.ts for $p" >&2; exit 1; }
  echo
  echo "## $p ($(find "$work" -name '*.ts' | wc -l) .ts files, $(cat $(find "$work" -name '*.ts') | wc -c) bytes)"
  # tsrun twice: without its compiled-module cache (--no-cache: every
  # module stripped, checked and transformed) and with it warm (measure's
  # warm-up run fills the cache in $tmp/cache; goja still compiles).
  TSRUN_CACHE_DIR="$tmp/cache" "$tmp/measure" -n "$rounds" -dir "$work" \
    "tsrun=$tsrun --no-cache main.ts" \
    "tsrun-cached=$tsrun main.ts" \
    "node=$NODE main.ts" \
    "deno=$DENO run --quiet main.ts" \
    "tsx=$NODE $TSX main.ts" || echo "($p: measure failed, see above)"
done
