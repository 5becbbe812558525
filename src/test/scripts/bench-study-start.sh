#!/usr/bin/env bash
# Time from `./cuecard study DECK` to the first card on screen, in a detached tmux pane polled with capture-pane.
# Usage: src/test/scripts/bench-study-start.sh [RUNS] [DECK] [TEXT-OF-FIRST-CARD]
# Needs tmux and a built jar (./cuecard builds it when missing). Prints each run and the median in milliseconds.
# The polling adds up to ~5 ms per run; the first run also writes the CDS archive unless CUECARD_NO_CDS is set.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-10}"
deck="${2:-decks/spaced-repetition.yaml}"
text="${3:-Space/Enter show answer}"
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 1; }
./cuecard --version >/dev/null   # builds the jar if needed and warms the CDS archive
sock="cuecard-bench-$$"
data="$(mktemp -d)"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$data"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  tmux -L "$sock" kill-server 2>/dev/null || true
  sleep 0.2
  start=$(date +%s%N)
  tmux -L "$sock" -f /dev/null new-session -d -s b -x 100 -y 30 \
    "env LANG=C.UTF-8 ./cuecard study '$deck' --lang en --data-dir '$data'; sleep 30"
  while ! tmux -L "$sock" capture-pane -p -t b 2>/dev/null | grep -qF "$text"; do
    sleep 0.005
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then echo "run $i: no card after 20 s" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "median: %d ms over %d runs (min %d, max %d)\n", m, NR, a[1], a[NR]}'
