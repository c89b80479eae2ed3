// Audit log: entries for writes, without field values; admin only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, assertError, assertList, assertCreated, uniq, UUID_RE, DEMO } from './helpers.mjs';

async function auditFor(admin, query, pred, tries = 5) {
  // Entries are written with the request; allow a short grace in case of async writers.
  for (let i = 0; i < tries; i++) {
    const res = await admin.get('audit', { query: { per_page: 200, ...query } });
    const list = assertList(res);
    const hit = list.items.filter(pred);
    if (hit.length) return { hit, res, list };
    await new Promise((r) => setTimeout(r, 200));
  }
  return { hit: [], res: null, list: null };
}

test('create and update of an organization are audited with who, what, request id — and no values', async () => {
  const admin = await as('admin');
  const name = uniq('Organisme audité secret');
  const phone = '514-555-7' + String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const cr = await admin.post('organizations', { name, sector: 'community_other', phone });
  const org = assertCreated(cr);
  const up = await admin.patch(`organizations/${org.id}`, { name: `${name} v2`, email: 'secret-audit@example.test' });
  assert.equal(up.status, 200, up.describe());

  const created = await auditFor(admin, { entity: 'organization', action: 'create' }, (e) => e.entity_id === org.id);
  assert.equal(created.hit.length, 1, 'exactly one create entry for the new organization');
  const c = created.hit[0];
  for (const k of ['id', 'at', 'user_id', 'user_email', 'action', 'entity', 'entity_id', 'request_id'])
    assert.ok(k in c, `audit.${k} missing: ${JSON.stringify(c)}`);
  assert.equal(c.action, 'create');
  assert.equal(c.entity, 'organization');
  assert.equal(c.user_email, DEMO.admin);
  assert.equal(c.user_id, admin.user.id);
  assert.ok(typeof c.request_id === 'string' && c.request_id.length > 0, 'request_id');
  assert.ok(!Number.isNaN(Date.parse(c.at)), 'at is a date-time');
  const hdr = cr.headers.get('x-request-id');
  if (hdr) assert.equal(c.request_id, hdr, 'audit request_id matches the X-Request-Id of the create response');

  const updated = await auditFor(admin, { entity: 'organization', action: 'update' }, (e) => e.entity_id === org.id);
  assert.equal(updated.hit.length, 1, 'one update entry');
  const u = updated.hit[0];
  assert.equal(u.action, 'update');
  assert.equal(u.user_email, DEMO.admin);
  assert.notEqual(u.request_id, c.request_id, 'each request has its own id');
  const uh = up.headers.get('x-request-id');
  if (uh) assert.equal(u.request_id, uh);
  // Newest first.
  const both = await admin.get('audit', { query: { entity: 'organization', per_page: 200 } });
  const order = assertList(both).items.filter((e) => e.entity_id === org.id).map((e) => e.action);
  assert.deepEqual(order, ['update', 'create'], 'newest first');
  const times = assertList(both).items.map((e) => Date.parse(e.at));
  for (let i = 1; i < times.length; i++) assert.ok(times[i - 1] >= times[i], 'sorted by time, newest first');

  // The log stores no field values: beside each entry only the record's name as it is today,
  // looked up when the log is read (so the name before the update appears nowhere).
  const full = await admin.get('audit', { query: { per_page: 200 } });
  for (const e of assertList(full).items.filter((x) => x.entity_id === org.id)) assert.equal(e.entity_name, `${name} v2`);
  const stored = JSON.stringify(assertList(full).items.map(({ entity_name: _name, ...rest }) => rest));
  for (const secret of [name, phone, 'secret-audit@example.test', 'Organisme audité']) {
    assert.ok(!stored.includes(secret), `audit JSON must not contain field value ${secret}`);
  }
  assert.ok(!full.text.includes(`"${name}"`), 'the name before the update is not in the log');
});

test('audit filters by action and entity; pagination envelope', async () => {
  const admin = await as('admin');
  const l = assertList(await admin.get('audit', { query: { action: 'create', entity: 'organization', per_page: 10 } }));
  assert.ok(l.items.every((e) => e.action === 'create' && e.entity === 'organization'));
  assert.equal(l.per_page, 10);
  for (const e of l.items) {
    assert.match(e.entity_id, UUID_RE);
    assert.equal(typeof e.id, 'string', `audit entry id must be a string (contract: ids are strings): ${JSON.stringify(e.id)}`);
  }
  const p2 = assertList(await admin.get('audit', { query: { per_page: 1, page: 2 } }));
  assert.equal(p2.page, 2);
  assert.ok(p2.items.length <= 1);
});

test('login, failed login and logout are audited without passwords', async () => {
  const admin = await as('admin');
  const email = `${uniq('auditlogin')}@example.test`;
  const pw = 'Audit-pass-123456';
  const user = assertCreated(await admin.post('users', { email, name: 'Audit Login', password: pw }));
  const c = new Client();
  const wrong = 'Wrong-pass-987654';
  assert.equal((await c.post('session', { email, password: wrong })).status, 401);
  assert.equal((await c.login(email, pw)).status, 200);
  assert.equal((await c.logout()).status, 204);
  const login = await auditFor(admin, { action: 'login' }, (e) => e.user_id === user.id || e.user_email === email);
  assert.ok(login.hit.length >= 1, 'login audited');
  const failed = await auditFor(admin, { action: 'login_failed' }, (e) => e.user_id === user.id || e.user_email === email || e.entity_id === user.id);
  assert.ok(failed.hit.length >= 1, 'login_failed audited');
  const logout = await auditFor(admin, { action: 'logout' }, (e) => e.user_id === user.id || e.user_email === email);
  assert.ok(logout.hit.length >= 1, 'logout audited');
  const all = await admin.get('audit', { query: { per_page: 200 } });
  assert.ok(!all.text.includes(pw) && !all.text.includes(wrong), 'no password in audit');
});

test('audit of user creation has no password or email values beyond user_email', async () => {
  const admin = await as('admin');
  const email = `${uniq('audituser')}@example.test`;
  const name = uniq('Nom secret');
  const u = assertCreated(await admin.post('users', { email, name, password: 'Secret-password-42' }));
  const hit = await auditFor(admin, { entity: 'user', action: 'create' }, (e) => e.entity_id === u.id);
  assert.equal(hit.hit.length, 1, 'user create audited');
  const all = await admin.get('audit', { query: { per_page: 200 } });
  assert.ok(!all.text.includes(name), 'user name not in audit');
  assert.ok(!all.text.includes('Secret-password-42'));
});

test('non-admin → 403 on /audit; anonymous → 401', async () => {
  for (const role of ['coordinator', 'evaluator', 'manager', 'practitioner', 'facilitator']) {
    const c = await as(role);
    assertError(await c.get('audit'), 403, 'forbidden');
  }
  assertError(await new Client().get('audit'), 401, 'unauthenticated');
});

test('the audit log is append-only through the API', async () => {
  const admin = await as('admin');
  const one = assertList(await admin.get('audit', { query: { per_page: 1 } })).items[0];
  assert.ok(one);
  for (const m of ['DELETE', 'PATCH', 'PUT']) {
    const res = await admin.req(m, `audit/${one.id}`, { body: {} });
    assert.ok([404, 405].includes(res.status), `${m} audit/{id}: ${res.describe()}`);
  }
  const del = await admin.req('DELETE', 'audit', {});
  assertError(del, 405, 'method_not_allowed');
});
