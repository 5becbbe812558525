// Like the oracle's replay.mjs but with fuzz on, seeded as cuecard seeds it: ts-fsrs's own card-id seed strategy
// (the seed text is card_id + review count) with card_id = the signed 64-bit FNV-1a hash of the history id
// (cuecard's CardSeed.of(String)) folded to 31 bits: (h ^ (h >>> 32)) & 0x7fffffff.
// Prints the packed golden format of fsrs-golden-pack.mjs, or with FORMAT=lines one line per review as replay.mjs
// prints them. Run it from the oracle folder (it imports ts-fsrs):
//   cp fsrs-fuzz-replay.mjs /tmp/fsrs-oracle/ && cd /tmp/fsrs-oracle && node fsrs-fuzz-replay.mjs < histories.jsonl
import { fsrs, generatorParameters, createEmptyCard, State, StrategyMode, GenSeedStrategyWithCardId } from 'ts-fsrs';
import { createInterface } from 'node:readline';

const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true, enable_short_term: true,
  learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
f.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));

const fnv = (text) => {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) { h ^= BigInt(b); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; }
  return h;
};
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, reviews } = JSON.parse(line);
  const h = fnv(id);
  const seed = BigInt.asIntN(64, h).toString();
  let card = { ...createEmptyCard(new Date(reviews[0].at)), card_id: Number((h ^ (h >> 32n)) & 0x7fffffffn) };
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
  console.log(JSON.stringify({ id, seed, card_id: card.card_id, r: reviews.map((v) => [v.rating, Date.parse(v.at)]), x }));
}
