// HSDS import: a lossless round trip of the whole export, the official full example, and bad
// input reported row by row (non-strict imports the good rows; strict imports nothing).
// The tests in this file run in order and create fresh UUIDs, so the file can rerun against the
// same server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  asAdmin, assertValid, EXAMPLES_DIR, exportServices, freshIds, importHsds, importReport, normalize,
  randomUUID, readJson, serviceCount,
} from './lib.mjs';

const byId = (list) => new Map(list.map((s) => [s.id, s]));

test('round trip: export → import → export gives the same services', async () => {
  const c = await asAdmin();
  const first = await exportServices(c);
  assert.ok(first.length > 0, 'nothing exported');

  const res = await importHsds(c, first);
  assert.equal(res.status, 200, `import: ${res.describe()}`);
  const report = importReport(res);
  assert.deepEqual(report.rejected, [], `rejected rows: ${JSON.stringify(report.rejected).slice(0, 800)}`);
  assert.equal(report.imported, 0, 'the exported services already exist: nothing new to import');
  assert.equal(report.updated, first.length, 'every exported service is updated');

  // Other suites may add services meanwhile: compare the services of the first export only.
  const second = byId(await exportServices(c));
  for (const s of first) {
    const again = second.get(s.id);
    assert.ok(again, `service ${s.id} (${s.name}) disappeared after the round trip`);
    assert.deepEqual(normalize(again), normalize(s), `service ${s.id} (${s.name}) changed in the round trip`);
  }
});

test('import of the official service_full.json example, then its re-export validates', async () => {
  const c = await asAdmin();
  const example = freshIds(readJson(path.join(EXAMPLES_DIR, 'service_full.json')));
  const before = await serviceCount(c);

  const res = await importHsds(c, [example]);
  assert.equal(res.status, 200, `import: ${res.describe()}`);
  const report = importReport(res);
  assert.deepEqual(report.rejected, [], `rejected: ${JSON.stringify(report.rejected)}`);
  assert.equal(report.imported, 1);
  assert.equal(report.updated, 0);
  assert.ok((await serviceCount(c)) >= before + 1, 'service count did not grow');

  const s = await c.json(`/api/hsds/services/${example.id}`);
  assertValid('service.json', s, 'imported service_full');
  assert.equal(s.name, example.name);
  assert.equal(s.status, example.status);
  const orgId = example.organization_id || example.organization.id;
  const o = await c.json(`/api/hsds/organizations/${orgId}`);
  assertValid('organization.json', o, 'organization of the imported service_full');

  const exported = (await exportServices(c)).find((x) => x.id === example.id);
  assert.ok(exported, 'the imported service is not in the export');
  assertValid('service.json', exported, 're-exported service_full');
  assert.equal(exported.name, example.name);
  assert.equal(exported.description, example.description);
});

test('import of a single service object (not wrapped in an array)', async () => {
  const c = await asAdmin();
  const example = freshIds(readJson(path.join(EXAMPLES_DIR, 'service_full.json')));
  const res = await importHsds(c, example);
  assert.equal(res.status, 200, `import: ${res.describe()}`);
  const report = importReport(res);
  assert.deepEqual(report.rejected, []);
  assert.equal(report.imported, 1);
  assertValid('service.json', await c.json(`/api/hsds/services/${example.id}`), 'imported single object');
});

/** One valid new service and three invalid ones (indexes 1, 2, 3). */
async function badBatch(c) {
  const orgs = await c.json('/api/hsds/organizations?page=1&per_page=1');
  assert.ok(orgs.contents.length > 0, 'no organization to attach the test service to');
  const org = orgs.contents[0].id;
  const tag = randomUUID().slice(0, 8);
  return [
    { id: randomUUID(), organization_id: org, name: `Service d'essai HSDS ${tag}`, status: 'active',
      description: 'Service créé par les tests HSDS.' },
    { id: randomUUID(), organization_id: org, status: 'active', description: 'Sans nom' },
    { id: randomUUID(), organization_id: org, name: `Statut invalide ${tag}`, status: 'maybe' },
    { id: randomUUID(), organization_id: randomUUID(), name: `Organisme inconnu ${tag}`, status: 'active' },
  ];
}

function assertRejects(report, batch) {
  assert.ok(Array.isArray(report.rejected), 'no rejected list');
  assert.equal(report.rejected.length, 3, `rejected: ${JSON.stringify(report.rejected)}`);
  const byIndex = new Map(report.rejected.map((r) => [r.index, r]));
  for (const i of [1, 2, 3]) {
    const r = byIndex.get(i);
    assert.ok(r, `row ${i} is not reported (rejected: ${JSON.stringify(report.rejected)})`);
    assert.equal(r.id, batch[i].id, `rejected row ${i}: id`);
    assert.ok(typeof r.reason_fr === 'string' && r.reason_fr.trim().length > 0, `row ${i}: reason_fr`);
    assert.ok(typeof r.reason_en === 'string' && r.reason_en.trim().length > 0, `row ${i}: reason_en`);
    assert.notEqual(r.reason_fr, r.reason_en, `row ${i}: reason_fr is not French`);
  }
  assert.ok(!byIndex.has(0), 'the valid row was rejected');
}

test('bad input, strict: nothing imported, every bad row reported', async () => {
  const c = await asAdmin();
  const batch = await badBatch(c);
  const before = await serviceCount(c);
  const res = await importHsds(c, batch, true);
  assert.ok([200, 422].includes(res.status), `strict import: ${res.describe()}`);
  const report = importReport(res);
  assertRejects(report, batch);
  if ('imported' in report) assert.equal(report.imported, 0, 'strict import imported something');
  if ('updated' in report) assert.equal(report.updated, 0);
  assert.equal(await serviceCount(c), before, 'service count changed');
  for (const s of batch) {
    const r = await c.get(`/api/hsds/services/${s.id}`);
    assert.equal(r.status, 404, `service ${s.id} exists after a rejected strict import: ${r.describe()}`);
  }

  // The same body, not strict: the valid row goes in, the three others are reported.
  const res2 = await importHsds(c, batch, false);
  assert.equal(res2.status, 200, `non-strict import: ${res2.describe()}`);
  const report2 = importReport(res2);
  assert.equal(report2.imported, 1);
  assert.equal(report2.updated, 0);
  assertRejects(report2, batch);
  assert.equal(await serviceCount(c), before + 1);
  const good = await c.json(`/api/hsds/services/${batch[0].id}`);
  assertValid('service.json', good, 'imported valid row');
  assert.equal(good.name, batch[0].name);
  for (const s of batch.slice(1)) assert.equal((await c.get(`/api/hsds/services/${s.id}`)).status, 404);
});

test('bad input, not strict, on a fresh batch', async () => {
  const c = await asAdmin();
  const batch = await badBatch(c);
  const res = await importHsds(c, batch);
  assert.equal(res.status, 200, `import: ${res.describe()}`);
  const report = importReport(res);
  assert.equal(report.imported, 1);
  assertRejects(report, batch);
});

test('a body that is not HSDS is refused with a bilingual error and changes nothing', async () => {
  const c = await asAdmin();
  const before = await serviceCount(c);
  for (const body of ['{"services": 3', '42', '"text"']) {
    const res = await importHsds(c, body);
    assert.ok(res.status >= 400 && res.status < 500, `import ${body}: ${res.describe()}`);
    assert.ok(res.json && res.json.error && res.json.error.message_fr && res.json.error.message_en, res.describe());
  }
  assert.equal(await serviceCount(c), before);
});

test('import and export are for admins only', async () => {
  const { Client } = await import('./lib.mjs');
  const anon = new Client();
  assert.equal((await anon.get('/api/v1/directory/export')).status, 401);
  const practitioner = await new Client().login('intervention.mn@demo.filet');
  assert.equal((await practitioner.get('/api/v1/directory/export')).status, 403);
  const res = await practitioner.post('/api/v1/directory/import', []);
  assert.equal(res.status, 403, res.describe());
});
