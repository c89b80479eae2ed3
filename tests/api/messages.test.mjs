// The messages people read say what is expected, in French (with French typography) and in
// English: an age of "abc" must be a whole number, a membership names an organization and a
// role, and the English e-mail message shows an English example. Nothing here writes data.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError, uniq } from './helpers.mjs';

let admin;
before(async () => {
  admin = await as('admin');
});

function fieldOf(error, name) {
  const field = error.fields.find((f) => f.field === name);
  assert.ok(field, `no field ${name} in ${JSON.stringify(error.fields)}`);
  return field;
}

function assertFrenchTypography(text) {
  assert.doesNotMatch(text, /'/, `straight apostrophe: ${text}`);
  assert.doesNotMatch(text, /«(?!\u00a0)/, `no non-breaking space after «: ${text}`);
  assert.doesNotMatch(text, /[^\u00a0][»;!?]/, `no non-breaking space before » ; ! ?: ${text}`);
}

test('an age of "abc" must be a whole number; an age of 200 is out of range', async () => {
  const word = assertError(await admin.get('directory/search', { query: { age: 'abc' } }), 400, 'bad_query', ['age']);
  const age = fieldOf(word, 'age');
  assert.equal(age.message_fr, 'Le champ «\u00a0âge\u00a0» doit être un nombre entier.');
  assert.equal(age.message_en, 'The field "age" must be a whole number.');
  const big = assertError(await admin.get('directory/search', { query: { age: '200' } }), 400, 'bad_query', ['age']);
  assert.match(fieldOf(big, 'age').message_fr, /hors limites \(0–120\)/);
  for (const e of [word, big]) {
    assertFrenchTypography(e.message_fr);
    for (const f of e.fields) assertFrenchTypography(f.message_fr);
  }
});

test('a membership without a role, and an e-mail without a domain, are explained in each language', async () => {
  const res = await admin.post('users', {
    email: `${uniq('message')}@@exemple`,
    name: 'Message',
    password: 'message-mot-de-passe',
    memberships: [{ organization_id: '00000000-0000-4000-8000-000000000000' }],
  });
  const error = assertError(res, 422, 'validation_failed', ['memberships']);
  const row = fieldOf(error, 'memberships');
  assert.equal(row.code, 'incomplete_row');
  assert.equal(row.message_fr, 'Chaque adhésion doit nommer un organisme et un rôle.');
  assert.equal(row.message_en, 'Each membership must name an organization and a role.');

  const bad = await admin.post('users', { email: 'jean@@exemple', name: 'Courriel', password: 'message-mot-de-passe' });
  const email = fieldOf(assertError(bad, 422, 'validation_failed', ['email']), 'email');
  assert.equal(email.code, 'invalid_format');
  assert.match(email.message_fr, /nom@domaine\.ca/);
  assert.match(email.message_en, /name@domain\.ca/);
  assert.doesNotMatch(email.message_en, /nom@domaine/);
  assertFrenchTypography(email.message_fr);
});
