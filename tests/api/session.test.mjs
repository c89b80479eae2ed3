// Session: login cookie attributes, fresh session ids, logout, CSRF enforcement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, Client, DEMO, DEMO_PASSWORD, as, freshLogin, assertError, assertList, assertCreated, parseSetCookie, uniq, UUID_RE,
} from './helpers.mjs';

function sessionCookie(res) {
  const lines = res.setCookies.map(parseSetCookie).filter((c) => c.name === 'filet_session');
  assert.equal(lines.length, 1, `exactly one filet_session Set-Cookie expected: ${JSON.stringify(res.setCookies)}`);
  return lines[0];
}

test('login sets filet_session HttpOnly, SameSite=Strict, Path=/, not Secure on plain http', async () => {
  const c = new Client();
  const res = await c.login(DEMO.admin);
  assert.equal(res.status, 200, res.describe());
  const ck = sessionCookie(res);
  assert.ok(ck.value.length >= 16, `session id too short: ${ck.value}`);
  assert.equal(ck.attrs.httponly, true, 'HttpOnly');
  assert.equal(String(ck.attrs.samesite).toLowerCase(), 'strict', 'SameSite=Strict');
  assert.equal(ck.attrs.path, '/', 'Path=/');
  if (new URL(BASE).protocol === 'http:') {
    assert.equal(ck.attrs.secure, undefined, 'no Secure attribute on plain http');
  }
  assert.ok(!ck.attrs.domain, 'no Domain attribute (host-only cookie)');
});

test('login returns user and csrf_token; GET /me returns the same user', async () => {
  const c = new Client();
  const res = await c.login(DEMO.manager);
  assert.equal(res.status, 200, res.describe());
  const { user, csrf_token } = res.json;
  assert.equal(typeof csrf_token, 'string');
  assert.ok(csrf_token.length >= 16, 'csrf token looks too short');
  assert.match(user.id, UUID_RE);
  assert.equal(user.email, DEMO.manager);
  assert.equal(user.is_admin, false);
  assert.equal(user.active, true);
  assert.ok(['fr', 'en'].includes(user.locale));
  for (const k of ['name', 'created_at', 'updated_at']) assert.ok(k in user, `user.${k}`);
  assert.ok(Array.isArray(user.memberships) && user.memberships.length > 0, 'manager has memberships');
  const m = user.memberships.find((x) => x.role === 'manager');
  assert.ok(m, `manager membership: ${JSON.stringify(user.memberships)}`);
  assert.match(m.organization_id, UUID_RE);
  assert.match(m.organization_name, /Montr[ée]al-Nord/);
  assert.ok(!JSON.stringify(res.json).toLowerCase().includes('password'), 'no password material in login response');

  const me = await c.get('me');
  assert.equal(me.status, 200, me.describe());
  assert.equal(me.json.user.id, user.id);
  assert.equal(typeof me.json.csrf_token, 'string');
  // The token from GET /me must be usable for writes.
  const c2 = new Client();
  c2.jar = new Map(c.jar);
  c2.csrf = me.json.csrf_token;
  const p = await c2.patch('me', { locale: user.locale });
  assert.equal(p.status, 200, p.describe());
});

test('admin login shows is_admin true', async () => {
  const c = await as('admin');
  assert.equal(c.user.is_admin, true);
});

test('bad password → 401 invalid_credentials with messages, no session cookie', async () => {
  const c = new Client();
  const res = await c.post('session', { email: DEMO.evaluator, password: 'not-the-password-at-all' });
  assertError(res, 401, 'invalid_credentials');
  const ck = res.setCookies.map(parseSetCookie).find((x) => x.name === 'filet_session' && x.value);
  assert.ok(!ck || ck.attrs['max-age'] === '0', 'no live session cookie after failed login');
  const me = await c.get('me');
  assertError(me, 401, 'unauthenticated');
});

test('session login body validation: missing fields → 4xx, never 500', async () => {
  const c = new Client();
  for (const body of [{}, { email: DEMO.admin }, { email: 5, password: [] }]) {
    const res = await c.post('session', body);
    assert.ok(res.status >= 400 && res.status < 500, `${JSON.stringify(body)}: ${res.describe()}`);
    assertError(res);
  }
});

test('a fresh session id at each login, also when a session cookie is already sent', async () => {
  const a = new Client();
  const r1 = await a.login(DEMO.practitioner);
  assert.equal(r1.status, 200, r1.describe());
  const v1 = sessionCookie(r1).value;
  // Log in again on the same client (old cookie sent along): must rotate.
  const r2 = await a.login(DEMO.practitioner);
  assert.equal(r2.status, 200, r2.describe());
  const v2 = sessionCookie(r2).value;
  assert.notEqual(v1, v2, 'session id must change at login (fixation)');
  // A third client logging in separately gets yet another id.
  const b = new Client();
  const r3 = await b.login(DEMO.practitioner);
  const v3 = sessionCookie(r3).value;
  assert.notEqual(v3, v1);
  assert.notEqual(v3, v2);
  // CSRF tokens differ per session too.
  assert.notEqual(r1.json.csrf_token, r3.json.csrf_token);
});

test('a forged / unknown session cookie → 401 unauthenticated', async () => {
  const c = new Client();
  c.jar.set('filet_session', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  assertError(await c.get('me'), 401, 'unauthenticated');
  c.jar.set('filet_session', '');
  assertError(await c.get('me'), 401, 'unauthenticated');
  assertError(await new Client().get('me'), 401, 'unauthenticated');
});

test('logout → 204, clears the cookie, and the old cookie then gets 401 on /me', async () => {
  const c = await freshLogin('facilitator');
  const oldCookie = c.jar.get('filet_session');
  assert.ok(oldCookie);
  assert.equal((await c.get('me')).status, 200);
  const res = await c.del('session');
  assert.equal(res.status, 204, res.describe());
  assert.equal(res.text, '', '204 has no body');
  // Replay the old cookie explicitly.
  const replay = new Client();
  replay.jar.set('filet_session', oldCookie);
  assertError(await replay.get('me'), 401, 'unauthenticated');
  assertError(await replay.get('organizations'), 401, 'unauthenticated');
});

test('DELETE /session without CSRF token → 403 csrf_invalid and the session survives', async () => {
  const c = await freshLogin('evaluator');
  const res = await c.del('session', { csrf: false });
  assertError(res, 403, 'csrf_invalid');
  const me = await c.get('me');
  assert.equal(me.status, 200, `session must still be valid: ${me.describe()}`);
  await c.logout();
});

test('POST/PATCH/DELETE without or with a wrong X-CSRF-Token → 403 csrf_invalid and no change', async () => {
  // The shared admin session (each fresh admin sign-in spends a code of the demo secret).
  const admin = await as('admin');
  const name = uniq('CSRF territoire');
  // POST without token / with wrong token / with another session's token.
  const other = await freshLogin('manager');
  for (const csrf of [false, 'wrong-token', other.csrf, '']) {
    const res = await admin.post('territories', { name, kind: 'neighbourhood', setting: 'urban' }, { csrf });
    assertError(res, 403, 'csrf_invalid');
  }
  const none = assertList(await admin.get('territories', { query: { q: name } }));
  assert.equal(none.total, 0, 'nothing created without a valid CSRF token');

  // With the right token it works; then PATCH without/with wrong token changes nothing.
  const ok = await admin.post('territories', { name, kind: 'neighbourhood', setting: 'urban' });
  const { id } = assertCreated(ok);
  for (const csrf of [false, 'wrong-token', other.csrf]) {
    const res = await admin.patch(`territories/${id}`, { name: `${name} changed` }, { csrf });
    assertError(res, 403, 'csrf_invalid');
  }
  // A token in the query string or body is not accepted either.
  const inBody = await admin.patch(`territories/${id}`, { name: `${name} changed`, csrf_token: admin.csrf }, { csrf: false });
  assert.equal(inBody.status, 403, inBody.describe());
  const after = await admin.get(`territories/${id}`);
  assert.equal(after.status, 200, after.describe());
  assert.equal(after.json.name, name, 'PATCH without valid CSRF must not change anything');
  assert.equal(after.json.active, true);

  // PATCH /me without token.
  const me = await admin.patch('me', { locale: 'en' }, { csrf: false });
  assertError(me, 403, 'csrf_invalid');
  assert.equal((await admin.get('me')).json.user.locale, admin.user.locale);

  await other.logout();
});

test('PATCH /me locale: en then back to fr; invalid locale → 422 field locale', async () => {
  const c = await freshLogin('coordinator');
  const before = c.user.locale;
  const en = await c.patch('me', { locale: 'en' });
  assert.equal(en.status, 200, en.describe());
  assert.equal(en.json.user.locale, 'en');
  assert.equal((await c.get('me')).json.user.locale, 'en');
  const bad = await c.patch('me', { locale: 'de' });
  assertError(bad, 422, 'validation_failed', ['locale']);
  assert.equal((await c.get('me')).json.user.locale, 'en');
  // A non-admin may not promote itself through PATCH /me.
  const esc = await c.patch('me', { is_admin: true });
  assert.ok([403, 422].includes(esc.status), `PATCH /me is_admin must be refused: ${esc.describe()}`);
  assert.equal((await c.get('me')).json.user.is_admin, false);
  const back = await c.patch('me', { locale: before });
  assert.equal(back.status, 200, back.describe());
  await c.logout();
});

test('session login with the demo password works for every demo account', async () => {
  for (const email of Object.values(DEMO)) {
    const c = new Client();
    const res = await c.login(email, DEMO_PASSWORD);
    assert.equal(res.status, 200, `${email}: ${res.describe()}`);
    await c.logout();
  }
});
