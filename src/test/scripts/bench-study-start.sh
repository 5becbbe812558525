#!/usr/bin/env bash
# Time from `./cuecard study DECK` to the first card on screen, in a detached tmux pane polled with capture-pane.
# Usage: src/test/scripts/bench-study-start.sh [RUNS] [DECK] [TEXT-OF-FIRST-CARD]
# Needs tmux and a built jar (./cuecard builds it when missing). Prints each run and the median in milliseconds.
# The polling adds up to ~5 ms per run. Each run is paired with `./cuecard --version` (the JVM start floor) timed
# right after it, so a busy machine shows in both figures; the load average is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-10}"
deck="${2:-decks/spaced-repetition.yaml}"
text="${3:-Space/Enter show answer}"
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 1; }
./cuecard --version >/dev/null   # builds the jar if needed
sock="cuecard-bench-$$"
data="$(mktemp -d)"
# A cache dir of our own, so the launcher's class-data sharing archive is written by a study run (the archive holds
# the classes of the run that created it) and not by some earlier command.
export XDG_CACHE_HOME="$(mktemp -d)"
trap 'tmux -u -L "$sock" kill-server 2>/dev/null || true; rm -rf "$data" "$XDG_CACHE_HOME"' EXIT
tmux -u -L "$sock" -f /dev/null new-session -d -s w -x 100 -y 30 \
  "env LANG=C.UTF-8 ./cuecard study '$deck' --lang en --data-dir '$data'; touch '$data/warm'; sleep 30"
until tmux -u -L "$sock" capture-pane -p -t w 2>/dev/null | grep -qF "$text"; do sleep 0.1; done
tmux -u -L "$sock" send-keys -t w q; sleep 0.3; tmux -u -L "$sock" send-keys -t w q
until [ -f "$data/warm" ]; do sleep 0.1; done
echo "CDS archive written by a study run: $(ls "$XDG_CACHE_HOME"/cuecard/ 2>/dev/null | head -n 1)"
times=()
floors=()
cpus=()
for i in $(seq 1 "$runs"); do
  tmux -u -L "$sock" kill-server 2>/dev/null || true
  sleep 0.2
  start=$(date +%s%N)
  tmux -u -L "$sock" -f /dev/null new-session -d -s b -x 100 -y 30 \
    "env LANG=C.UTF-8 ./cuecard study '$deck' --lang en --data-dir '$data'; sleep 30"
  while ! tmux -u -L "$sock" capture-pane -p -t b 2>/dev/null | grep -qF "$text"; do
    sleep 0.005
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then echo "run $i: no card after 20 s" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  # CPU time the JVM used until then (all its threads): less sensitive than wall time to a busy machine
  pid=$(pgrep -f -- "--data-dir $data" | while read -r p; do [ "$(cat /proc/"$p"/comm 2>/dev/null)" = java ] && echo "$p"; done | head -n 1)
  cpu=0
  if [ -n "$pid" ]; then
    read -r ut st < <(awk '{print $14, $15}' /proc/"$pid"/stat)
    cpu=$(( (ut + st) * 1000 / $(getconf CLK_TCK) ))
  fi
  cpus+=("$cpu")
  times+=("$ms")
  b0=$(date +%s%N); ./cuecard --version >/dev/null; b1=$(date +%s%N)
  base=$(( (b1 - b0) / 1000000 ))
  floors+=("$base")
  echo "run $i: ${ms} ms to the first card, ${cpu} ms of CPU (cuecard --version: ${base} ms)"
done
median() {
  sort -n | awk -v what="$1" '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
    printf "%s: median %d ms over %d runs (min %d, max %d)\n", what, m, NR, a[1], a[NR]}'
}
printf '%s\n' "${times[@]}" | median "first card on screen"
printf '%s\n' "${cpus[@]}" | median "CPU time of the JVM by then"
printf '%s\n' "${floors[@]}" | median "cuecard --version"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
