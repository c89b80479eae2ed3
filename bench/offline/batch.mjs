// The server's side of the reconnect time, without a browser: N outreach creates (500) sent one
// request each (POST /api/v1/journal/outreach, one after the other, as the outbox sent them before
// batches), then N more in batches of 50 (POST /api/v1/batch, as the outbox sends them now), on
// the same server. Prints both times; figures only, never asserted. Needs FILET_URL (a demo server).
import { randomUUID } from 'node:crypto';
import { as, uniq } from '../../tests/api/helpers.mjs';

const N = Number(process.env.ENTRIES || 500);
const SIZE = 50;
const today = new Date().toISOString().slice(0, 10);
const api = await as('practitioner');
const entry = (place) => ({
  id: randomUUID(), entry_date: today, duration_minutes: 20, place, place_type: 'park', strategy: 'parks',
  parents_reached: 1, fathers_reached: 0, children_seen: 0, new_families: 0, efficacy: 3,
});

const onePlace = uniq('Banc un par un');
let t0 = performance.now();
for (let i = 0; i < N; i++) {
  const res = await api.post('journal/outreach', entry(onePlace));
  if (res.status !== 201) throw new Error(res.describe());
}
const oneMs = performance.now() - t0;

const batchPlace = uniq('Banc par lots');
t0 = performance.now();
for (let i = 0; i < N; i += SIZE) {
  const items = Array.from({ length: Math.min(SIZE, N - i) }, () => ({ method: 'POST', path: '/api/v1/journal/outreach', body: entry(batchPlace) }));
  const res = await api.post('batch', { items });
  if (res.status !== 200 || res.json.results.some((r) => r.status !== 201)) throw new Error(res.describe());
}
const batchMs = performance.now() - t0;

console.log(`| creates | one request each | batches of ${SIZE} | ratio |`);
console.log(`| ---: | ---: | ---: | ---: |`);
console.log(`| ${N} | ${(oneMs / 1000).toFixed(2)} s (${(oneMs / N).toFixed(1)} ms each) | ${(batchMs / 1000).toFixed(2)} s (${(batchMs / N).toFixed(1)} ms each) | ${(oneMs / batchMs).toFixed(1)}× |`);
