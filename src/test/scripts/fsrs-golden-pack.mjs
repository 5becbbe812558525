// Packs histories and the oracle's replay of them into one compact line per history (the golden test fixture):
// {"id", "r": [[rating, at-millis], ...], "x": [[state, stability, difficulty, scheduled_days, due-millis], ...]}
// usage: node fsrs-golden-pack.mjs histories.jsonl expected.jsonl > golden.jsonl
import { readFileSync } from 'node:fs';
const lines = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const expected = new Map();
for (const e of lines(process.argv[3])) {
  if (!expected.has(e.id)) expected.set(e.id, []);
  expected.get(e.id)[e.n] = [e.state, e.stability, e.difficulty, e.scheduled_days, Date.parse(e.due)];
}
for (const h of lines(process.argv[2])) {
  console.log(JSON.stringify({ id: h.id, r: h.reviews.map((r) => [r.rating, Date.parse(r.at)]), x: expected.get(h.id) }));
}
