// Writes the fixture FitMetricsOracleTest checks our log loss and RMSE(bins) against: fsrs-rs's own evaluation
// (the binding's FSRSBinding.evaluate, which is what `evaluate.mjs` and Anki's "evaluate" report) of review
// histories, with items built as cuecard and Anki build them: one item per review at least a day after the one
// before, its history being every review before it (same-day reviews included).
// usage (from the oracle folder after npm install):
//   node simulate.mjs 400 17 > /tmp/h.jsonl
//   node /path/to/fsrs-metrics-fixture.mjs /tmp/h.jsonl OUT.jsonl > OUT.expected.json
// Every fifth card gets a same-day review after its first one (a learning step), every seventh a same-day Good
// after each lapse (a relearning step), so the fixture has same-day reviews in histories but never as targets.
import * as B from '@open-spaced-repetition/binding';
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const lines = readFileSync(input, 'utf8').split('\n').filter(l => l.trim());
const histories = lines.map((line, i) => {
  const reviews = JSON.parse(line).reviews.map(r => ({ rating: r.rating, delta_days: r.delta_days }));
  const out = [];
  reviews.forEach((r, k) => {
    out.push(r);
    if (k === 0 && i % 5 === 0) out.push({ rating: 3, delta_days: 0 });
    if (k > 0 && r.rating === 1 && i % 7 === 0) out.push({ rating: 3, delta_days: 0 });
  });
  return { id: `c${i}`, reviews: out };
});
writeFileSync(output, histories.map(h => JSON.stringify(h)).join('\n') + '\n');

const items = [];
for (const h of histories) {
  const reviews = h.reviews.map(r => new B.FSRSBindingReview(r.rating, r.delta_days));
  for (let k = 2; k <= reviews.length; k++) {
    if (h.reviews[k - 1].delta_days > 0) items.push(new B.FSRSBindingItem(reviews.slice(0, k)));
  }
}
const vectors = {
  defaults: [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
  fitted: [0.2176, 1.344, 1.9454, 7.3938, 6.3566, 0.802, 3.0835, 0.001, 1.8475, 0.1651, 0.7916, 1.4574, 0.057,
    0.2297, 1.6988, 0.5954, 2.3562, 0.5425, 0.0912, 0.0658, 0.1415],
};
const result = { items: items.length, evaluations: [] };
for (const [name, w] of Object.entries(vectors)) {
  const fit = new B.FSRSBinding(w).evaluate(items);
  result.evaluations.push({ name, parameters: w, log_loss: fit.logLoss, rmse_bins: fit.rmseBins });
}
console.log(JSON.stringify(result));
