#!/usr/bin/env bash
# Whole-command wall time of the authoring commands through the launcher (JVM start included) on a 2,000-note
# synthetic deck: median of RUNS runs each.   usage: src/test/scripts/bench-authoring.sh [RUNS=7]
# For in-process figures without JVM start-up: src/test/scripts/bench.sh AuthoringBench -f 1 -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
./cuecard --version >/dev/null 2>&1   # build the jar first
mvn -B -q test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CUECARD_HOME="$work/data"
java -cp target/test-classes:target/classes cuecard.bench.SyntheticDecks "$work/src" 1 2000 42 >/dev/null
python3 - "$runs" "$work" <<'PY'
import subprocess, sys, time, statistics, os, shutil
runs, work = int(sys.argv[1]), sys.argv[2]
src = os.path.join(work, "src", "synth-00.yaml")
deck = os.path.join(work, "deck.yaml")
def path(name): return os.path.join(work, name)
def reset():
    shutil.copy(src, deck)
    for f in ("imported.yaml",):
        if os.path.exists(path(f)): os.remove(path(f))
for fmt, ext in (("anki", "txt"), ("csv", "csv"), ("json", "json")):
    subprocess.run(["./cuecard", "export", src, "--format", fmt, "-o", path("deck." + ext), "--force"], check=True,
                   stdout=subprocess.DEVNULL)
commands = {
    "lint (for reference)": ["./cuecard", "lint", deck],
    "add": ["./cuecard", "add", deck, "--type", "basic", "--front", "New?", "--back", "Yes"],
    "fmt --assign-ids": ["./cuecard", "fmt", "--assign-ids", deck],
    "export --format anki": ["./cuecard", "export", deck, "--format", "anki", "-o", path("out.txt"), "--force"],
    "export --format csv": ["./cuecard", "export", deck, "--format", "csv", "-o", path("out.csv"), "--force"],
    "export --format json": ["./cuecard", "export", deck, "--format", "json", "-o", path("out.json"), "--force"],
    "import anki": ["./cuecard", "import", path("deck.txt"), "-o", path("imported.yaml"), "--id", "synth-0"],
    "import csv": ["./cuecard", "import", path("deck.csv"), "-o", path("imported.yaml"), "--id", "synth-0"],
    "import json": ["./cuecard", "import", path("deck.json"), "-o", path("imported.yaml")],
}
def once(cmd):
    reset()
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    d = time.perf_counter() - t
    if r.returncode != 0 and "lint" not in cmd[1]:
        sys.exit(f"{cmd}: {r.stderr.decode()}")
    return d
print(f"2,000-note deck, median of {runs} runs, launcher and JVM start-up included")
for name, cmd in commands.items():
    once(cmd)
    print(f"  {name:24s} {statistics.median(once(cmd) for _ in range(runs)) * 1000:7.0f} ms")
PY
