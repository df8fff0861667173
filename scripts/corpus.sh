#!/usr/bin/env bash
# Fetches the parser corpus (typescript's lib/*.d.ts, @types/node and the
# published .ts sources of rxjs, zod and effect) from the npm registry into a
# cache folder and prints that folder. Idempotent: a second run with the same
# pinned versions present does nothing. Never committed; the syntax corpus
# test and bench/parse read it when present.
#
#   TSRUN_CORPUS   the cache folder (default: ${XDG_CACHE_HOME:-~/.cache}/tsrun/corpus)
set -euo pipefail
dir=${TSRUN_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/tsrun/corpus}
# Pinned versions: change them together with the stamp name.
pkgs=(typescript@5.9.3 @types/node@26.6.6 rxjs@7.8.2 zod@4.6.7 effect@3.22.4)
stamp="$dir/.installed-$(printf '%s\n' "${pkgs[@]}" | cksum | cut -d' ' -f1)"
mkdir -p "$dir"
if [ ! -f "$stamp" ]; then
  echo "fetching parser corpus into $dir (npm registry)..." >&2
  # --ignore-scripts: we only read the files; nothing of theirs runs here.
  npm install --no-audit --no-fund --silent --ignore-scripts --no-package-lock \
    --omit=peer --prefix "$dir" "${pkgs[@]}" >&2
  rm -f "$dir"/.installed-*
  touch "$stamp"
fi
echo "$dir"
