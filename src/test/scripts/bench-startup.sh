#!/usr/bin/env bash
# Start-up side by side: a bare JVM hello-world against cuecard commands through the real launcher (with its
# class-data-sharing archive), measured in the same run. Prints the median wall time of each and the ratio to
# the JVM floor.   usage: src/test/scripts/bench-startup.sh [RUNS=15]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-15}
./cuecard --version >/dev/null 2>&1   # build the jar and the CDS archive first
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"
export CUECARD_HOME="$work/data"
python3 - "$runs" "$work" <<'PY'
import subprocess, sys, time, statistics, os
runs, work = int(sys.argv[1]), sys.argv[2]
commands = {
    "java Hello (JVM floor)": ["java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", work, "Hello"],
    "cuecard --version": ["./cuecard", "--version"],
    "cuecard lint decks/": ["./cuecard", "lint", "decks"],
}
root_help = subprocess.run(["./cuecard", "--help"], capture_output=True, text=True).stdout
if any(line.split()[:1] == ["next"] for line in root_help.splitlines()):
    commands["cuecard next (bundled decks)"] = ["./cuecard", "next"] + sorted(
        os.path.join("decks", f) for f in os.listdir("decks") if f.endswith(".yaml"))
def once(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t
medians = {}
for name, cmd in commands.items():
    once(cmd)
    medians[name] = statistics.median(once(cmd) for _ in range(runs))
floor = medians["java Hello (JVM floor)"]
for name, m in medians.items():
    print(f"{name:32s} {m * 1000:7.0f} ms   {m / floor:5.2f}x the JVM floor")
PY
