// POST /api/v1/batch: what a phone's outbox recorded offline, sent as one request (docs/api.md,
// "Batch"). Each item goes through its own route (same rules, scope and audit as alone), in its
// own savepoint, in order; a resend records nothing twice; a malformed envelope runs nothing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { as, assertError, uniq } from './helpers.mjs';

const today = new Date().toISOString().slice(0, 10);
let practitioner;
let managerSL;
let admin;

const outreach = (place, extra = {}) => ({
  entry_date: today, duration_minutes: 20, place, place_type: 'park', strategy: 'parks', parents_reached: 1,
  fathers_reached: 0, children_seen: 0, new_families: 0, efficacy: 3, ...extra,
});
const item = (method, path, body) => ({ method, path: `/api/v1/${path}`, body });
const total = async (client, path, query) => (await client.get(path, { query: { ...query, per_page: 1 } })).json.total;

before(async () => {
  [practitioner, managerSL, admin] = await Promise.all(['practitioner', 'managerSL', 'admin'].map((r) => as(r)));
});

test('a family, its contact and an outreach entry in one batch, in order; sent again, nothing twice', async () => {
  const place = uniq('Parc en lot');
  const family = randomUUID();
  const items = [
    item('POST', 'families', { id: family, adults: 2, outreach_strategy: 'parks' }),
    item('POST', 'family-contacts', { id: randomUUID(), family_id: family, contact_date: today, mode: 'in_community', initiated_by: 'worker' }),
    item('POST', 'journal/outreach', { id: randomUUID(), ...outreach(place) }),
  ];
  const res = await practitioner.post('batch', { items });
  assert.equal(res.status, 200, res.describe());
  assert.deepEqual(res.json.results.map((r) => r.status), [201, 201, 201]);
  assert.equal(res.json.results[0].body.id, family);
  assert.match(res.json.results[0].body.code, /^[A-Z]{4}-[2-9]{2}$/, 'Filet made the family its code');
  assert.equal(res.json.results[1].body.family_id, family, 'the contact found the family made just before it');

  const again = await practitioner.post('batch', { items });
  assert.deepEqual(again.json.results.map((r) => r.status), [201, 201, 201]);
  assert.equal(again.json.results[0].body.code, res.json.results[0].body.code, 'the first record is answered');
  assert.equal(await total(practitioner, 'journal/outreach', { q: place }), 1);
  assert.equal(await total(practitioner, 'family-contacts', { family_id: family }), 1);
});

test('an item refused by its route changes nothing and the others go on; its error names the field', async () => {
  const place = uniq('Parc refusé en lot');
  const res = await practitioner.post('batch', {
    items: [
      item('POST', 'journal/outreach', { id: randomUUID(), ...outreach(place, { parents_reached: -3 }) }),
      item('POST', 'journal/outreach', { id: randomUUID(), ...outreach(place) }),
      item('PATCH', `journal/outreach/${randomUUID()}`, { note: 'introuvable' }),
    ],
  });
  assert.equal(res.status, 200, res.describe());
  const [bad, good, missing] = res.json.results;
  assert.equal(bad.status, 422);
  assertError({ status: bad.status, json: bad.body, headers: null, describe: () => JSON.stringify(bad) }, 422, 'validation_failed', ['parents_reached']);
  assert.equal(good.status, 201);
  assert.equal(missing.status, 404);
  assert.equal(await total(practitioner, 'journal/outreach', { q: place }), 1);
});

test('an edit made against an old version is a 409 with the current record; nothing is overwritten', async () => {
  const made = await practitioner.post('journal/outreach', outreach(uniq('Parc versionné'), { note: 'première' }));
  assert.equal(made.status, 201, made.describe());
  const path = `journal/outreach/${made.json.id}`;
  assert.equal((await practitioner.patch(path, { note: 'deuxième', version: 1 })).status, 200);
  const res = await practitioner.post('batch', { items: [item('PATCH', path, { note: 'hors ligne', version: 1 })] });
  const [stale] = res.json.results;
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'version_conflict');
  assert.equal(stale.body.error.current.note, 'deuxième');
  assert.equal((await practitioner.get(path)).json.note, 'deuxième');
  const kept = await practitioner.post('batch', { items: [item('PATCH', path, { note: 'hors ligne', version: 2 })] });
  assert.equal(kept.json.results[0].status, 200);
  assert.equal(kept.json.results[0].body.version, 3);
});

test('each item keeps its own route’s rules: another organization’s family is not found', async () => {
  const family = await practitioner.post('families', { adults: 1 });
  assert.equal(family.status, 201, family.describe());
  const res = await managerSL.post('batch', {
    items: [item('PATCH', `families/${family.json.id}`, { adults: 5 }),
      item('POST', 'family-contacts', { id: randomUUID(), family_id: family.json.id, contact_date: today, mode: 'in_community', initiated_by: 'worker' })],
  });
  assert.equal(res.status, 200, res.describe());
  assert.equal(res.json.results[0].status, 404);
  assert.ok([404, 422].includes(res.json.results[1].status), JSON.stringify(res.json.results[1]));
  assert.equal((await practitioner.get(`families/${family.json.id}`)).json.adults, 1);
  assertError(await admin.post('batch', { items: [item('POST', 'journal/outreach', outreach('x'))] }), 403, 'forbidden');
});

test('a malformed batch names what is wrong and runs nothing', async () => {
  const place = uniq('Parc jamais écrit');
  const good = item('POST', 'journal/outreach', { id: randomUUID(), ...outreach(place) });
  assertError(await practitioner.post('batch', {}), 422, 'validation_failed', ['items']);
  assertError(await practitioner.post('batch', { items: 'tout' }), 422, 'validation_failed', ['items']);
  assertError(await practitioner.post('batch', { items: [], extra: 1 }), 422, 'validation_failed', ['items', 'extra']);
  assertError(await practitioner.post('batch', { items: Array(101).fill(good) }), 422, 'validation_failed', ['items']);
  const e = assertError(await practitioner.post('batch', {
    items: [good,
      item('DELETE', `families/${randomUUID()}`, {}),
      item('PUT', `families/${randomUUID()}/identity`, { names: 'X' }),
      item('POST', 'users', { name: 'x' }),
      item('POST', 'batch', { items: [] }),
      { method: 'POST', path: '/api/v1/journal/outreach', body: 'texte', extra: true },
      7],
  }), 422, 'validation_failed', ['items[1].method', 'items[2].path', 'items[3].path', 'items[4].path', 'items[5].body', 'items[5].extra', 'items[6]']);
  assert.match(e.fields.find((f) => f.field === 'items[2].path').message_fr, /items\[2\]\.path/);
  assert.equal(await total(practitioner, 'journal/outreach', { q: place }), 0, 'nothing ran');
  assertError(await practitioner.post('batch', 'pas un objet'), [400, 422], 'malformed_json');
});
