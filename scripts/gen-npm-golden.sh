#!/usr/bin/env bash
# Regenerates testdata/npm/expected/*.{stdout,stderr,code} by running every
# program of testdata/npm/programs under Node 26 (installed by
# scripts/anchors.sh), with the packages installed by scripts/npm-fixtures.sh.
# The work is done by cmd/tsrun's TestNpmPackages in update mode, so the
# environment and output normalization are the same code for Node as for
# tsrun.
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(scripts/anchors.sh)
. scripts/anchors.env
scripts/npm-fixtures.sh
rm -rf testdata/npm/expected
TSRUN_UPDATE=1 TSRUN_NODE="$NODE" go test ./cmd/tsrun -count=1 -run '^TestNpmPackages$'
