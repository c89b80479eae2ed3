// The export and the HSDS read API (/api/hsds/...) answer HSDS 3.1 shapes.
// Needs a running server loaded with the demo (FILET_URL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asAdmin, assertValid, exportServices } from './lib.mjs';

test('GET /api/v1/directory/export: at least 300 services, each a valid HSDS service', async () => {
  const c = await asAdmin();
  const services = await exportServices(c);
  assert.ok(services.length >= 300, `only ${services.length} services exported`);
  const ids = new Set();
  for (const [i, s] of services.entries()) {
    assertValid('service.json', s, `export[${i}] ${s && s.name}`);
    assert.ok(!ids.has(s.id), `duplicate service id ${s.id}`);
    ids.add(s.id);
    assert.ok(s.organization_id || s.organization, `export[${i}] names no organization`);
  }
});

test('GET /api/hsds/services?page=1&per_page=5: Page envelope with valid list items', async () => {
  const c = await asAdmin();
  const page = await c.json('/api/hsds/services?page=1&per_page=5');
  assertValid('page.json', page, 'services page');
  assert.ok(Array.isArray(page.contents), 'contents is not an array');
  assert.ok(page.contents.length > 0 && page.contents.length <= 5, `contents has ${page.contents.length} items`);
  assert.equal(page.page_number, 1);
  assert.equal(page.first_page, true);
  assert.equal(page.empty, false);
  assert.ok(page.total_items >= page.contents.length);
  assert.equal(page.total_pages, Math.ceil(page.total_items / 5), 'total_pages');
  assert.ok([page.contents.length, 5].includes(page.size), `size ${page.size}`);
  assert.equal(page.last_page, page.total_pages <= 1);
  for (const [i, s] of page.contents.entries()) assertValid('compiled/service_list.json', s, `contents[${i}]`);

  const next = await c.json('/api/hsds/services?page=2&per_page=5');
  assertValid('page.json', next, 'services page 2');
  assert.equal(next.page_number, 2);
  assert.equal(next.first_page, false);
  const first = new Set(page.contents.map((s) => s.id));
  for (const s of next.contents) assert.ok(!first.has(s.id), `service ${s.id} on pages 1 and 2`);
});

test('GET /api/hsds/services/{id}: a full, valid HSDS service', async () => {
  const c = await asAdmin();
  const page = await c.json('/api/hsds/services?page=1&per_page=3');
  assert.ok(page.contents.length > 0, 'no service to read');
  for (const item of page.contents) {
    const s = await c.json(`/api/hsds/services/${item.id}`);
    assertValid('service.json', s, `service ${item.id}`);
    assert.equal(s.id, item.id);
    assert.equal(s.name, item.name);
  }
  const missing = await c.get('/api/hsds/services/00000000-0000-4000-8000-000000000000');
  assert.equal(missing.status, 404, missing.describe());
});

test('GET /api/hsds/organizations and /organizations/{id}: valid HSDS organizations', async () => {
  const c = await asAdmin();
  const page = await c.json('/api/hsds/organizations?page=1&per_page=5');
  assertValid('page.json', page, 'organizations page');
  assert.ok(page.contents.length > 0, 'no organization');
  for (const item of page.contents) {
    const o = await c.json(`/api/hsds/organizations/${item.id}`);
    assertValid('organization.json', o, `organization ${item.id}`);
    assert.equal(o.id, item.id);
  }
});

test('GET /api/hsds/taxonomy_terms: valid taxonomy terms, the need taxonomy among them', async () => {
  const c = await asAdmin();
  const page = await c.json('/api/hsds/taxonomy_terms?page=1&per_page=200');
  assertValid('page.json', page, 'taxonomy_terms page');
  assert.ok(page.contents.length >= 50, `only ${page.contents.length} taxonomy terms`);
  const ids = new Set(page.contents.map((t) => t.id));
  for (const [i, t] of page.contents.entries()) {
    assertValid('taxonomy_term.json', t, `taxonomy_terms[${i}] ${t && t.code}`);
    if (t.parent_id) assert.ok(ids.has(t.parent_id) || page.total_items > page.contents.length, `parent of ${t.code} not listed`);
  }
  const codes = new Set(page.contents.map((t) => t.code));
  for (const code of ['food', 'food.banks', 'housing', 'childcare', 'transport'])
    assert.ok(codes.has(code), `need ${code} missing from taxonomy_terms`);
});

test('GET /api/hsds/taxonomies: valid taxonomies', async () => {
  const c = await asAdmin();
  const page = await c.json('/api/hsds/taxonomies');
  assertValid('page.json', page, 'taxonomies page');
  assert.ok(page.contents.length >= 1);
  for (const t of page.contents) assertValid('taxonomy.json', t, `taxonomy ${t.id}`);
});

test('GET /api/hsds/service_at_locations: valid service_at_location items', async () => {
  const c = await asAdmin();
  const page = await c.json('/api/hsds/service_at_locations?page=1&per_page=5');
  assertValid('page.json', page, 'service_at_locations page');
  assert.ok(page.contents.length > 0, 'no service at location');
  for (const item of page.contents) {
    assertValid('service_at_location.json', item, `service_at_location ${item.id}`);
    const one = await c.json(`/api/hsds/service_at_locations/${item.id}`);
    assertValid('service_at_location.json', one, `service_at_location ${item.id}`);
  }
});
