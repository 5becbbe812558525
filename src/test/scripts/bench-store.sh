#!/usr/bin/env bash
# Store figures: src/test/scripts/bench-store.sh [REVIEWS] [CARDS] [RUNS]   (default 1000000 100000 5)
# Writes a synthetic log once, then starts a fresh JVM for every load (that is what `cuecard` does), with the
# launcher's JVM flags (C1 only, serial GC) and with the JVM's defaults; prints every run and the median, as wall
# time and as the process's CPU time (all threads), which is the fairer figure on a busy machine.
# STORE_PARSER=jackson reads every log line with Jackson's streaming parser instead of the fast path for lines in
# the exact written form (-Dcuecard.store.jacksonOnly=true; see EntryJson), to compare the two.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target   # a fresh clone has none, and the build log goes there before Maven makes it
reviews=${1:-1000000}
cards=${2:-100000}
runs=${3:-5}
mkdir -p target  # a fresh clone has none yet
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >target/bench-build.log 2>&1 || { cat target/bench-build.log >&2; exit 1; }
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
dir=$(mktemp -d "${TMPDIR:-/tmp}/cuecard-store-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
java -cp "$cp" cuecard.bench.StoreBench generate "$dir" "$reviews" "$cards"
launcher=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
parser=()
if [ "${STORE_PARSER:-}" = jackson ]; then parser=(-Dcuecard.store.jacksonOnly=true); fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for flags in launcher default; do
  if [ "$flags" = launcher ]; then opts=("${launcher[@]}" "${parser[@]}"); else opts=("${parser[@]}"); fi
  for what in cold snapshot; do
    times=()
    cpus=()
    for _ in $(seq "$runs"); do
      line=$(java "${opts[@]}" -cp "$cp" cuecard.bench.StoreBench "$what" "$dir")
      times+=("$(echo "$line" | sed -E 's/.*load: ([0-9]+) ms.*/\1/')")
      cpus+=("$(echo "$line" | sed -E 's/.*process CPU ([0-9]+) ms.*/\1/')")
    done
    echo "$what load, $flags JVM flags: median $(printf '%s\n' "${times[@]}" | median) ms wall, $(printf '%s\n' "${cpus[@]}" | median) ms process CPU  (wall: ${times[*]}; CPU: ${cpus[*]})"
  done
done
java "${launcher[@]}" -cp "$cp" cuecard.bench.StoreBench record "$dir" 200
