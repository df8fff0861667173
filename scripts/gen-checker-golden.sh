#!/usr/bin/env bash
# Regenerates the checker's golden references from the real tsc 5.9:
#
#   testdata/conformance/checker/cases/<name>.ts  ->  reference/<name>.txt
#
# Each case is one program. A case may hold several files, each introduced
# by a line "// @filename: <name>.ts"; the text before the first directive
# belongs to the case's own file name. Each program is checked alone with
#
#   tsc --strict --noEmit --pretty false --target es2022 --lib es2022 \
#       --types '' --module esnext --moduleResolution bundler
#
# written as a tsconfig.json (tsc's command line rejects an empty --types)
#
# (--module/--moduleResolution only make relative imports with and without a
# ".js" extension resolve to ".ts" files, as `tsrun check` does). The
# reference is tsc's stdout verbatim, paths relative to the case folder.
# Run by hand, or through the Go test with TSRUN_UPDATE=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
A=$("$root/scripts/anchors.sh")
. "$root/scripts/anchors.env"
cases="$root/testdata/conformance/checker/cases"
refs="$root/testdata/conformance/checker/reference"
mkdir -p "$refs"
rm -f "$refs"/*.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gen() {
  local src=$1 name dir
  name=$(basename "$src" .ts)
  dir="$tmp/$name"
  mkdir -p "$dir"
  # Split "// @filename:" sections with node (already an anchor).
  "$NODE" -e '
    const fs = require("fs"), path = require("path");
    const [src, dir, first] = process.argv.slice(1);
    // Same split as checker/golden_test.go: a section is the lines after its
    // directive; text before the first directive is the case file itself.
    let name = first, buf = [], files = [];
    const flush = () => { if (name !== first || buf.join("\n").trim() !== "") files.push([name, buf.join("\n")]); };
    for (const line of fs.readFileSync(src, "utf8").split("\n")) {
      const m = /^\/\/ @filename: *(\S+)\s*$/.exec(line);
      if (m) { flush(); name = m[1]; buf = []; } else buf.push(line);
    }
    flush();
    for (const [n, t] of files) { fs.mkdirSync(path.dirname(path.join(dir, n)), {recursive: true}); fs.writeFileSync(path.join(dir, n), t); console.log(n); }
  ' "$src" "$dir" "$name.ts" > "$dir/.files"
  # tsc's command line cannot spell an empty --types list, so the options go
  # through a tsconfig.json; they are the flags documented above.
  "$NODE" -e '
    const fs = require("fs");
    const files = fs.readFileSync(process.argv[1] + "/.files", "utf8").split("\n").filter(Boolean);
    fs.writeFileSync(process.argv[1] + "/tsconfig.json", JSON.stringify({compilerOptions: {
      strict: true, noEmit: true, target: "es2022", lib: ["es2022"], types: [],
      module: "esnext", moduleResolution: "bundler"}, files}, null, 2));
  ' "$dir"
  (cd "$dir" && "$NODE" "$TSC59" -p tsconfig.json --pretty false > "$refs/$name.txt" || true)
}
export -f gen
export NODE TSC59 tmp refs
ls "$cases"/*.ts | xargs -P 2 -I{} bash -c 'gen "$@"' _ {}
echo "regenerated $(ls "$refs" | wc -l) references" >&2
