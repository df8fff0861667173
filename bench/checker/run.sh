#!/usr/bin/env bash
# Checker benchmark: `tsrun check` against tsc 7 (native) and tsc 5.9, in
# one run, on (1) one small file and (2) a generated 50-file, ~10,000-line
# project (gen.sh). Prints the median wall time of RUNS runs per tool, the
# ratio to tsc 7, and the peak RSS (max over the runs, from /usr/bin/time).
#   bench/checker/run.sh [RUNS]   (default 5)
# This machine class is noisy: compare the ratios of one run, not absolute
# figures across runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
A=$("$root/scripts/anchors.sh")
. "$root/scripts/anchors.env"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && CGO_ENABLED=0 go build -o "$work/tsrun" ./cmd/tsrun)

# (1) one small file, with its tsconfig so every tool sees the same options
mkdir -p "$work/small"
cp "$root/testdata/conformance/checker/cases/du_switch_ok.ts" "$work/small/a.ts"
cat > "$work/small/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "lib": ["es2022"], "types": [] }, "files": ["a.ts"] }
JSON
# (2) the generated project
"$root/bench/checker/gen.sh" "$work/proj" 50
lines=$(cat "$work"/proj/*.ts | wc -l)

measure() { # name dir cmd... -> "median_ms peak_rss_kb"
  local dir=$1; shift
  local times=() rss=0
  for ((i = 0; i < runs; i++)); do
    local out
    (cd "$dir" && /usr/bin/time -o "$work/time.out" -f "%e %M" "$@" >/dev/null 2>&1) || true
    out=$(tail -1 "$work/time.out")
    times+=("$(awk '{printf "%d", $1*1000}' <<<"$out")")
    local r; r=$(awk '{print $2}' <<<"$out")
    ((r > rss)) && rss=$r
  done
  local med; med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$med $rss"
}

printf '%-34s %10s %10s %12s\n' "benchmark" "wall ms" "vs tsc7" "peak RSS MB"
for bench in small proj; do
  dir="$work/$bench"
  label=$([ $bench = small ] && echo "one small file" || echo "50 files, $lines lines")
  read -r t7 r7 < <(measure "$dir" "$TSC7" -p tsconfig.json --pretty false)
  read -r t59 r59 < <(measure "$dir" "$NODE" "$TSC59" -p tsconfig.json --pretty false)
  read -r tr rr < <(measure "$dir" "$work/tsrun" check --format text)
  for row in "tsrun check:$tr:$rr" "tsc 7.0 (native):$t7:$r7" "tsc 5.9:$t59:$r59"; do
    IFS=: read -r name t r <<<"$row"
    printf '%-34s %10s %10s %12s\n' "$label / $name" "$t" "$(awk -v a="$t" -v b="$t7" 'BEGIN{printf "%.2fx", a/b}')" "$(awk -v r="$r" 'BEGIN{printf "%.1f", r/1024}')"
  done
done
