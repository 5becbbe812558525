#!/usr/bin/env bash
# Runs the JMH benchmarks: src/test/scripts/bench.sh [JMH args], e.g. `bench.sh DeckLoad -f 1 -wi 2 -i 3`.
# With no arguments every benchmark runs with short settings (1 fork, 2 warm-up and 3 measured iterations).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target   # a fresh clone has none, and the build log goes there before Maven makes it
if ! mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
     -Dmdep.includeScope=test >target/bench-build.log 2>&1; then
  cat target/bench-build.log >&2
  exit 1
fi
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ $# -eq 0 ]; then set -- -f 1 -wi 2 -i 3 -w 2s -r 3s; fi
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
