// Two-step sign-in (issue 6, item 11): an admin without it can only enrol; enrolment with a
// code; sign-in in two steps with a fresh session; a code good once; recovery codes good once;
// disabling with the password; codes throttled like passwords; audit entries without secrets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, assertCreated, assertError, assertList, parseSetCookie, uniq } from './helpers.mjs';
import { currentStep, totpAtStep } from '../demo_totp.mjs';

const PASSWORD = 'deux-etapes-mot-de-passe';

function cookie(res, name) {
  return res.setCookies.map(parseSetCookie).find((c) => c.name === name);
}

async function auditActions(admin, userId) {
  const res = await admin.get('audit', { query: { per_page: 200 } });
  return assertList(res).items.filter((e) => e.entity_id === userId || e.user_id === userId).map((e) => e.action);
}

test('an admin enrols, then signs in with a code or a recovery code, each good once', async () => {
  const admin = await as('admin');
  const email = `${uniq('2fa')}@example.test`;
  const user = assertCreated(await admin.post('users', { email, name: 'Admin à deux étapes', password: PASSWORD, is_admin: true }));

  // Without two-factor, an admin signs in but reaches nothing but their own account.
  const c = new Client();
  const first = await c.login(email, PASSWORD);
  assert.equal(first.status, 200, first.describe());
  assert.deepEqual(first.json.user.two_factor, { enabled: false, required: true });
  const blocked = assertError(await c.get('organizations'), 403, 'two_factor_enrolment_required');
  assert.match(blocked.message_fr, /deux étapes/);
  assert.match(blocked.message_en, /two-step/);
  assertError(await c.post('users', { name: '' }), 403, 'two_factor_enrolment_required');
  assert.equal((await c.get('me')).status, 200);

  // Enrolment: a secret and its URI, confirmed with a code; ten recovery codes shown once.
  const begun = await c.post('me/two-factor', {});
  assert.equal(begun.status, 201, begun.describe());
  const { secret, otpauth_uri: uri } = begun.json;
  assert.match(secret, /^[A-Z2-7]{32}$/);
  assert.ok(uri.startsWith('otpauth://totp/Filet:') && uri.includes(`secret=${secret}`) && uri.includes('issuer=Filet'), uri);
  assertError(await c.post('me/two-factor/confirm', { code: '000000' === totpAtStep(secret, currentStep()) ? '111111' : '000000' }),
    422, 'invalid_second_factor', ['code']);
  const step = currentStep();
  const confirmed = await c.post('me/two-factor/confirm', { code: totpAtStep(secret, step) });
  assert.equal(confirmed.status, 200, confirmed.describe());
  const codes = confirmed.json.recovery_codes;
  assert.equal(codes.length, 10);
  assert.equal(new Set(codes).size, 10);
  assert.equal((await c.get('organizations')).status, 200, 'enrolled: the same session reaches everything');
  const status = await c.get('me/two-factor');
  assert.deepEqual(status.json, { enabled: true, required: true, recovery_codes_left: 10 });
  const oldSession = c.jar.get('filet_session');
  await c.logout();

  // Step one: the password gives a pending sign-in, not a session.
  const pending = await c.post('session', { email, password: PASSWORD });
  assert.equal(pending.status, 202, pending.describe());
  assert.equal(pending.json.second_factor_required, true);
  assert.ok(!cookie(pending, 'filet_session'), 'no session before the code');
  assert.equal(cookie(pending, 'filet_pending').attrs.httponly, true);
  assertError(await c.get('me'), 401, 'unauthenticated');
  // The code used to confirm is refused: a code is good once.
  assertError(await c.post('session/second-factor', { code: totpAtStep(secret, step) }), 422, 'invalid_second_factor', ['code']);
  const signedIn = await c.post('session/second-factor', { code: totpAtStep(secret, step + 1) });
  assert.equal(signedIn.status, 200, signedIn.describe());
  assert.ok(cookie(signedIn, 'filet_session').value.length >= 16);
  assert.notEqual(cookie(signedIn, 'filet_session').value, oldSession, 'a fresh session id');
  assert.equal(signedIn.json.user.email, email);
  c.csrf = signedIn.json.csrf_token;
  assert.equal((await c.get('users')).status, 200);
  await c.logout();

  // A recovery code, typed loosely, signs in once.
  const recovery = codes[0].toUpperCase().replace('-', ' - ');
  assert.equal((await c.post('session', { email, password: PASSWORD })).status, 202);
  const byRecovery = await c.post('session/second-factor', { recovery_code: recovery });
  assert.equal(byRecovery.status, 200, byRecovery.describe());
  c.csrf = byRecovery.json.csrf_token;
  assert.equal((await c.get('me/two-factor')).json.recovery_codes_left, 9);
  await c.logout();
  assert.equal((await c.post('session', { email, password: PASSWORD })).status, 202);
  assertError(await c.post('session/second-factor', { recovery_code: codes[0] }), 422, 'invalid_second_factor', ['recovery_code']);
  const again = await c.post('session/second-factor', { recovery_code: codes[1] });
  assert.equal(again.status, 200, again.describe());
  c.csrf = again.json.csrf_token;

  // New recovery codes and disabling need the password (or a code).
  assertError(await c.post('me/two-factor/recovery-codes', {}), 422, 'validation_failed', ['password']);
  assertError(await c.post('me/two-factor/disable', { password: 'pas le bon mot de passe' }), 422, 'invalid_second_factor', ['password']);
  const renewed = await c.post('me/two-factor/recovery-codes', { password: PASSWORD });
  assert.equal(renewed.status, 200, renewed.describe());
  assert.equal(renewed.json.recovery_codes.length, 10);
  assert.equal((await c.post('me/two-factor/disable', { password: PASSWORD })).status, 204);
  assertError(await c.get('organizations'), 403, 'two_factor_enrolment_required');
  await c.logout();

  const actions = await auditActions(admin, user.id);
  for (const a of ['two_factor_enrol', 'recovery_code_used', 'recovery_codes_renewed', 'two_factor_disable'])
    assert.ok(actions.includes(a), `${a} audited: ${actions}`);
  const log = JSON.stringify((await admin.get('audit', { query: { per_page: 200 } })).json);
  assert.ok(!log.includes(secret) && !log.includes(codes[2]), 'no secret in the audit log');
});

test('the second step refuses a missing pending sign-in and throttles wrong codes', async () => {
  const admin = await as('admin');
  const email = `${uniq('2fa-throttle')}@example.test`;
  assertCreated(await admin.post('users', { email, name: 'Codes devinés', password: PASSWORD, is_admin: true }));
  const c = new Client();
  await c.login(email, PASSWORD);
  const { secret } = (await c.post('me/two-factor', {})).json;
  assert.equal((await c.post('me/two-factor/confirm', { code: totpAtStep(secret, currentStep()) })).status, 200);
  await c.logout();

  assertError(await new Client().post('session/second-factor', { code: '123456' }), 401, 'unauthenticated');
  assertError(await new Client().post('session/second-factor', {}), 422, 'validation_failed', ['code']);

  assert.equal((await c.post('session', { email, password: PASSWORD })).status, 202);
  const wrong = (n) => String((Number(totpAtStep(secret, currentStep())) + 500000 + n) % 1000000).padStart(6, '0');
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await c.post('session/second-factor', { code: wrong(i) })).status);
  assert.ok(statuses.slice(0, 4).every((s) => s === 422), statuses.join(' '));
  assert.ok(statuses.slice(4).every((s) => s === 429 || s === 401), `guessing codes is throttled: ${statuses.join(' ')}`);
});

test('an account that may keep one factor sees two-factor as available, not required', async () => {
  const manager = await as('manager');
  const res = await manager.get('me/two-factor');
  assert.equal(res.status, 200, res.describe());
  assert.equal(res.json.required, false);
  assert.equal(res.json.enabled, false);
});
