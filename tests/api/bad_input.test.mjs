// Bad input never gives a 500 and never changes anything.
//
// Isolation: the suite's other files never create organizations with sector `social_housing`
// nor territories of kind `housing_site`, so counting those before and after detects any
// write here even while other test files run in parallel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, as, assertError, assertList, rawRequest, rawHeaders, uniq } from './helpers.mjs';

const SECTOR = 'social_housing';
const KIND = 'housing_site';
let admin;
let orgCount0;
let terrCount0;
let someOrg;

async function orgCount() {
  return assertList(await admin.get('organizations', { query: { sector: SECTOR, per_page: 1 } })).total;
}
async function terrCount() {
  return assertList(await admin.get('territories', { query: { kind: KIND, per_page: 1 } })).total;
}
function authHeaders() {
  return `Cookie: ${admin.cookieHeader()}\r\nX-CSRF-Token: ${admin.csrf}\r\n`;
}

before(async () => {
  admin = await as('admin');
  orgCount0 = await orgCount();
  terrCount0 = await terrCount();
  someOrg = assertList(await admin.get('organizations', { query: { per_page: 1 } })).items[0];
  assert.ok(someOrg, 'demo data has organizations');
});

after(async () => {
  // The server is still up and nothing was written by any bad request.
  const h = await fetch(`${BASE}/healthz`);
  assert.equal(h.status, 200);
});

test('malformed JSON → 400 malformed_json', async () => {
  const name = uniq('Malformé');
  for (const body of [
    `{"name":"${name}","sector":"${SECTOR}"`,
    `{"name":"${name}","sector":"${SECTOR}",}`,
    `{name:"${name}"}`,
    `{"name":'${name}'}`,
    `{"name":"${name}"} trailing`,
    'nul',
    '{"name":"\\x41"}',
  ]) {
    const res = await admin.post('organizations', body);
    assertError(res, 400, 'malformed_json');
  }
  assert.equal(assertList(await admin.get('organizations', { query: { q: name } })).total, 0);
});

test('non-object JSON bodies and empty body → 4xx, never 500', async () => {
  for (const body of ['[]', '"text"', 'null', '42', 'true', '', '   ']) {
    const res = await admin.post('organizations', body);
    assert.ok([400, 422].includes(res.status), `body ${JSON.stringify(body)}: ${res.describe()}`);
    assertError(res, undefined, ['malformed_json', 'validation_failed']);
  }
});

test('wrong types → 422 validation_failed naming the field', async () => {
  const name = uniq('Types');
  const cases = [
    [{ name: 5, sector: SECTOR }, 'name'],
    [{ name: null, sector: SECTOR }, 'name'],
    [{ name: ['x'], sector: SECTOR }, 'name'],
    [{ name: { fr: 'x' }, sector: SECTOR }, 'name'],
    [{ name, sector: 5 }, 'sector'],
    [{ name, sector: SECTOR, territory_ids: 'abc' }, 'territory_ids'],
    [{ name, sector: SECTOR, territory_ids: [5] }, 'territory_ids'],
    [{ name, sector: SECTOR, active: 'yes' }, 'active'],
    [{ name, sector: SECTOR, email: 12 }, 'email'],
    [{ name: 1e308, sector: SECTOR }, 'name'],
  ];
  for (const [body, field] of cases) {
    const res = await admin.post('organizations', body);
    assertError(res, 422, 'validation_failed', [field]);
  }
  assert.equal(assertList(await admin.get('organizations', { query: { q: name } })).total, 0);
});

test('missing required fields → 422 naming each', async () => {
  const res = await admin.post('organizations', {});
  assertError(res, 422, 'validation_failed', ['name']);
  const t = await admin.post('territories', {});
  assertError(t, 422, 'validation_failed', ['name']);
  const blank = await admin.post('organizations', { name: '   ', sector: SECTOR });
  assertError(blank, 422, 'validation_failed', ['name']);
});

test('unknown fields → 422 unknown_field naming the field', async () => {
  const name = uniq('Inconnu');
  const res = await admin.post('organizations', { name, sector: SECTOR, colour: 'blue' });
  assertError(res, 422, 'unknown_field', ['colour']);
  const t = await admin.post('territories', { name, kind: KIND, setting: 'urban', population: 3 });
  assertError(t, 422, 'unknown_field', ['population']);
  // PATCH with an unknown field changes nothing, not even the known fields beside it.
  const p = await admin.patch(`organizations/${someOrg.id}`, { name: `${name} x`, id: 'abc' });
  assertError(p, 422, ['unknown_field', 'validation_failed'], ['id']);
  const p2 = await admin.patch(`organizations/${someOrg.id}`, { name: `${name} x`, created_at: '2020-01-01' });
  assert.equal(p2.status, 422, p2.describe());
  assert.equal((await admin.get(`organizations/${someOrg.id}`)).json.name, someOrg.name);
  assert.equal(assertList(await admin.get('organizations', { query: { q: name } })).total, 0);
});

test('invalid UTF-8 in the body → 400 invalid_utf8', async () => {
  const name = uniq('Utf');
  const bodies = [
    Buffer.concat([Buffer.from(`{"name":"${name}`), Buffer.from([0xff, 0xfe]), Buffer.from(`","sector":"${SECTOR}"}`)]),
    Buffer.concat([Buffer.from(`{"name":"${name}`), Buffer.from([0xc3]), Buffer.from(`","sector":"${SECTOR}"}`)]), // truncated sequence
    Buffer.concat([Buffer.from(`{"name":"${name}`), Buffer.from([0xc0, 0xaf]), Buffer.from(`","sector":"${SECTOR}"}`)]), // overlong
    Buffer.concat([Buffer.from(`{"name":"${name}`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(`","sector":"${SECTOR}"}`)]), // UTF-8 surrogate
  ];
  for (const b of bodies) {
    const res = await admin.post('organizations', b);
    assertError(res, 400, 'invalid_utf8');
  }
  const t = await admin.post('territories',
    Buffer.concat([Buffer.from(`{"name":"${name}`), Buffer.from([0x80]), Buffer.from(`","kind":"${KIND}","setting":"urban"}`)]));
  assertError(t, 400, 'invalid_utf8');
  assert.equal(assertList(await admin.get('organizations', { query: { q: name } })).total, 0);
});

test('lone surrogate escapes and NUL characters never produce a 500', async () => {
  const name = uniq('Surrogate');
  const lone = await admin.post('organizations', `{"name":"${name} \\ud800","sector":"${SECTOR}"}`);
  assert.ok([400, 422].includes(lone.status), `lone surrogate must be rejected: ${lone.describe()}`);
  assertError(lone);
  // NUL is valid JSON (\u0000) but PostgreSQL text cannot hold it: either refused with a
  // 4xx, or stored and read back unchanged — never a 500.
  const nulName = `${name}\u0000x`;
  const nul = await admin.post('territories', { name: nulName, kind: 'neighbourhood', setting: 'urban' });
  assert.ok(nul.status < 500, `NUL in name: ${nul.describe()}`);
  if (nul.status === 201) {
    const back = await admin.get(`territories/${nul.json.id}`);
    assert.equal(back.status, 200, back.describe());
    assert.equal(back.json.name, nulName);
    await admin.patch(`territories/${nul.json.id}`, { active: false });
  } else {
    assertError(nul, [400, 422]);
  }
});

test('oversized body (> 1 MiB) → 413 payload_too_large', async () => {
  // Declared Content-Length over the limit.
  const filler = 'a'.repeat(1024 * 1024 + 100);
  const body = Buffer.from(`{"name":"${filler}","sector":"${SECTOR}"}`);
  const res = await rawRequest(Buffer.concat([
    Buffer.from(`POST /api/v1/organizations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${authHeaders()}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`),
    body,
  ]), { timeoutMs: 10000 });
  assert.equal(res.status, 413, res.raw.slice(0, 400));
  const j = JSON.parse(res.body);
  assert.equal(j.error.code, 'payload_too_large');
  assert.ok(j.error.message_fr && j.error.message_en);

  // Same through fetch (the server may answer before reading it all).
  let r2;
  try {
    r2 = await admin.post('organizations', body);
  } catch {
    r2 = null; // connection reset while uploading is acceptable
  }
  if (r2) assertError(r2, 413, 'payload_too_large');
});

test('oversized chunked body (no Content-Length) → 413', async () => {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const parts = [Buffer.from(`POST /api/v1/territories HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${authHeaders()}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n`)];
  parts.push(Buffer.from(`9\r\n{"name":"\r\n`));
  for (let i = 0; i < 18; i++) parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  parts.push(Buffer.from(`2\r\n"}\r\n0\r\n\r\n`));
  const res = await rawRequest(Buffer.concat(parts), { timeoutMs: 10000 });
  assert.equal(res.status, 413, res.raw.slice(0, 400));
});

test('a body just under 1 MiB is read (not 413) and rejected on its merits', async () => {
  // Valid JSON padded with whitespace to ~1,000,000 bytes; invalid only because name is empty.
  const body = `{"name": ""${' '.repeat(1000 * 1000)}, "kind": "${KIND}", "setting": "urban"}`;
  const res = await admin.post('territories', body);
  assert.notEqual(res.status, 413, 'bodies under 1 MiB are read');
  assertError(res, 422, 'validation_failed', ['name']);
});

test('over-long header (> 16 KiB) → 431 or 400', async () => {
  const res = await rawRequest(`GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Long: ${'x'.repeat(17 * 1024)}\r\n\r\n`);
  assert.ok([400, 431].includes(res.status), `got ${res.status}: ${res.raw.slice(0, 300)}`);
  const many = Array.from({ length: 400 }, (_, i) => `X-H${i}: ${'y'.repeat(60)}\r\n`).join('');
  const res2 = await rawRequest(`GET /api/v1/me HTTP/1.1\r\nHost: x\r\n${many}\r\n`);
  assert.ok([400, 431].includes(res2.status), `many headers: ${res2.status}: ${res2.raw.slice(0, 300)}`);
  // Over-long request target.
  const res3 = await rawRequest(`GET /api/v1/organizations?q=${'z'.repeat(20 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`);
  assert.ok([400, 414, 431].includes(res3.status), `long URI: ${res3.status}: ${res3.raw.slice(0, 300)}`);
  assert.equal((await fetch(`${BASE}/healthz`)).status, 200, 'server still up');
});

test('garbage on the socket → 400 or close, server still up', async () => {
  const r = await rawRequest('HELLO THERE\r\n\r\n', { timeoutMs: 3000 });
  assert.ok(r.status === null || (r.status >= 400 && r.status < 500), r.raw.slice(0, 200));
  const r2 = await rawRequest('GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n', { timeoutMs: 3000 });
  assert.ok(r2.status === null || (r2.status >= 400 && r2.status < 500), r2.raw.slice(0, 200));
  const r3 = await rawRequest('POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', { timeoutMs: 3000 });
  assert.ok(r3.status === null || r3.status < 500, r3.raw.slice(0, 200));
  assert.equal((await fetch(`${BASE}/healthz`)).status, 200);
});

test('deeply nested JSON does not crash the server', async () => {
  const depth = 200000;
  const body = '['.repeat(depth) + ']'.repeat(depth);
  const res = await admin.post('territories', body);
  assert.ok([400, 422].includes(res.status), res.describe());
  const obj = '{"a":'.repeat(50000) + '1' + '}'.repeat(50000);
  const res2 = await admin.post('territories', obj);
  assert.ok([400, 422].includes(res2.status), res2.describe());
  assert.equal((await fetch(`${BASE}/healthz`)).status, 200);
});

test('bad ids → 400 bad_id or 404; unknown id → 404 not_found', async () => {
  for (const coll of ['organizations', 'territories', 'programs', 'users']) {
    for (const bad of ['not-a-uuid', '123', "'%20OR%201=1--", '%00', 'ZZZZZZZZ-ZZZZ-4ZZZ-8ZZZ-ZZZZZZZZZZZZ']) {
      const res = await admin.get(`${coll}/${bad}`);
      assert.ok([400, 404].includes(res.status), `${coll}/${bad}: ${res.describe()}`);
      assertError(res, undefined, res.status === 400 ? 'bad_id' : ['not_found', 'bad_id', 'route_not_found']);
    }
    const missing = await admin.get(`${coll}/00000000-0000-4000-8000-000000000000`);
    assertError(missing, 404, 'not_found');
    const patch = await admin.patch(`${coll}/00000000-0000-4000-8000-000000000000`, { name: 'Nom valide' });
    assertError(patch, 404, 'not_found');
    const patchBad = await admin.patch(`${coll}/not-a-uuid`, { name: 'Nom valide' });
    assert.ok([400, 404].includes(patchBad.status), `PATCH ${coll}/not-a-uuid: ${patchBad.describe()}`);
    assertError(patchBad);
  }
});

test('references to bad or unknown ids in bodies → 4xx naming the field, nothing created', async () => {
  const name = uniq('Réf');
  const r1 = await admin.post('organizations', { name, sector: SECTOR, territory_ids: ['not-a-uuid'] });
  assert.ok([400, 422].includes(r1.status), r1.describe());
  assertError(r1, undefined, undefined, r1.status === 422 ? ['territory_ids'] : undefined);
  const r2 = await admin.post('organizations', { name, sector: SECTOR, territory_ids: ['00000000-0000-4000-8000-000000000000'] });
  assert.ok([404, 422].includes(r2.status), r2.describe());
  if (r2.status === 422) assertError(r2, 422, 'validation_failed', ['territory_ids']);
  const r3 = await admin.post('territories', { name, kind: KIND, setting: 'urban', parent_id: '00000000-0000-4000-8000-000000000000' });
  assert.ok([404, 422].includes(r3.status), r3.describe());
  if (r3.status === 422) assertError(r3, 422, 'validation_failed', ['parent_id']);
  const r4 = await admin.post('programs', { name, starts_on: '2025-09-01', organization_ids: ['00000000-0000-4000-8000-000000000000'] });
  assert.ok([404, 422].includes(r4.status), r4.describe());
  assert.equal(assertList(await admin.get('organizations', { query: { q: name } })).total, 0);
  assert.equal(assertList(await admin.get('territories', { query: { q: name } })).total, 0);
  assert.equal(assertList(await admin.get('programs', { query: { q: name } })).total, 0);
});

test('bad enum values and dates → 422 naming the field', async () => {
  const name = uniq('Énum');
  assertError(await admin.post('territories', { name, kind: 'planet', setting: 'urban' }), 422, 'validation_failed', ['kind']);
  assertError(await admin.post('territories', { name, kind: KIND, setting: 'suburban' }), 422, 'validation_failed', ['setting']);
  assertError(await admin.post('programs', { name, starts_on: '2025-13-45' }), 422, 'validation_failed', ['starts_on']);
  assertError(await admin.post('programs', { name, starts_on: 'tomorrow' }), 422, 'validation_failed', ['starts_on']);
  assertError(await admin.post('programs', { name, starts_on: '2026-09-01', ends_on: '2025-06-30' }), 422, 'validation_failed', ['ends_on']);
  assertError(await admin.post('programs', { name, starts_on: '2025-09-01', funders: 'x' }), 422, 'validation_failed', ['funders']);
  const email = `${uniq('enum')}@example.test`;
  assertError(await admin.post('users', { email: 'not-an-email', name, password: 'x'.repeat(16) }), 422, 'validation_failed', ['email']);
  assertError(await admin.post('users', { email, name, password: 'x'.repeat(16), locale: 'de' }), 422, 'validation_failed', ['locale']);
  assertError(await admin.post('users', {
    email, name, password: 'x'.repeat(16),
    memberships: [{ organization_id: someOrg.id, role: 'overlord' }],
  }), 422, 'validation_failed');
  assert.equal(assertList(await admin.get('users', { query: { q: name } })).total, 0);
  assert.equal(assertList(await admin.get('users', { query: { q: email } })).total, 0);
  assert.equal(assertList(await admin.get('programs', { query: { q: name } })).total, 0);
});

test('bad query parameters → 400 bad_query (or clamped), never 500', async () => {
  for (const query of [{ page: 'abc' }, { page: '0' }, { page: '-1' }, { per_page: 'x' }, { per_page: '0' }, { active: 'maybe' }, { page: '1e3' }]) {
    const res = await admin.get('organizations', { query });
    assertError(res, 400, 'bad_query');
  }
  const big = await admin.get('organizations', { query: { per_page: '1000' } });
  if (big.status === 200) assert.ok(big.json.per_page <= 200, `per_page must be capped at 200: ${big.json.per_page}`);
  else assertError(big, 400, 'bad_query');
  const huge = await admin.get('organizations', { query: { page: '99999999999999999999' } });
  assert.ok(huge.status === 400 || huge.status === 200, huge.describe());
  const far = await admin.get('organizations', { query: { page: '100000' } });
  assert.equal(far.status, 200, far.describe());
  assert.equal(far.json.items.length, 0);
  const s = await admin.get('organizations', { query: { sector: 'bogus' } });
  assert.ok(s.status === 400 || (s.status === 200 && s.json.total === 0), s.describe());
  // Invalid UTF-8 and odd characters in q.
  for (const q of ['%FF', '%', '%%', "'; DROP TABLE organizations; --", '\\', '_', '%25']) {
    const res = await admin.get(`organizations?q=${q}`);
    assert.ok(res.status < 500, `q=${q}: ${res.describe()}`);
    if (res.status >= 400) assertError(res, 400, ['bad_query', 'invalid_utf8', 'bad_request']);
  }
  // LIKE wildcards are literal: "%" and "_" must not match everything.
  const pct = await admin.get('organizations', { query: { q: '%' } });
  assert.equal(pct.status, 200);
  assert.equal(pct.json.total, 0, `q="%" must be a literal, not a wildcard (total ${pct.json.total})`);
  const us = await admin.get('organizations', { query: { q: '_' } });
  assert.equal(us.status, 200);
  assert.ok(us.json.items.every((o) => o.name.includes('_')), 'q="_" must be literal');
});

test('unknown routes → 404 route_not_found JSON', async () => {
  for (const p of ['nope', 'organizations/00000000-0000-4000-8000-000000000000/nope', '/api/v2/organizations', '/api/v1', 'organizations/x/y/z']) {
    const res = await admin.get(p);
    assertError(res, 404, 'route_not_found');
    assert.match(res.headers.get('content-type') || '', /^application\/json/);
  }
  const post = await admin.post('nope', { a: 1 });
  assertError(post, 404, 'route_not_found');
});

test('wrong method → 405 method_not_allowed', async () => {
  const cases = [
    ['PUT', 'organizations'],
    ['DELETE', 'organizations'],
    ['PUT', `organizations/${someOrg.id}`],
    ['POST', `organizations/${someOrg.id}`],
    ['POST', 'me'],
    ['DELETE', 'me'],
    ['PATCH', 'territories'],
    ['PUT', 'session'],
    ['POST', 'audit'],
    ['POST', '/healthz'],
  ];
  for (const [m, p] of cases) {
    const res = await admin.req(m, p, { body: {} });
    assertError(res, 405, 'method_not_allowed');
    // RFC 9110: a 405 lists the methods the resource supports.
    const allow = res.headers.get('allow') || '';
    assert.ok(allow && !allow.split(/,\s*/).includes(m), `${m} ${p}: Allow header ${JSON.stringify(allow)}`);
  }
  assert.equal((await admin.get(`organizations/${someOrg.id}`)).json.name, someOrg.name);
});

test('non-JSON content types are refused without side effects', async () => {
  const name = uniq('Texte');
  const res = await admin.post('organizations', JSON.stringify({ name, sector: 'other' }), { headers: { 'content-type': 'text/plain' } });
  assert.ok(res.status < 500, res.describe());
  const form = await admin.post('organizations', `name=${name}&sector=other`, { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.ok([400, 415, 422].includes(form.status), form.describe());
  assertError(form);
  if (res.status !== 201) assertError(res);
  else {
    // Accepted as JSON despite text/plain: tolerated, but clean up by deactivating.
    await admin.patch(`organizations/${res.json.id}`, { active: false });
  }
});

test('nothing was created by any bad request above', async () => {
  assert.equal(await orgCount(), orgCount0, `organizations with sector ${SECTOR}`);
  assert.equal(await terrCount(), terrCount0, `territories of kind ${KIND}`);
});
