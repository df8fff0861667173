#!/usr/bin/env bash
# Installs the pinned npm packages of testdata/npm (package-lock.json) into
# testdata/npm/node_modules, from the npm registry with npm's own client.
# Idempotent and fast when present: nothing runs when node_modules matches
# the lock file (npm writes node_modules/.package-lock.json on install).
#
#   scripts/npm-fixtures.sh
#
# Used by cmd/tsrun's TestNpmPackages (which runs it itself when CI is set
# and node_modules is missing) and by scripts/gen-npm-golden.sh.
set -euo pipefail
cd "$(dirname "$0")/../testdata/npm"
if [ -f node_modules/.package-lock.json ] && cmp -s <(sed -n '/"packages"/,$p' package-lock.json | grep -v '"name"\|"lockfileVersion"\|"requires"' | grep '"version"\|"resolved"' | sort) \
  <(sed -n '/"packages"/,$p' node_modules/.package-lock.json | grep '"version"\|"resolved"' | sort); then
  exit 0
fi
# --ignore-scripts: the fixtures are data; no install script of a
# dependency runs on a developer's or CI's machine.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
