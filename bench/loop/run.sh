#!/usr/bin/env bash
# Event-loop throughput: tsrun against node on the same programs,
# interleaved round-robin in one run (bench/measure), medians and ratios.
#
#   bench/loop/run.sh [-n ROUNDS] [BENCH...]
#
# BENCH is a .ts file of this directory without its extension (default: all):
#   fs_read_10k      10,000 small files read with fs/promises + Promise.all
#   timers_100k      100,000 timers pending at once
#   immediates_100k  100,000 chained setImmediate
#   awaits_100k      100,000 awaits of resolved promises
# Each program prints a checksum; measure fails if tsrun's differs from
# node's. Issue #5 acceptance: tsrun <= 1.5x node on fs and timers.
#
#   TSRUN_BIN   a prebuilt tsrun (default: built now into a temp dir)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=10
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

benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  for f in "$here"/*.ts; do benches+=("$(basename "$f" .ts)"); done
fi

work="$tmp/work"
mkdir -p "$work/files"
cp "$here"/*.ts "$work/"
# 10,000 files of 20..120 bytes for fs_read_10k.
awk 'BEGIN { for (i = 0; i < 10000; i++) { f = sprintf("'"$work"'/files/f%05d.txt", i); s = ""; for (j = 0; j < 20 + i % 101; j++) s = s "x"; print s > f; close(f) } }'

echo "# loop: $(date -u +%FT%TZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), node $("$NODE" --version)"
for b in "${benches[@]}"; do
  echo
  echo "## $b"
  "$tmp/measure" -n "$rounds" -dir "$work" "tsrun=$tsrun $b.ts" "node=$NODE $b.ts"
done
