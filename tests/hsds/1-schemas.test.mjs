// The validator itself: every HSDS 3.1 schema loads, and the official examples validate, so a
// failure in the other files is the server's and not the test setup's. Needs no server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ajv, assertValid, EXAMPLES_DIR, readJson, SCHEMA_NAMES } from './lib.mjs';

test('every object schema of v3.1/schema compiles under its file name', () => {
  assert.ok(SCHEMA_NAMES.length >= 24, `only ${SCHEMA_NAMES.length} schema files`);
  for (const name of SCHEMA_NAMES) assert.ok(ajv.getSchema(name), `${name} does not compile`);
});

for (const [file, schema] of [
  ['service_full.json', 'service.json'],
  ['organization_full.json', 'organization.json'],
  ['service_at_location_full.json', 'service_at_location.json'],
  ['location.json', 'location.json'],
  ['taxonomy.json', 'taxonomy.json'],
  ['taxonomy_term.json', 'taxonomy_term.json'],
]) {
  test(`official example ${file} validates against ${schema}`, () => {
    assertValid(schema, readJson(path.join(EXAMPLES_DIR, file)), file);
  });
}

test('the official service_list.json example has the Page envelope and valid items', () => {
  const page = readJson(path.join(EXAMPLES_DIR, 'service_list.json'));
  assertValid('page.json', page, 'service_list.json');
  for (const s of page.contents) assertValid('compiled/service_list.json', s, 'service_list.json item');
});

test('the validator rejects what it should', () => {
  const ok = ajv.getSchema('service.json');
  assert.equal(ok({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'x', status: 'active' }), true);
  assert.equal(ok({ id: 'ac148810-d857-441c-9679-408f346de14b', status: 'active' }), false, 'no name');
  assert.equal(ok({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'x', status: 'maybe' }), false, 'bad status');
  assert.equal(ok({ id: 'not-a-uuid', name: 'x', status: 'active' }), false, 'bad uuid');
  assert.equal(ok({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'x', status: 'active',
    phones: [{ id: 'ac148810-d857-441c-9679-408f346de14c' }] }), false, 'phone without number ($ref to phone.json)');
});
