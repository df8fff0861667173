#!/usr/bin/env bash
# Benchmarks `tsrun check` against tsc 7 (native) and tsc 5.9, all with
# --erasableSyntaxOnly, on the real-world corpus (rxjs, zod, effect: sources
# and declaration files) and on one small file. Runs are interleaved (one of
# each tool per round, so machine noise hits all alike); the table gives
# median wall times and the ratio to tsc 7. The goal: tsrun check at most
# 0.1x tsc 7's wall time.
#
# usage: bench/check/run.sh [rounds-corpus (default 5)] [rounds-small (default 15)]
#   TSRUN_CORPUS  corpus folder (default ${XDG_CACHE_HOME:-~/.cache}/tsrun/corpus; scripts/corpus.sh fetches it)
#
# tsc gets a generated tsconfig.json listing the same files tsrun checks,
# with "types": [] (no @types packages) and --noEmit; it type-checks them
# (that is its job, and what `tsc --noEmit --erasableSyntaxOnly` costs in
# CI); tsrun check runs in its default (full) mode, and also --erasable-only
# and --syntax-only for reference.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
A=$("$root/scripts/anchors.sh")
. "$root/scripts/anchors.env"
corpus=${TSRUN_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/tsrun/corpus}
nc=${1:-5}
ns=${2:-15}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && CGO_ENABLED=0 go build -o "$tmp/tsrun" ./cmd/tsrun)
TSRUN="$tmp/tsrun"
# typescript@7's bin/tsc is a Node launcher for the native binary: users
# run it that way (npx tsc), but it adds Node's start-up. The binary itself
# is measured too, and the 0.1x goal is judged against it.
TSC7BIN="$A/node_modules/@typescript/typescript-linux-x64/lib/tsc"
[ -x "$TSC7BIN" ] || TSC7BIN=$TSC7

have_corpus=1
for p in rxjs zod effect; do
  [ -d "$corpus/node_modules/$p" ] || have_corpus=0
done
if [ $have_corpus = 0 ]; then
  echo "corpus not found in $corpus: run scripts/corpus.sh; benchmarking the small file only" >&2
fi

# The corpus file list, exactly what `tsrun check node_modules/{rxjs,zod,effect}` reads.
mkdir -p "$tmp/corpus" "$tmp/small"
if [ $have_corpus = 1 ]; then
  (cd "$corpus" && find node_modules/rxjs node_modules/zod node_modules/effect \
      \( -name node_modules -o -name '.*' \) -prune -o -type f \( -name '*.ts' -o -name '*.mts' -o -name '*.cts' \) -print |
    grep -v '\.tsx$' | sort) > "$tmp/corpus/files.txt"
  {
    echo '{"compilerOptions": {"noEmit": true, "erasableSyntaxOnly": true, "strict": true,'
    echo '  "target": "esnext", "module": "preserve", "types": []},'
    echo ' "files": ['
    sed "s|.*|  \"$corpus/&\",|; \$ s|,\$||" "$tmp/corpus/files.txt"
    echo ']}'
  } > "$tmp/corpus/tsconfig.json"
fi
cp "$root/bench/check/small.ts" "$tmp/small/small.ts"
cat > "$tmp/small/tsconfig.json" <<JSON
{"compilerOptions": {"noEmit": true, "erasableSyntaxOnly": true, "strict": true,
  "target": "esnext", "module": "preserve", "types": []}, "files": ["small.ts"]}
JSON

# ms runs a command and prints its wall time in milliseconds. Exit 1 is
# expected (the inputs hold violations; tsc exits 2 then too); a tsrun run
# that crashes or is killed prints "fail" and counts in no median. tsrun
# runs under a 6 GB address-space limit so that a runaway never takes the
# machine down.
ms() {
  local t0 t1 rc=0
  t0=$(date +%s%N)
  if [ "$1" = "$TSRUN" ]; then
    (ulimit -v 6000000; exec "$@") >/dev/null 2>&1 || rc=$?
  else
    "$@" >/dev/null 2>&1 || true
  fi
  t1=$(date +%s%N)
  if [ $rc -gt 1 ]; then echo fail; else echo $(( (t1 - t0) / 1000000 )); fi
}
median() { grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "fail"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

declare -A times
run_round() { # suite tool...
  local suite=$1 dir
  if [ "$suite" = corpus ]; then dir=$corpus; else dir=$tmp/small; fi
  local paths=(small.ts)
  [ "$suite" = corpus ] && paths=(node_modules/rxjs node_modules/zod node_modules/effect)
  times[$suite,tsrun]+="$(cd "$dir" && ms "$TSRUN" check --format text "${paths[@]}") "
  times[$suite,tsrun-erasable]+="$(cd "$dir" && ms "$TSRUN" check --erasable-only --format text "${paths[@]}") "
  times[$suite,tsrun-syntax]+="$(cd "$dir" && ms "$TSRUN" check --syntax-only --format text "${paths[@]}") "
  times[$suite,tsc7]+="$(ms "$TSC7" -p "$tmp/$suite/tsconfig.json") "
  times[$suite,tsc7-native]+="$(ms "$TSC7BIN" -p "$tmp/$suite/tsconfig.json") "
  times[$suite,tsc59]+="$(ms "$NODE" "$TSC59" -p "$tmp/$suite/tsconfig.json") "
}

tools="tsrun tsrun-erasable tsrun-syntax tsc7-native tsc7 tsc59"
suites=(small)
[ $have_corpus = 1 ] && suites+=(corpus)
for suite in "${suites[@]}"; do
  n=$ns; [ "$suite" = corpus ] && n=$nc
  # One warm-up round (file cache, lazy installs), not counted.
  run_round "$suite"; for k in $tools; do times[$suite,$k]=""; done
  for ((i = 0; i < n; i++)); do run_round "$suite"; done
done

echo "tsrun check vs tsc --noEmit --erasableSyntaxOnly: median wall time (ms), interleaved rounds"
[ $have_corpus = 1 ] && echo "corpus: $(wc -l < "$tmp/corpus/files.txt") files, $(cat $(sed "s|^|$corpus/|" "$tmp/corpus/files.txt") | wc -c) bytes; rounds: corpus $nc, small $ns; $(nproc) cores"
printf '%-8s %-16s %10s %14s %10s\n' suite tool median "x tsc7-native" "x tsc7"
for suite in "${suites[@]}"; do
  native=$(echo ${times[$suite,tsc7-native]} | tr ' ' '\n' | median)
  launcher=$(echo ${times[$suite,tsc7]} | tr ' ' '\n' | median)
  for k in $tools; do
    m=$(echo ${times[$suite,$k]} | tr ' ' '\n' | median)
    printf '%-8s %-16s %10s %14s %10s\n' "$suite" "$k" "$m" \
      "$(awk -v a="$m" -v b="$native" 'BEGIN {if (a == "fail") print "-"; else printf "%.3f", (b>0)?a/b:0}')" \
      "$(awk -v a="$m" -v b="$launcher" 'BEGIN {if (a == "fail") print "-"; else printf "%.3f", (b>0)?a/b:0}')"
  done
done
echo "all runs (ms):"
for key in $(printf '%s\n' "${!times[@]}" | sort); do echo "  $key: ${times[$key]}"; done
