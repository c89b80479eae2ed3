// Issue 6 (directory): one field rule for the API and the HSDS import, no takeover of another
// organization's data by import, filters not reachable from user text, /api/hsds/services?search=
// ranked like the practitioner search, one search text limit (200 characters) on every route.
//
// Reruns against the same database: every record made here has fresh ids and a uniq() word.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { as, assertError, assertList, findOrg, uniq } from './helpers.mjs';

let admin;
let manager;
let mfmn;

before(async () => {
  admin = await as('admin');
  manager = await as('manager');
  mfmn = await findOrg(admin, 'Maison de la famille de Montréal-Nord');
});

/** A fresh UUID whose first hex digit is `first`, so tests can choose how ids sort. */
const idStartingWith = (first) => first + randomUUID().slice(1);

async function importHsds(client, records, query = {}) {
  const res = await client.post('directory/import', records, { query });
  assert.equal(res.status, 200, `import: ${res.describe()}`);
  return res.json;
}

const hsdsService = async (id) => admin.get(`/api/hsds/services/${id}`);

test('the API refuses a javascript: link, a non-http website and numbers out of range, never a 500', async () => {
  const base = { organization_id: mfmn.id, name_fr: uniq('Lien') };
  assertError(await manager.post('directory/services', { ...base, url: 'javascript:alert(1)' }), 422,
    'validation_failed', ['url']);
  assertError(await manager.post('directory/services', { ...base, email: 'a b@c' }), 422, 'validation_failed', ['email']);
  assertError(await manager.post('directory/services', { ...base, minimum_age: 1e308 }), 422, 'validation_failed',
    ['minimum_age']);
  for (const number of ['0e400', '-1e400', '1e400']) {
    const raw = `{"organization_id":"${mfmn.id}","name_fr":"${uniq('Age')}","maximum_age":${number}}`;
    const res = await manager.post('directory/services', raw, { headers: { 'content-type': 'application/json' } });
    assertError(res, 422, 'validation_failed', ['maximum_age']);
  }
  assertError(await admin.patch(`organizations/${mfmn.id}`, { website: 'javascript:alert(1)' }), 422,
    'validation_failed', ['website']);
  assertError(await admin.patch(`organizations/${mfmn.id}`, { email: 'pas-un-courriel@' }), 422, 'validation_failed',
    ['email']);
  // What a person types by mistake in the forms (issue 8, item 11).
  for (const email of ['jean@@exemple', 'a@b']) {
    assertError(await admin.patch(`organizations/${mfmn.id}`, { email }), 422, 'validation_failed', ['email']);
  }
  const phone = await admin.patch(`organizations/${mfmn.id}`, { phone: 'abc' });
  assertError(phone, 422, 'validation_failed', ['phone']);
  const message = phone.json.error.fields.find((f) => f.field === 'phone');
  assert.match(message.message_fr, /téléphone/);
  assert.match(message.message_en, /phone/);
});

test('an import refuses the same values, names the field in French and English and stores nothing', async () => {
  const org = { id: randomUUID(), name: uniq('Org importé') };
  const records = [
    { id: randomUUID(), name: 'Lien', status: 'active', url: 'javascript:alert(1)', organization: org },
    { id: randomUUID(), name: 'Site', status: 'active', organization: { ...org, website: 'javascript:alert(2)' } },
    { id: randomUUID(), name: 'Âge', status: 'active', minimum_age: 1e308, organization: org },
  ];
  const report = await importHsds(admin, records);
  assert.equal(report.imported, 0, JSON.stringify(report));
  assert.deepEqual(report.rejected.map((r) => r.field), ['url', 'organization.website', 'minimum_age']);
  for (const r of report.rejected) assert.ok(r.reason_fr && r.reason_en, JSON.stringify(r));
  for (const r of records) assert.equal((await hsdsService(r.id)).status, 404, 'nothing stored');
  assert.equal((await admin.get(`/api/hsds/organizations/${org.id}`)).status, 404, 'no organization either');
});

test('an import never moves a service or rewrites a location of another organization unless asked', async () => {
  const orgA = { id: randomUUID(), name: uniq('Org A') };
  const orgB = { id: randomUUID(), name: uniq('Org B') };
  const serviceA = randomUUID();
  const serviceB = randomUUID();
  const locationB = randomUUID();
  const addressId = randomUUID();
  // Complete HSDS addresses: the conformance suite validates every exported service afterwards.
  const at = (address) => [{
    location: {
      id: locationB, name: 'Local B', location_type: 'physical',
      addresses: [{ id: addressId, location_id: locationB, address_1: address, city: 'Laval', postal_code: 'H7N 1A1',
        state_province: 'QC', country: 'CA', address_type: 'physical' }],
    },
  }];
  let report = await importHsds(admin, [
    { id: serviceB, name: 'Service B', status: 'active', organization: orgB, service_at_locations: at('1 rue B') },
    { id: serviceA, name: 'Service A', status: 'active', organization: orgA },
  ]);
  assert.equal(report.imported, 2, JSON.stringify(report));

  const takeover = [
    { id: serviceB, name: 'TAKEN OVER', status: 'active', organization_id: orgA.id },
    { id: serviceA, name: 'Service A', status: 'active', organization_id: orgA.id, service_at_locations: at('666 rue Volée') },
  ];
  report = await importHsds(admin, takeover);
  assert.equal(report.updated, 0, JSON.stringify(report));
  assert.deepEqual(report.rejected.map((r) => [r.id, r.field]),
    [[serviceB, 'organization_id'], [serviceA, 'service_at_locations.location.id']]);
  assert.deepEqual(report.reassigned, []);
  let b = (await hsdsService(serviceB)).json;
  assert.equal(b.organization_id, orgB.id);
  assert.equal(b.name, 'Service B');
  assert.equal(b.service_at_locations[0].location.addresses[0].address_1, '1 rue B');

  report = await importHsds(admin, takeover, { allow_reassign: 'true' });
  assert.deepEqual(report.rejected, [], JSON.stringify(report));
  assert.equal(report.updated, 2);
  assert.deepEqual(report.reassigned.map((r) => [r.kind, r.id, r.from_organization_id, r.to_organization_id]), [
    ['service', serviceB, orgB.id, orgA.id],
    ['location', locationB, orgB.id, orgA.id],
  ]);
  b = (await hsdsService(serviceB)).json;
  assert.equal(b.organization_id, orgA.id);
  assert.equal(b.name, 'TAKEN OVER');
  assertError(await admin.post('directory/import', [], { query: { allow_reassign: 'yes' } }), 400, 'bad_query',
    ['allow_reassign']);
});

test('filter words written in a description do not make a service free or speak a language', async () => {
  const word = uniq('zzfaux').replaceAll('-', '');
  const res = await manager.post('directory/services', {
    organization_id: mfmn.id, name_fr: `Paniers ${word}`, is_free: false, language_codes: ['fr'], status: 'active',
    description_fr: 'zzfree zzlangzh zzday6 — gratuit, dit-on',
  });
  assert.equal(res.status, 201, res.describe());
  const ids = async (query) => assertList(await manager.get('directory/search', { query: { q: word, ...query } }))
    .items.map((x) => x.id);
  assert.deepEqual(await ids({}), [res.json.id]);
  assert.deepEqual(await ids({ free: 'true' }), []);
  assert.deepEqual(await ids({ language: 'zh' }), []);
  assert.deepEqual(await ids({ open_on: 'sat' }), []);
  await manager.post(`directory/services/${res.json.id}/verification`);
});

test('/api/hsds/services?search= puts the best match first, the same way on both engines', async () => {
  const word = uniq('rangement').replaceAll('-', '');
  const org = { id: randomUUID(), name: uniq('Org rang') };
  // Ids sort opposite to the expected order, so an order by id cannot pass.
  const best = { id: idStartingWith('f'), name: `Atelier ${word}`, status: 'active', organization: org };
  const second = { id: idStartingWith('8'), name: 'Bibliothèque', description: `Le ${word} des livres`,
    status: 'active', organization: org };
  const third = { id: idStartingWith('0'), name: 'Cuisine', description: `Le ${word} des chaudrons`,
    status: 'active', organization: org };
  const report = await importHsds(admin, [third, second, best]);
  assert.equal(report.imported, 3, JSON.stringify(report));
  const page = (await admin.get('/api/hsds/services', { query: { search: word } })).json;
  assert.deepEqual(page.contents.map((s) => s.name), [best.name, second.name, third.name]);
  const ordered = (await admin.get('/api/hsds/services', { query: { search: `${word} cuisine` } })).json;
  assert.deepEqual(ordered.contents.map((s) => s.name), ['Cuisine']);
});

test('one search text limit: 200 characters (accented ones too) accepted, 201 refused, on every search route', async () => {
  const ok = 'é'.repeat(200);
  const tooLong = 'é'.repeat(201);
  const routes = [
    ['directory/search', 'q'],
    ['/api/hsds/services', 'search'],
    ['/api/hsds/organizations', 'search'],
    ['organizations', 'q'],
    ['territories', 'q'],
    ['programs', 'q'],
    ['users', 'q'],
  ];
  for (const [path, name] of routes) {
    const accepted = await admin.get(path, { query: { [name]: ok } });
    assert.equal(accepted.status, 200, `${path}?${name}= 200 characters: ${accepted.describe()}`);
    assertError(await admin.get(path, { query: { [name]: tooLong } }), 400, 'bad_query', [name]);
  }
});
