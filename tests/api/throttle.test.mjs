// Throttling of failed sign-ins, on a dedicated account created for this run so the demo
// accounts are never locked. Failed sign-ins are also counted per address: this file stops
// at the first 429 to keep the total number of failures from this machine low.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, assertError, assertCreated, uniq } from './helpers.mjs';

const MAX_FAILURES = 12; // the account must be throttled before this many failures

test('many failed logins on one account → 429 too_many_attempts, also for the right password', async () => {
  const admin = await as('admin');
  const email = `${uniq('verrou')}@example.test`;
  const pw = 'Le-bon-mot-de-passe-2026';
  assertCreated(await admin.post('users', { email, name: 'Compte à verrouiller', password: pw }));

  const c = new Client();
  let throttledAt = null;
  let last;
  for (let i = 1; i <= MAX_FAILURES; i++) {
    last = await c.post('session', { email, password: `mauvais-mot-de-passe-${i}` });
    if (last.status === 429) { throttledAt = i; break; }
    assertError(last, 401, 'invalid_credentials');
  }
  assert.ok(throttledAt, `no 429 after ${MAX_FAILURES} failed logins (last: ${last.describe()})`);
  assert.ok(throttledAt >= 3, `throttled too early (attempt ${throttledAt})`);
  assertError(last, 429, 'too_many_attempts');

  // The right password is refused too while throttled, with no session created.
  const good = await c.post('session', { email, password: pw });
  assertError(good, 429, 'too_many_attempts');
  assert.ok(!good.setCookies.some((l) => /^filet_session=[^;]+/.test(l) && !/max-age=0/i.test(l)), 'no session cookie');
  assert.equal((await c.get('me')).status, 401);

  // The email's case and surrounding spaces do not reset the counter.
  const variant = await c.post('session', { email: `  ${email.toUpperCase()} `, password: pw });
  assertError(variant, 429, 'too_many_attempts');

  // Another account from the same address still signs in (per-account limit hit, not the
  // per-address one).
  const other = new Client();
  const ok = await other.login('animation@demo.filet');
  assert.equal(ok.status, 200, `other accounts are not locked: ${ok.describe()}`);
  await other.logout();
});
