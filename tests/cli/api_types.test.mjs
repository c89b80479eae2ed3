// `filet openapi` prints the API's OpenAPI document without a server, and the committed web types
// (web/src/generated/api.ts) are exactly what scripts/generate-api-types.mjs makes of it: a field
// description changed without regenerating them fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filet, tempDir, BIN } from './lib.mjs';

const script = new URL('../../scripts/generate-api-types.mjs', import.meta.url).pathname;

function generator(args) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, FILET_BIN: BIN } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('filet openapi prints the document with the schemas of the described entities', () => {
  const r = filet(['openapi']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.match(doc.openapi, /^3\./);
  for (const name of ['Organization', 'OrganizationCreate', 'OrganizationUpdate', 'OrganizationPage', 'Me', 'ServiceCreate'])
    assert.ok(doc.components.schemas[name], `schema ${name}`);
  assert.deepEqual(doc.components.schemas.OrganizationCreate.required, ['name', 'sector']);
  const list = doc.paths['/api/v1/organizations'].get;
  assert.deepEqual(list.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/OrganizationPage' });
  const search = doc.paths['/api/v1/directory/search'].get.parameters.map((p) => p.name);
  for (const name of ['page', 'per_page', 'q', 'need', 'age', 'near', 'language', 'territory_id', 'open_on', 'free', 'lang'])
    assert.ok(search.includes(name), `search parameter ${name} in ${search}`);
  // `sort` is declared with each list's own keys, both ways; the search has none, so no `sort`.
  assert.ok(!search.includes('sort'), 'the directory search declares no sort');
  const sort = list.parameters.find((p) => p.name === 'sort');
  assert.ok(sort.schema.enum.includes('name') && sort.schema.enum.includes('-name'), JSON.stringify(sort));
  assert.deepEqual(sort.schema.enum.filter((k) => !k.startsWith('-')).map((k) => `-${k}`), sort.schema.enum.filter((k) => k.startsWith('-')));
  // An update's 409: the version conflict with the current record, or another error.
  const conflict = doc.paths['/api/v1/organizations/{id}'].patch.responses['409'].content['application/json'].schema;
  assert.deepEqual(conflict.anyOf.map((s) => s.$ref), ['#/components/schemas/OrganizationConflict', '#/components/schemas/Error']);
  const body = doc.components.schemas.OrganizationConflict.properties.error;
  assert.deepEqual(body.properties.code.enum, ['version_conflict']);
  assert.ok(body.required.includes('current'));
  assert.deepEqual(body.properties.current, { $ref: '#/components/schemas/Organization' });
  const error = doc.components.schemas.Error.properties.error;
  assert.ok(!error.properties.code.enum.includes('version_conflict') && error.properties.code.enum.includes('not_found'));
  assert.equal(error.additionalProperties, false);
  // Every route answering JSON names its schema (downloads, metrics and empty answers aside).
  const unnamed = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      const success = Object.entries(op.responses).find(([code]) => code.startsWith('2'));
      const streams = ['/metrics', '/api/v1/directory/export', '/api/v1/audit/export', '/api/v1/journal/exports/outreach',
        '/api/v1/journal/exports/networking', '/api/v1/families/{id}/export', '/api/v1/questionnaire-versions/{id}/xlsform',
        '/api/v1/survey-campaigns/{id}/answers', '/api/v1/survey-campaigns/{id}/results/export',
        '/api/v1/survey-campaigns/{id}/invitations',
        '/api/v1/service-gaps/register/export', '/api/v1/key-partners/summary/export',
        '/api/v1/group-reports/participation/export', '/api/v1/group-reports/compensation/export',
        '/api/v1/referral-agreements/export', '/api/v1/group-reports/activity/export', '/api/v1/group-reports/cohorts/export',
        '/api/v1/group-program-materials/{id}/download'].includes(path);
      if (success[0] !== '204' && !streams && !success[1].content) unnamed.push(`${method.toUpperCase()} ${path}`);
    }
  assert.deepEqual(unnamed, []);
});

test('the committed web types are what the generator makes from this binary', () => {
  const r = generator(['--check']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
});

test('the check fails when the document no longer matches the committed types', () => {
  const doc = JSON.parse(filet(['openapi']).stdout);
  doc.components.schemas.Organization.properties.drifted = { type: 'string' };
  const file = join(tempDir(), 'openapi.json');
  writeFileSync(file, JSON.stringify(doc));
  const r = generator([file, '--check']);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /differs/);
});
