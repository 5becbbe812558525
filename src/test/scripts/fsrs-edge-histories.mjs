// Writes review histories that stress the scheduler's corner cases, in the oracle's input format:
// same-day reviews minutes apart, reviews either side of UTC midnight, lapses, long gaps, every rating.
// usage: node fsrs-edge-histories.mjs CARDS [SEED] > histories.jsonl
const cards = Number(process.argv[2] || 1000);
let seed = Number(process.argv[3] || 11) >>> 0;
const rnd = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const MIN = 60000, HOUR = 60 * MIN, DAY = 24 * HOUR;
const gaps = [
  () => Math.floor(rnd() * 20 * MIN),                      // same learning session
  () => pick([1, 10, 15]) * MIN + Math.floor(rnd() * 5000), // on the learning steps
  () => HOUR + Math.floor(rnd() * 10 * HOUR),               // later the same day (or across midnight)
  () => 'midnight',                                          // just across the next UTC midnight
  () => Math.floor(1 + rnd() * 30) * DAY + Math.floor(rnd() * DAY),
  () => Math.floor(30 + rnd() * 400) * DAY + Math.floor(rnd() * DAY),
  () => Math.floor(1000 + rnd() * 9000) * DAY,               // years
];
for (let i = 0; i < cards; i++) {
  let t = Date.parse('2023-06-01T00:00:00Z') + Math.floor(rnd() * 400) * DAY + Math.floor(rnd() * DAY);
  if (rnd() < 0.2) t = t - (t % DAY) + DAY - Math.floor(rnd() * 10 * MIN) - 1; // start just before midnight
  const n = 1 + Math.floor(rnd() * 16);
  const style = rnd();
  const reviews = [];
  for (let k = 0; k < n; k++) {
    let rating;
    if (style < 0.25) rating = 1 + Math.floor(rnd() * 4);
    else if (style < 0.5) rating = rnd() < 0.35 ? 1 : pick([2, 3, 3, 4]);
    else rating = rnd() < 0.1 ? 1 : rnd() < 0.15 ? 2 : rnd() < 0.2 ? 4 : 3;
    reviews.push({ rating, at: new Date(t).toISOString() });
    const g = pick(gaps)();
    if (g === 'midnight') t = t - (t % DAY) + DAY + Math.floor(rnd() * 30 * MIN);
    else t += g;
  }
  console.log(JSON.stringify({ id: `e${i}`, reviews }));
}
