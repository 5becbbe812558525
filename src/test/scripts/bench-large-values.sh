#!/usr/bin/env bash
# Whole commands on decks with very long values (issue 17): `cuecard lint` of a deck holding one value of 1, 2, 4
# and 7 MiB with no space in it, `cuecard import` of a CSV with a 6 MiB cell, and `cuecard lint` of a deck of
# 162,000 plain cards; wall time, median of RUNS runs, JVM start included.
# usage: src/test/scripts/bench-large-values.sh [RUNS=3] [JAR=target/cuecard.jar]
# Every command runs as `java FLAGS -jar JAR ...` with the launcher's JVM flags (C1, serial GC) but no class-data
# archive, so that JAR can be another build, e.g. one made from an earlier commit:
#   git archive COMMIT | tar -x -C /tmp/old && (cd /tmp/old && mvn -B -q -DskipTests package)
#   src/test/scripts/bench-large-values.sh 1 /tmp/old/target/cuecard.jar
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
jar=${2:-target/cuecard.jar}
[ "$jar" = target/cuecard.jar ] && { ./cuecard --version >/dev/null 2>&1 || { echo "the build failed" >&2; exit 1; }; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$runs" "$jar" "$work" <<'PY'
import os, statistics, subprocess, sys, time
runs, jar, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
flags = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable", "-XX:-UsePerfData"]
def path(name): return os.path.join(work, name)
for mb in (1, 2, 4, 7):
    with open(path(f"value-{mb}.yaml"), "w") as f:
        f.write("deck: long\ncards:\n  - type: basic\n    front: " + "x" * (mb << 20) + "\n    back: b\n")
with open(path("cell-6.csv"), "w") as f:
    f.write("front,back\nq1,a1\nq2," + "y" * (6 << 20) + "\n")
with open(path("plain-162000.yaml"), "w") as f:
    f.write("deck: plain\ncards:\n")
    for i in range(162_000):
        f.write(f"- {{type: basic, front: q{i}, back: a}}\n")
commands = {f"lint, one value of {mb} MiB": ["lint", path(f"value-{mb}.yaml")] for mb in (1, 2, 4, 7)}
commands["import, a CSV cell of 6 MiB"] = ["import", path("cell-6.csv"), "-o", path("out.yaml"), "--id", "cell"]
commands["lint, 162,000 plain cards"] = ["lint", path("plain-162000.yaml")]
def once(args):
    if os.path.exists(path("out.yaml")): os.remove(path("out.yaml"))
    t = time.perf_counter()
    r = subprocess.run(["java", *flags, "-jar", jar, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    d = time.perf_counter() - t
    lines = r.stdout.decode(errors="replace").strip().splitlines()
    return d, r.returncode, (lines[-1] if lines else "")[:150].replace(work + "/", "")
print(f"{jar}, median of {runs}, load {open('/proc/loadavg').read().split()[0]}")
for name, args in commands.items():
    results = [once(args) for _ in range(runs)]
    median = statistics.median(r[0] for r in results)
    print(f"  {name:30s} {median:7.2f} s  exit {results[-1][1]}  {results[-1][2]}")
PY
