#!/usr/bin/env bash
# Runs the integration tier N times in a row from a clean clone of this repository's HEAD (or of
# REPO), to find the tests that fail once in a while. Stops at the first red run unless KEEP_GOING=1.
# Usage: bash deploy/local/flake-check.sh [N=3]   (logs in $FLAKE_DIR, default /tmp/loopgate-flake)
set -euo pipefail
runs="${1:-3}"
repo="${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
dir="${FLAKE_DIR:-/tmp/loopgate-flake}"
rm -rf "$dir" && mkdir -p "$dir"
git clone -q "$repo" "$dir/clone"
cd "$dir/clone"
echo "[flake] $(git log --oneline -1) from $repo, $runs run(s); logs in $dir"
npm ci --no-audit --no-fund >"$dir/npm-ci.log" 2>&1
bash deploy/local/up.sh >"$dir/up.log" 2>&1

green=0
for run in $(seq 1 "$runs"); do
  log="$dir/run-$run.log"
  started=$SECONDS
  if npx nx run-many -t int-test --parallel=1 --outputStyle=static >"$log" 2>&1; then
    green=$((green + 1))
    echo "[flake] run $run: green in $((SECONDS - started)) s"
  else
    echo "[flake] run $run: RED in $((SECONDS - started)) s; failing suites:"
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^(FAIL|  ●)' | sort -u | sed 's/^/[flake]   /'
    [ "${KEEP_GOING:-0}" = 1 ] || break
  fi
done
echo "[flake] $green of $runs run(s) green"
[ "$green" = "$runs" ]
