#!/usr/bin/env bash
# Regenerates testdata/regexp/golden.txt: for every Unicode property strip
# rewrites (listed by testdata/regexp/names.go), the code points Node 26
# matches with \p{…}. Read by strip's and runtime's differential tests.
#
#   scripts/gen-regexp-golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(scripts/anchors.sh)
. scripts/anchors.env
go run testdata/regexp/names.go | "$NODE" testdata/regexp/gen.mjs > testdata/regexp/golden.txt
