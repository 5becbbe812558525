#!/usr/bin/env bash
# Runs every benchmark behind BENCHMARKS.md, one after the other, and keeps each one's output in
# target/bench-results/NAME.txt. Takes about 15-25 minutes on a quiet 2-core machine; run it when nothing else
# is busy (the load average is printed before and after).   usage: src/test/scripts/bench-all.sh [--quick]
# --quick: fewer runs of each whole-command script (for a first look, not for figures).
set -uo pipefail
cd "$(dirname "$0")/../../.."
out=target/bench-results
mkdir -p "$out"
runs=10
[ "${1:-}" = "--quick" ] && runs=3
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
./cuecard --version >/dev/null 2>&1 || { echo "bench-all: the build failed" >&2; exit 1; }
step() {
  local name="$1"; shift
  echo "== $name: $*"
  local t0=$SECONDS
  "$@" >"$out/$name.txt" 2>&1
  echo "   exit $?, $((SECONDS - t0)) s; see $out/$name.txt"
}
step jmh            src/test/scripts/bench.sh -f 1 -wi 3 -i 5 -w 2s -r 2s
step startup        src/test/scripts/bench-startup.sh "$runs"
step study-start    src/test/scripts/bench-study-start.sh "$runs"
step store          src/test/scripts/bench-store.sh 1000000 100000 "$([ "$runs" -gt 5 ] && echo 5 || echo "$runs")"
step optimize       src/test/scripts/bench-optimize.sh 20000 3
step generate       src/test/scripts/bench-generate.sh "$runs"
step authoring      src/test/scripts/bench-authoring.sh "$runs"
step large-values   src/test/scripts/bench-large-values.sh 3
step collection     src/test/scripts/bench-collection.sh 3
step replay-check   src/test/scripts/fsrs-replay-check.sh 4000
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
