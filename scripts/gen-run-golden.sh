#!/usr/bin/env bash
# Regenerates the golden files of the run conformance suite
# (testdata/conformance/run/expected/NAME.{stdout,stderr,code}) by running
# every case under Node 26, installed by scripts/anchors.sh.
#
#   scripts/gen-run-golden.sh            all cases (stale golden files are removed)
#   scripts/gen-run-golden.sh NAME...    only these cases
#
# The work is done by cmd/tsrun's TestConformanceRun in update mode
# (TSRUN_UPDATE=1), so that copying each case to a temporary directory, its
# directives (@args, @env, @stdin) and the output normalization are the same
# code for Node as for tsrun. Each case runs twice; a case whose two runs
# differ is reported as nondeterministic and not written.
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(scripts/anchors.sh)
. scripts/anchors.env
run='^TestConformanceRun$'
if [ $# -gt 0 ]; then
  pat=$(printf '%s|' "$@")
  run="^TestConformanceRun\$/^(${pat%|})\$"
fi
TSRUN_UPDATE=1 TSRUN_NODE="$NODE" go test ./cmd/tsrun -count=1 -run "$run"
