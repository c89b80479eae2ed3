// Issue 8 item 10: the public page of a service (no sign-in) that a worker gives a family as a QR
// code or a link — only for organizations that allow it, only what a family needs, and the
// setting changed by admins and the organization's own managers, audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, assertError, findOrg } from './helpers.mjs';

let admin;
let manager; // manages the Maison de la famille de Montréal-Nord (public pages on in the demo)
let managerSL;
let practitioner;
let mfmn;
let other;
let mfmnService;
let otherService;
const anonymous = new Client('anonymous');

const firstServiceOf = async (client, orgId) => {
  for (let page = 1; page < 20; page++) {
    const res = await client.get('directory/search', { query: { per_page: 100, page } });
    assert.equal(res.status, 200, res.describe());
    const hit = res.json.items.find((s) => s.organization.id === orgId);
    if (hit) return hit;
    if (res.json.items.length < 100) break;
  }
  throw new Error(`no service for ${orgId}`);
};

before(async () => {
  admin = await as('admin');
  manager = await as('manager');
  managerSL = await as('managerSL');
  practitioner = await as('practitioner');
  mfmn = await findOrg(admin, 'Maison de la famille de Montréal-Nord');
  other = await findOrg(admin, 'Bibliothèque');
  mfmnService = await firstServiceOf(admin, mfmn.id);
  otherService = await firstServiceOf(admin, other.id);
  // Whatever an earlier run left: the demo state (on for the Maison de la famille, off elsewhere).
  assert.equal((await admin.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: true })).status, 200);
  assert.equal((await admin.put(`directory/organizations/${other.id}/public-pages`, { enabled: false })).status, 200);
});

after(async () => {
  await admin.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: true });
});

test('anyone reads the public page of a service whose organization allows it, with nothing internal', async () => {
  const res = await anonymous.get(`/api/public/services/${mfmnService.id}`, { query: { lang: 'en' } });
  assert.equal(res.status, 200, res.describe());
  const page = res.json;
  assert.equal(page.id, mfmnService.id);
  assert.equal(page.lang, 'en');
  assert.equal(page.organization, mfmn.name);
  assert.ok(page.name && Array.isArray(page.phones) && Array.isArray(page.schedules) && Array.isArray(page.locations));
  for (const hidden of ['contacts', 'verified_by', 'verified_at', 'territory_ids', 'can_edit', 'organization_id', 'created_at'])
    assert.ok(!(hidden in page), `${hidden} is not on a public page`);
  assert.equal(typeof page.organization, 'string', 'the organization by name only, no id');
  for (const p of page.phones) assert.deepEqual(Object.keys(p).filter((k) => !['number', 'extension', 'type'].includes(k)), []);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});

test('a service of an organization that keeps its pages private, a missing service and a bad id are not found', async () => {
  assertError(await anonymous.get(`/api/public/services/${otherService.id}`), 404, 'not_found');
  assertError(await anonymous.get('/api/public/services/00000000-0000-4000-8000-00000000dead'), 404, 'not_found');
  assertError(await anonymous.get('/api/public/services/not-an-id'), 400);
  assertError(await anonymous.get(`/api/public/services/${mfmnService.id}`, { query: { lang: 'de' } }), 400, 'bad_query', ['lang']);
});

test('the organization’s manager turns public pages off and on; others may not; every change is audited', async () => {
  assert.deepEqual((await practitioner.get(`directory/organizations/${mfmn.id}/public-pages`)).json, { enabled: true });
  assertError(await practitioner.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: false }), 403, 'forbidden');
  assertError(await managerSL.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: false }), 403, 'forbidden');
  assertError(await anonymous.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: false }), 401);
  assertError(await manager.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: 'no' }), 422,
    'validation_failed', ['enabled']);
  assertError(await manager.put(`directory/organizations/${mfmn.id}/public-pages`, {}), 422, 'validation_failed', ['enabled']);
  assertError(await admin.put('directory/organizations/00000000-0000-4000-8000-00000000dead/public-pages',
    { enabled: true }), 404, 'not_found');

  const off = await manager.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: false });
  assert.equal(off.status, 200, off.describe());
  assert.deepEqual(off.json, { enabled: false });
  assertError(await anonymous.get(`/api/public/services/${mfmnService.id}`), 404, 'not_found');

  const on = await manager.put(`directory/organizations/${mfmn.id}/public-pages`, { enabled: true });
  assert.deepEqual(on.json, { enabled: true });
  assert.equal((await anonymous.get(`/api/public/services/${mfmnService.id}`)).status, 200);

  const audit = await admin.get('audit', { query: { entity: 'public_service_pages', per_page: 50 } });
  assert.equal(audit.status, 200, audit.describe());
  const mine = audit.json.items.filter((e) => e.entity_id === mfmn.id && e.user_email === manager.user.email);
  assert.ok(mine.length >= 2, `audited: ${JSON.stringify(audit.json.items.slice(0, 3))}`);
});
