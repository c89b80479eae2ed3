// Passwords among the 10,000 most common of data breaches are refused wherever a password is
// set (issue 6, item 11), whatever their case; the demo password is not one of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, uniq } from './helpers.mjs';

test('creating or changing an account with a breached password → 422 naming the password', async () => {
  const admin = await as('admin');
  for (const password of ['qwerty123456', 'QwErTy123456', 'leavemealone']) {
    const res = await admin.post('users', { email: `${uniq('fuite')}@example.test`, name: 'Fuite', password });
    const e = assertError(res, 422, 'validation_failed', ['password']);
    const field = e.fields.find((f) => f.field === 'password');
    assert.equal(field.code, 'breached');
    assert.match(field.message_fr, /mot de passe.*fuites de données/);
    assert.match(field.message_en, /password.*data breaches/);
  }
  const user = assertCreated(await admin.post('users', {
    email: `${uniq('solide')}@example.test`, name: 'Solide', password: 'filet-demo-2026',
  }));
  const changed = await admin.patch(`users/${user.id}`, { password: 'Sonyericsson' });
  assertError(changed, 422, 'validation_failed', ['password']);
});
