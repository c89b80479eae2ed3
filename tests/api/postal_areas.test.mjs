// Issue 8 item 9: "near" tells a malformed postal code from an area Filet does not know, and an
// admin loads postal-area centroids from a CSV (all or nothing, every rejected row reported).
//
// Reruns against the same database: the areas loaded here are X-prefixed codes no real place
// uses (X0A–X0C are Nunavut's), moved on each run, so the counts are read before and after.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError } from './helpers.mjs';

const DIR = 'directory';
let admin;
let practitioner;

before(async () => {
  admin = await as('admin');
  practitioner = await as('practitioner');
});

const known = async () => {
  const res = await admin.get(`${DIR}/postal-areas`);
  assert.equal(res.status, 200, res.describe());
  return res.json.known_areas;
};

test('a malformed postal code and an unknown area get different messages, in French and English', async () => {
  const malformed = await practitioner.get(`${DIR}/search`, { query: { near: '12345' } });
  assertError(malformed, 400, 'bad_query', ['near']);
  const m = malformed.json.error.fields[0];
  assert.match(m.message_fr, /n’est pas un code postal canadien/);
  assert.match(m.message_en, /is not a Canadian postal code/);

  const unknown = await practitioner.get(`${DIR}/search`, { query: { near: 'V5K 0A1' } });
  assertError(unknown, 400, 'bad_query', ['near']);
  const u = unknown.json.error.fields[0];
  assert.match(u.message_fr, /ne connaît pas encore la région postale V5K/);
  assert.match(u.message_en, /does not know the postal area V5K/);
});

test('an admin loads areas from a CSV, then a postal code of a loaded area sorts by distance', async () => {
  const before = await known();
  const lat = (45 + Math.random() / 10).toFixed(4);
  const csv = `fsa,latitude,longitude\r\nX0A,${lat},-73.6\r\nX0B,45.55,-73.65\r\n`;
  const res = await admin.post(`${DIR}/postal-areas`, { file_name: 'nunavut.csv', csv });
  assert.equal(res.status, 200, res.describe());
  assert.equal(res.json.applied, true);
  assert.equal(res.json.added + res.json.updated, 2);
  assert.deepEqual(res.json.rejected, []);
  assert.equal(res.json.known_areas, before + res.json.added);

  const search = await practitioner.get(`${DIR}/search`, { query: { near: 'x0a 1a1', per_page: 5 } });
  assert.equal(search.status, 200, search.describe());
  assert.ok(search.json.items.some((s) => typeof s.distance_km === 'number'), 'distances are given');
});

test('a file with a bad row changes nothing and lists every rejected row with its line and reason', async () => {
  const before = await known();
  const csv = 'fsa,latitude,longitude\nX0C,45.5,-73.6\n12345,45.5,-73.6\nH3A,abc,-73.5\nH3B,45.5,73.5\n';
  const res = await admin.post(`${DIR}/postal-areas`, { file_name: 'bad.csv', csv });
  assert.equal(res.status, 200, res.describe());
  assert.equal(res.json.applied, false);
  assert.deepEqual(res.json.rejected.map((r) => [r.line, r.field]), [[3, 'fsa'], [4, 'latitude'], [5, 'longitude']]);
  for (const r of res.json.rejected) assert.ok(r.reason_fr && r.reason_en, JSON.stringify(r));
  assert.equal(await known(), before, 'nothing was loaded');
  const x0c = await practitioner.get(`${DIR}/search`, { query: { near: 'X0C' } });
  assert.equal(x0c.status, 400, 'X0C, on the refused file, stays unknown');
});

test('a file without the needed columns, an empty body or a non-admin is refused with a clear error', async () => {
  assertError(await admin.post(`${DIR}/postal-areas`, { csv: 'code,lat\nH2X,45\n' }), 422, 'validation_failed',
    ['fsa', 'longitude']);
  assertError(await admin.post(`${DIR}/postal-areas`, { csv: '' }), 422, 'validation_failed', ['csv']);
  assertError(await admin.post(`${DIR}/postal-areas`, { csv: 'fsa,latitude,longitude\n"H2X,1\n' }), 422,
    'validation_failed');
  assertError(await admin.post(`${DIR}/postal-areas`, { csv: 'x', extra: 1 }), 422);
  assertError(await practitioner.post(`${DIR}/postal-areas`, { csv: 'fsa,latitude,longitude\nX0A,45,-73\n' }), 403,
    'forbidden');
});
