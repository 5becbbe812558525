#!/usr/bin/env bash
# Checks `cuecard fsrs replay` against the oracle (ts-fsrs, ../shared/tools/fsrs-oracle) on fresh random histories:
# the oracle's simulated histories plus this repository's corner-case histories, replayed by both, compared line by
# line (state, scheduled_days and due exactly; stability and difficulty within 1e-4 relative).
# usage: src/test/scripts/fsrs-replay-check.sh [CARDS] [ORACLE_DIR]      (SEED=n to repeat a run)
# FUZZ=1 compares with fuzz on: ts-fsrs seeded as cuecard seeds it (fsrs-fuzz-replay.mjs) against `--fuzz`.
# The oracle folder must have had `npm install` (see its README); default /tmp/fsrs-oracle.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cards="${1:-2000}"
oracle="${2:-/tmp/fsrs-oracle}"
seed="${SEED:-$(( (RANDOM << 15) | RANDOM ))}"
[ -d "$oracle/node_modules/ts-fsrs" ] || { echo "no ts-fsrs in $oracle/node_modules: run npm install there" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

node "$oracle/simulate.mjs" "$cards" "$seed" > "$tmp/histories.jsonl"
node "$root/src/test/scripts/fsrs-edge-histories.mjs" "$cards" "$seed" >> "$tmp/histories.jsonl"
if [ "${FUZZ:-0}" = 1 ]; then
  cp "$root/src/test/scripts/fsrs-fuzz-replay.mjs" "$oracle/.cuecard-fuzz-replay.mjs"
  (cd "$oracle" && FORMAT=lines node .cuecard-fuzz-replay.mjs < "$tmp/histories.jsonl" > "$tmp/expected.jsonl")
  rm -f "$oracle/.cuecard-fuzz-replay.mjs"
  "$root/cuecard" fsrs replay --fuzz < "$tmp/histories.jsonl" > "$tmp/actual.jsonl"
else
  (cd "$oracle" && node replay.mjs < "$tmp/histories.jsonl" > "$tmp/expected.jsonl")
  "$root/cuecard" fsrs replay < "$tmp/histories.jsonl" > "$tmp/actual.jsonl"
fi

node - "$tmp/expected.jsonl" "$tmp/actual.jsonl" "$seed" <<'JS'
const { readFileSync } = require('node:fs');
const [exp, act, seed] = process.argv.slice(2);
const read = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const e = read(exp), a = read(act);
const close = (x, y) => Math.abs(x - y) <= 1e-4 * Math.abs(x);
let bad = 0, maxRel = 0, clamped = 0;
if (e.length !== a.length) { console.log(`line counts differ: oracle ${e.length}, cuecard ${a.length}`); bad++; }
for (let i = 0; i < Math.min(e.length, a.length); i++) {
  const x = e[i], y = a[i];
  for (const k of ['stability', 'difficulty']) maxRel = Math.max(maxRel, Math.abs(x[k] - y[k]) / Math.abs(x[k]));
  // ts-fsrs lets "good > hard" push an interval past the 36500-day maximum; cuecard clamps it as Anki does
  const over = x.scheduled_days > 36500 && y.scheduled_days === 36500
    && Date.parse(x.due) - Date.parse(y.due) === (x.scheduled_days - 36500) * 86400000;
  if (over) clamped++;
  const same = x.id === y.id && x.n === y.n && x.state === y.state
    && (over || (x.scheduled_days === y.scheduled_days && x.due === y.due))
    && close(x.stability, y.stability) && close(x.difficulty, y.difficulty);
  if (!same && bad++ < 10) console.log(`line ${i + 1}:\n  oracle  ${JSON.stringify(x)}\n  cuecard ${JSON.stringify(y)}`);
}
const ids = new Set(e.map((x) => x.id)).size;
console.log(`seed ${seed}: ${ids} histories, ${e.length} reviews; ${bad} differing, ${clamped} clamped to the maximum interval where ts-fsrs exceeds it; largest relative difference in S/D ${maxRel.toExponential(2)}`);
process.exit(bad ? 1 : 0);
JS
