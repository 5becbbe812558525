#!/usr/bin/env bash
# Whole commands on the power-user collection (100,000 cards in 50 decks, 1,000,000 reviews; written once by
# cuecard.bench.SyntheticCollection, with a snapshot as a study session leaves it): `stats --json`, `next`, `optimize --evaluate` and `optimize`, each through
# the launcher, median of RUNS, with the process's CPU time beside the wall time, and the load average. Each
# command's first run (deck cache and review digest still to be written) is shown beside it.
# usage: src/test/scripts/bench-collection.sh [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
./cuecard --version >/dev/null
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null 2>&1 || mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
dir=target/bench-collection
if [ ! -f "$dir/data/reviews/bench0device.jsonl" ]; then
  java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" cuecard.bench.SyntheticCollection "$dir"
fi
# a learner's data dir has a snapshot (every study session writes one when it ends): make it so here; the rebuild
# also drops the review digest, and the deck cache is emptied, so the first run of each command below starts cold
CUECARD_HOME="$dir/data" ./cuecard doctor --rebuild >/dev/null || true
rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/cuecard/decks"
python3 - "$runs" "$dir" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, d = int(sys.argv[1]), sys.argv[2]
env = dict(os.environ, CUECARD_HOME=os.path.abspath(d + "/data"), XDG_CONFIG_HOME=os.path.abspath(d + "/config"))
commands = {
    "stats --json": ["./cuecard", "stats", d + "/decks", "--json"],
    "next": ["./cuecard", "next", d + "/decks"],
    "optimize --evaluate": ["./cuecard", "optimize", d + "/decks", "--evaluate", "--json"],
    "optimize": ["./cuecard", "optimize", d + "/decks", "--json"],
}
# the first run after the collection was written builds the deck cache and the review digest; it is timed on its own
first = {}
for name, cmd in commands.items():
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first[name] = time.perf_counter() - t
for name, cmd in commands.items():
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if r.returncode != 0:
            print(name, "failed:", r.stderr.strip()[:300]); break
    print(f"{name:22s} wall {statistics.median(wall):6.2f} s   cpu {statistics.median(cpu):6.2f} s   ({runs} runs; "
          f"first run {first[name]:.2f} s)")
print("load average:", open("/proc/loadavg").read().split()[:3])
PY
