#!/usr/bin/env bash
# Times `cuecard generate` over all the seed interviews (about 80 KB together) as a user runs it: the whole
# command through the launcher, JVM start-up and HanLP's dictionaries included. Prints the median, min and max
# wall time of RUNS runs (after one warm-up run that builds the jar and the class-data-sharing archive), and the
# same for one seed alone and for our own small fixture, with the CPU time (user + system) each run used, which
# does not depend on how busy the machine is.   usage: src/test/scripts/bench-generate.sh [RUNS=10]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-10}
seeds="${CUECARD_SEEDS:-../shared/seeds}"
if [ ! -d "$seeds" ]; then
  echo "bench-generate: no seed interviews at $seeds" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./cuecard generate src/test/resources/generate/interview-en.md -o "$work/warm.yaml" 2>/dev/null
python3 - "$runs" "$work" "$seeds" <<'PY'
import subprocess, sys, time, statistics, os, glob, resource
runs, work, seeds = int(sys.argv[1]), sys.argv[2], sys.argv[3]
allseeds = sorted(glob.glob(os.path.join(seeds, "*.txt")) + glob.glob(os.path.join(seeds, "*.md")))
size = sum(os.path.getsize(f) for f in allseeds)
corpus = sorted(glob.glob("../shared/corpus/[0-9]*.md") + glob.glob("../shared/corpus/*.vtt"))
cases = {
    f"all {len(allseeds)} seeds ({size / 1024:.0f} KB)": allseeds,
    "one seed (" + os.path.basename(allseeds[0]) + ")": allseeds[:1],
    "own fixture (interview-en.md)": ["src/test/resources/generate/interview-en.md"],
}
if corpus:
    cases[f"whole corpus, one command ({len(corpus)} texts, {sum(os.path.getsize(f) for f in corpus) / 1024:.0f} KB)"] = corpus
for name, files in cases.items():
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(["./cuecard", "generate", *files, "-o", os.path.join(work, "deck.yaml"), "--force"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print(f"{name:40s} wall median {statistics.median(times) * 1000:6.0f} ms (min {min(times) * 1000:5.0f}, max {max(times) * 1000:5.0f})"
          f"   cpu median {statistics.median(cpu) * 1000:6.0f} ms")
print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
PY
