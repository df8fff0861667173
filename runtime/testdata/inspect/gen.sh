#!/usr/bin/env bash
# Regenerates the golden files of the inspect/console tests from the real
# Node 26 (scripts/anchors.sh installs it). Run by the Go tests when
# TSRUN_UPDATE=1; never edit the outputs by hand.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
A=$("$root/scripts/anchors.sh")
. "$root/scripts/anchors.env"
"$NODE" --version | grep -q '^v26\.' || { echo "gen.sh: need Node 26, got $("$NODE" --version)" >&2; exit 1; }
cd "$here"
# A fixed time zone and locale: Date's toString (Invalid Date aside) depends on them.
export TZ=UTC LANG=C
"$NODE" gen.js cases.txt > expected.txt
"$NODE" console.js > console.stdout 2> console.stderr
"$NODE" module.mjs > module.stdout
FORCE_COLOR=1 "$NODE" console_color.js > console_color.stdout 2> console_color.stderr
"$NODE" callsites.js > callsites.stdout
