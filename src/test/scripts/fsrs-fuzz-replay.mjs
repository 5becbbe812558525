// Like the oracle's replay.mjs but with fuzz on, the fuzz seeded as cuecard seeds it: "<card seed>_<review count>",
// where the card seed is the signed 64-bit FNV-1a hash of the history id (cuecard's CardSeed.of(String)).
// Prints the packed golden format of fsrs-golden-pack.mjs, or with FORMAT=lines one line per review as replay.mjs
// prints them. Run it from the oracle folder (it imports ts-fsrs):
//   cp fsrs-fuzz-replay.mjs /tmp/fsrs-oracle/ && cd /tmp/fsrs-oracle && node fsrs-fuzz-replay.mjs < histories.jsonl
import { fsrs, generatorParameters, createEmptyCard, State, StrategyMode } from 'ts-fsrs';
import { createInterface } from 'node:readline';

const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true, enable_short_term: true,
  learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
f.useStrategy(StrategyMode.SEED, function () { return `${this.current.card_seed}_${this.current.reps}`; });

const fnv = (text) => {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) { h ^= BigInt(b); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; }
  return BigInt.asIntN(64, h).toString();
};
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, reviews } = JSON.parse(line);
  let card = { ...createEmptyCard(new Date(reviews[0].at)), card_seed: fnv(id) };
  const x = [];
  reviews.forEach((r, n) => {
    card = f.next(card, new Date(r.at), r.rating).card;
    x.push([State[card.state], card.stability, card.difficulty, card.scheduled_days, card.due.getTime()]);
    if (process.env.FORMAT === 'lines') {
      console.log(JSON.stringify({ id, n, state: State[card.state], stability: card.stability,
        difficulty: card.difficulty, scheduled_days: card.scheduled_days, due: card.due.toISOString() }));
    }
  });
  if (process.env.FORMAT === 'lines') continue;
  console.log(JSON.stringify({ id, seed: card.card_seed, r: reviews.map((v) => [v.rating, Date.parse(v.at)]), x }));
}
