#!/usr/bin/env bash
# Side-by-side: cuecard's optimizer against fsrs-rs (the Node binding in ../shared/tools/fsrs-oracle) on the same
# synthetic histories. Prints both fit times, their ratio, and both log losses scored by fsrs-rs's own evaluator.
# usage: src/test/scripts/bench-optimize.sh [CARDS=20000] [RUNS=3]    (20000 cards = 140000 training items)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cards=${1:-20000}
runs=${2:-3}
oracle=${ORACLE_DIR:-/tmp/fsrs-oracle-bench}
if [ ! -d "$oracle/node_modules" ]; then
  rm -rf "$oracle" && cp -r ../shared/tools/fsrs-oracle "$oracle"
  (cd "$oracle" && npm install --silent >/dev/null)
fi
cp src/test/scripts/fsrs-evaluate.mjs "$oracle/"
[ -f target/cuecard.jar ] || mvn -B -q -DskipTests package
data=$(mktemp -d)
(cd "$oracle" && node simulate.mjs "$cards" 7) > "$data/histories.jsonl"
for i in $(seq "$runs"); do
  (cd "$oracle" && node optimize.mjs) < "$data/histories.jsonl" > "$data/theirs.$i.json"
  java -jar target/cuecard.jar optimize --histories "$data/histories.jsonl" --json > "$data/ours.$i.json"
  java -jar target/cuecard.jar optimize --histories "$data/histories.jsonl" --json --threads 1 > "$data/ours1.$i.json"
done
python3 - "$data" "$runs" "$oracle" <<'PY'
import json, subprocess, sys, statistics
data, runs, oracle = sys.argv[1], int(sys.argv[2]), sys.argv[3]
load = lambda n, i: json.load(open(f"{data}/{n}.{i}.json"))
def score(params):
    out = subprocess.run(["node", "fsrs-evaluate.mjs", ",".join(map(str, params))], cwd=oracle,
                         stdin=open(f"{data}/histories.jsonl"), capture_output=True, text=True, check=True).stdout
    return json.loads(out)["log_loss"]
theirs = [load("theirs", i) for i in range(1, runs + 1)]
ours = [load("ours", i) for i in range(1, runs + 1)]
ours1 = [load("ours1", i) for i in range(1, runs + 1)]
t = statistics.median(r["millis"] for r in theirs)
o = statistics.median(r["millis"] for r in ours)
o1 = statistics.median(r["millis"] for r in ours1)
print(f"training items: {theirs[0]['items']} (fsrs-rs) / {ours[0]['items']} (cuecard)")
print(f"fit time, median of {runs}: fsrs-rs {t:.0f} ms, cuecard {o:.0f} ms on 2 threads (ratio {o / t:.2f}), {o1:.0f} ms on 1 thread (ratio {o1 / t:.2f})")
lt, lo = score(theirs[0]["parameters"]), score(ours[0]["parameters"])
print(f"log loss by fsrs-rs's evaluator: fsrs-rs {lt:.6f}, cuecard {lo:.6f} (difference {lo - lt:+.6f})")
PY
rm -rf "$data"
