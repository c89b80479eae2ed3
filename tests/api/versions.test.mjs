// Optimistic versions: two people edit the same organization and the same service from the same
// version; the second save is refused with 409 version_conflict carrying the record as the first
// left it, and the record keeps the first's change. A bad `version` is a 400 naming the field.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, freshLogin, uniq } from './helpers.mjs';

let admin; // the first person
let manager; // the second: manager of the organization, in a session of their own
let organization;
let service;

before(async () => {
  admin = await as('admin');
  organization = assertCreated(await admin.post('organizations', { name: uniq('Maison Versions'), sector: 'community_family' }));
  const email = `${uniq('versions')}@example.test`;
  const password = 'une phrase de passe pour les versions';
  assertCreated(await admin.post('users', {
    email, name: 'Gestion Versions', password, locale: 'fr', is_admin: false,
    memberships: [{ organization_id: organization.id, role: 'manager' }],
  }));
  manager = await freshLogin(email, password);
  service = assertCreated(await admin.post('directory/services', { organization_id: organization.id, name_fr: uniq('Halte versions') }));
});

describe('versions', () => {
  test('every edited record carries its version, 1 when created', async () => {
    assert.equal(organization.version, 1);
    assert.equal(service.version, 1);
    for (const path of ['territories', 'organizations', 'programs', 'users']) {
      const list = (await admin.get(path, { query: { per_page: 1 } })).json;
      assert.equal(typeof list.items[0].version, 'number', `${path}: ${JSON.stringify(list.items[0])}`);
    }
  });

  test('organization: the second save from the same version gets 409 with the first change', async () => {
    // Both open version 1.
    const seenByAdmin = (await admin.get(`organizations/${organization.id}`)).json;
    const seenByManager = (await manager.get(`organizations/${organization.id}`)).json;
    assert.equal(seenByAdmin.version, seenByManager.version);
    const first = await admin.patch(`organizations/${organization.id}`, { email: 'accueil@example.test', version: seenByAdmin.version });
    assert.equal(first.status, 200, first.describe());
    assert.equal(first.json.version, seenByAdmin.version + 1);

    const second = await manager.patch(`organizations/${organization.id}`, { phone: '514-555-0199', version: seenByManager.version });
    const e = assertError(second, 409, 'version_conflict');
    assert.match(e.message_fr, /Quelqu’un d’autre a modifié cette fiche/);
    assert.match(e.message_en, /Someone else changed this record/);
    assert.equal(e.current.id, organization.id);
    assert.equal(e.current.email, 'accueil@example.test', 'current carries the first change');
    assert.equal(e.current.version, first.json.version);
    assert.deepEqual(e.current, (await manager.get(`organizations/${organization.id}`)).json, 'current is what GET gives');

    const kept = (await admin.get(`organizations/${organization.id}`)).json;
    assert.equal(kept.email, 'accueil@example.test');
    assert.equal(kept.phone, null, 'the second change is not applied');
    assert.equal(kept.version, first.json.version, 'nothing changed');

    // Made again against the current version, the change goes through.
    const again = await manager.patch(`organizations/${organization.id}`, { phone: '514-555-0199', version: e.current.version });
    assert.equal(again.status, 200, again.describe());
    assert.equal(again.json.phone, '514-555-0199');
    assert.equal(again.json.email, 'accueil@example.test');
  });

  test('service: the second save from the same version gets 409 with the first change', async () => {
    const seen = (await manager.get(`directory/services/${service.id}`)).json;
    const first = await admin.patch(`directory/services/${service.id}`, { description_fr: 'Ouverte le samedi.', version: seen.version });
    assert.equal(first.status, 200, first.describe());
    const second = await manager.patch(`directory/services/${service.id}`, { email: 'halte@example.test', version: seen.version });
    const e = assertError(second, 409, 'version_conflict');
    assert.equal(e.current.description_fr, 'Ouverte le samedi.');
    assert.equal(e.current.version, first.json.version);
    const kept = (await admin.get(`directory/services/${service.id}`)).json;
    assert.equal(kept.email, null);
    assert.equal(kept.description_fr, 'Ouverte le samedi.');
    assert.equal(kept.version, first.json.version);
  });

  test('without a version an update applies to the current one (old clients) and still counts', async () => {
    const before = (await admin.get(`organizations/${organization.id}`)).json;
    const res = await admin.patch(`organizations/${organization.id}`, { website: 'https://example.test' });
    assert.equal(res.status, 200, res.describe());
    assert.equal(res.json.version, before.version + 1);
    const verified = await admin.post(`directory/services/${service.id}/verification`, {});
    assert.equal(verified.status, 200, verified.describe());
    const s = (await admin.get(`directory/services/${service.id}`)).json;
    assert.equal(s.version, verified.json.version);
    assert.ok(s.version >= 3, 'the verification counts as a change');
  });

  test('a bad version is a 400 naming the field, and changes nothing', async () => {
    const before = (await admin.get(`organizations/${organization.id}`)).json;
    for (const version of ['abc', 0, -1, 1.5, null, true]) {
      const res = await admin.patch(`organizations/${organization.id}`, { name: 'Jamais enregistré', version });
      const e = assertError(res, 400, 'bad_request', ['version']);
      const field = e.fields.find((f) => f.field === 'version');
      assert.match(field.message_fr, /version/);
      assert.match(field.message_en, /version/);
    }
    const territory = (await admin.get('territories', { query: { per_page: 1 } })).json.items[0];
    for (const version of ['abc', 0, -1]) {
      assertError(await admin.patch(`directory/services/${service.id}`, { name_fr: 'Jamais', version }), 400, 'bad_request', ['version']);
      assertError(await admin.patch(`territories/${territory.id}`, { name: 'Jamais', version }), 400, 'bad_request', ['version']);
    }
    assert.deepEqual((await admin.get(`territories/${territory.id}`)).json, territory);
    const after = (await admin.get(`organizations/${organization.id}`)).json;
    assert.deepEqual(after, before);
  });
});
