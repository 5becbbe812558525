// Scores a parameter vector on histories with the fsrs-rs binding's own evaluator, so our fitted parameters and
// fsrs-rs's can be compared by one yardstick.
// usage: node fsrs-evaluate.mjs W0,W1,...,W20 < histories.jsonl   (run from the oracle folder after npm install)
// stdout: {"log_loss", "rmse_bins"}
import * as B from '@open-spaced-repetition/binding';
import { createInterface } from 'node:readline';

const w = process.argv[2].split(',').map(Number);
const items = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const reviews = JSON.parse(line).reviews.map(r => new B.FSRSBindingReview(r.rating, r.delta_days));
  // one item per review at least a day after the one before, as Anki and cuecard build them (an item whose
  // reviews are all on one day has no long-term review, and the binding aborts on it)
  for (let k = 2; k <= reviews.length; k++) {
    if (reviews[k - 1].deltaT > 0) items.push(new B.FSRSBindingItem(reviews.slice(0, k)));
  }
}
const fit = new B.FSRSBinding(w).evaluate(items);
console.log(JSON.stringify({ log_loss: fit.logLoss, rmse_bins: fit.rmseBins }));
