// Law 25 for families (issue 9, item 7): a manager exports everything held about a family (JSON,
// or a page in French or English, a download, audited) and destroys it after typing its code
// (nothing left but a tombstone; audited without content); each organization's retention
// setting; the closing day retention counts from; the evaluation view's de-identified lists.
// Every refusal is checked: other roles, other organizations, bad input changes nothing.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError, assertList } from './helpers.mjs';
import { IDENTITY } from './identity_strings.mjs';

const today = new Date().toISOString().slice(0, 10);
let practitioner; let manager; let managerSL; let coordinator; let evaluator; let admin;

async function familyWithEverything(notes = 'Rencontrée <b>au parc</b> & "ailleurs"') {
  const created = await practitioner.post('families', { adults: 2, outreach_strategy: 'parks', notes });
  assert.equal(created.status, 201, created.describe());
  const f = created.json;
  const identity = await practitioner.put(`families/${f.id}/identity`, { names: IDENTITY.names, phone: IDENTITY.phone });
  assert.equal(identity.status, 200, identity.describe());
  const changed = await practitioner.patch(`families/${f.id}`, { status: 'accompanied', version: f.version });
  assert.equal(changed.status, 200, changed.describe());
  for (const [path, body] of [
    ['family-consents', { purpose: 'evaluation_data', given_on: today, given_how: 'written' }],
    ['family-contacts', { contact_date: today, mode: 'home_visit', initiated_by: 'worker', notes: 'Note du contact' }],
    ['family-check-ins', { check_date: today, trust_link: 3, confidence: 2, informed: 3, resource_use: 1 }],
  ]) {
    const res = await practitioner.post(path, { family_id: f.id, ...body });
    assert.equal(res.status, 201, res.describe());
  }
  return changed.json;
}

// Every page of a de-identified list from today (the demo dates many check-ins today).
async function allFromToday(client, path) {
  const items = [];
  for (let page = 1; page <= 20; page++) {
    const b = assertList(await client.get(path, { query: { from: today, per_page: 200, page } }));
    items.push(...b.items);
    if (b.items.length < 200) break;
  }
  return items;
}

async function audited(entityId, action) {
  const { items } = assertList(await admin.get('audit', { query: { entity: 'family', action, per_page: 200 } }));
  return items.some((e) => e.entity_id === entityId);
}

before(async () => {
  [practitioner, manager, managerSL, coordinator, evaluator, admin] = await Promise.all(
    ['practitioner', 'manager', 'managerSL', 'coordinator', 'evaluator', 'admin'].map((r) => as(r)));
});

describe('export (s. 27)', () => {
  let family;
  before(async () => { family = await familyWithEverything(); });

  test('as JSON: the family, its identity opened, entries, kept versions and audit entries; a download', async () => {
    const res = await manager.get(`families/${family.id}/export`);
    assert.equal(res.status, 200, res.describe());
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="filet-famille-${family.code}.json"`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const x = res.json;
    assert.equal(x.family.code, family.code);
    assert.equal(x.identity.names, IDENTITY.names);
    assert.equal(x.identity.phone, IDENTITY.phone);
    assert.deepEqual([x.consents.length, x.contacts.length, x.check_ins.length], [1, 1, 1]);
    assert.equal(x.contacts[0].notes, 'Note du contact');
    assert.ok(x.history.some((v) => v.entity === 'family' && v.previous.status === 'in_contact'), 'the version before the change');
    const actions = x.audit.map((e) => `${e.action} ${e.entity}`);
    for (const want of ['create family', 'update family_identity', 'update family', 'create family_contact', 'export family'])
      assert.ok(actions.includes(want), `${want} in ${actions.join(', ')}`);
    assert.ok(await audited(family.id, 'export'), 'the export is in the audit log');
  });

  test('as a page in French or English: labels in its language, every value escaped', async () => {
    const fr = await manager.get(`families/${family.id}/export`, { query: { format: 'html', lang: 'fr' } });
    assert.equal(fr.status, 200, fr.describe());
    assert.match(fr.headers.get('content-type'), /^text\/html; charset=utf-8/);
    assert.equal(fr.headers.get('content-disposition'), `attachment; filename="filet-famille-${family.code}.html"`);
    assert.match(fr.text, /<html lang="fr">/);
    assert.match(fr.text, new RegExp(`Renseignements détenus sur la famille ${family.code}`));
    assert.ok(fr.text.includes(IDENTITY.names));
    assert.ok(fr.text.includes('Rencontrée &lt;b&gt;au parc&lt;/b&gt; &amp; &quot;ailleurs&quot;'), 'notes escaped');
    assert.ok(!fr.text.includes('<b>au parc'), 'no markup from a value');
    assert.match(fr.text, /<dt>noms<\/dt>/);
    const en = await manager.get(`families/${family.id}/export`, { query: { format: 'html', lang: 'en' } });
    assert.match(en.text, /<html lang="en">/);
    assert.match(en.text, new RegExp(`Information held about family ${family.code}`));
    assert.match(en.text, /<dt>names<\/dt>/);
  });

  test('only the managers of its organization: others refused, another organization\'s not found', async () => {
    assertError(await practitioner.get(`families/${family.id}/export`), 403, 'forbidden');
    for (const who of [coordinator, evaluator, admin]) assertError(await who.get(`families/${family.id}/export`), 403, 'forbidden');
    assertError(await managerSL.get(`families/${family.id}/export`), 404, 'not_found');
    assertError(await manager.get('families/00000000-0000-4000-8000-00000000dead/export'), 404, 'not_found');
  });

  test('bad query: a format or language it does not know is named', async () => {
    assertError(await manager.get(`families/${family.id}/export`, { query: { format: 'pdf' } }), 400, 'bad_query', ['format']);
    assertError(await manager.get(`families/${family.id}/export`, { query: { format: 'html', lang: 'de' } }), 400, 'bad_query', ['lang']);
  });
});

describe('destruction', () => {
  let family;
  before(async () => { family = await familyWithEverything('À détruire'); });

  test('bad input and others are refused and change nothing', async () => {
    assertError(await manager.post(`families/${family.id}/destruction`, {}), 422, 'validation_failed', ['code']);
    assertError(await manager.post(`families/${family.id}/destruction`, { code: 7 }), 422, 'validation_failed', ['code']);
    assertError(await manager.post(`families/${family.id}/destruction`, { code: 'ZZZZ-00' }), 422, 'validation_failed', ['code']);
    assertError(await manager.post(`families/${family.id}/destruction`, { code: family.code, extra: 1 }), 422);
    assertError(await practitioner.post(`families/${family.id}/destruction`, { code: family.code }), 403, 'forbidden');
    assertError(await coordinator.post(`families/${family.id}/destruction`, { code: family.code }), 403, 'forbidden');
    assertError(await admin.post(`families/${family.id}/destruction`, { code: family.code }), 403, 'forbidden');
    assertError(await managerSL.post(`families/${family.id}/destruction`, { code: family.code }), 404, 'not_found');
    const still = await practitioner.get(`families/${family.id}/identity`);
    assert.equal(still.status, 200, still.describe());
    assert.equal(still.json.names, IDENTITY.names);
  });

  test('the family\'s code typed, it is gone: record, identity, entries, export; audited without content', async () => {
    const contacts = assertList(await manager.get('family-contacts', { query: { family_id: family.id } })).items;
    assert.equal(contacts.length, 1);
    const res = await manager.post(`families/${family.id}/destruction`, { code: family.code.toLowerCase().replace('-', ' ') });
    assert.equal(res.status, 204, res.describe());
    for (const path of [`families/${family.id}`, `families/${family.id}/identity`, `families/${family.id}/timeline`,
      `family-contacts/${contacts[0].id}`])
      assertError(await practitioner.get(path), 404, 'not_found');
    assertError(await manager.get(`families/${family.id}/export`), 404, 'not_found');
    assert.equal(assertList(await manager.get('family-contacts', { query: { family_id: family.id } })).total, 0);
    assert.equal(assertList(await manager.get('families', { query: { code: family.code } })).total, 0);
    assert.equal(assertList(await manager.get('families', { query: { name: IDENTITY.names } })).items.some((f) => f.id === family.id), false);
    assert.ok(await audited(family.id, 'destroy'), 'the destruction is in the audit log');
    assertError(await manager.post(`families/${family.id}/destruction`, { code: family.code }), 404, 'not_found');
  });
});

describe('retention setting and closing day', () => {
  let orgId;
  before(async () => { orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id; });

  test('5 years by default; a manager sets it; bad values are named and change nothing', async () => {
    const first = await manager.get(`organizations/${orgId}/family-retention`);
    assert.equal(first.status, 200, first.describe());
    assert.equal(first.json.organization_id, orgId);
    for (const bad of [0, 31, 'deux', 2.5, null])
      assertError(await manager.put(`organizations/${orgId}/family-retention`, { years_after_closing: bad }), 422, 'validation_failed', ['years_after_closing']);
    assertError(await manager.put(`organizations/${orgId}/family-retention`, {}), 422, 'validation_failed', ['years_after_closing']);
    assert.deepEqual((await manager.get(`organizations/${orgId}/family-retention`)).json, first.json);
    const set = await manager.put(`organizations/${orgId}/family-retention`, { years_after_closing: 7 });
    assert.equal(set.status, 200, set.describe());
    assert.deepEqual(set.json, { organization_id: orgId, years_after_closing: 7, is_default: false });
    assert.equal((await manager.get(`organizations/${orgId}/family-retention`)).json.years_after_closing, 7);
    const back = await manager.put(`organizations/${orgId}/family-retention`, { years_after_closing: 5 });
    assert.equal(back.status, 200, back.describe());
  });

  test('only its own managers', async () => {
    for (const who of [practitioner, coordinator, evaluator, admin, managerSL]) {
      assertError(await who.get(`organizations/${orgId}/family-retention`), 403, 'forbidden');
      assertError(await who.put(`organizations/${orgId}/family-retention`, { years_after_closing: 2 }), 403, 'forbidden');
    }
  });

  test('a family closed today says so; reopened, it no longer has a closing day', async () => {
    const f = (await practitioner.post('families', { adults: 1 })).json;
    assert.equal(f.closed_on, null);
    const closed = await practitioner.patch(`families/${f.id}`, { status: 'closed', closing_reason: 'moved_away' });
    assert.equal(closed.status, 200, closed.describe());
    assert.equal(closed.json.closed_on, today);
    const reopened = await practitioner.patch(`families/${f.id}`, { status: 'accompanied' });
    assert.equal(reopened.json.closed_on, null);
  });
});

describe('evaluation view: de-identified contacts and check-ins', () => {
  let consenting; let other;
  before(async () => {
    consenting = await familyWithEverything('Consent');
    other = (await practitioner.post('families', { adults: 1 })).json;
    const c = await practitioner.post('family-contacts', { family_id: other.id, contact_date: today, mode: 'phone', initiated_by: 'parent', notes: 'Sans consentement' });
    assert.equal(c.status, 201, c.describe());
  });

  for (const [path, dateKey] of [['family-evaluation/contacts', 'contact_date'], ['family-evaluation/check-ins', 'check_date']]) {
    test(`${path}: coordinators and evaluators read consenting families' entries, without notes`, async () => {
      for (const who of [coordinator, evaluator]) {
        const items = await allFromToday(who, path);
        const mine = items.filter((x) => x.family_id === consenting.id);
        assert.equal(mine.length, 1, `${who.label} reads the consenting family's entry`);
        assert.equal(items.some((x) => x.family_id === other.id), false, 'not a family without the consent');
        for (const x of items) {
          assert.ok(x[dateKey] >= today);
          for (const hidden of ['notes', 'tried', 'recorded_by', 'code']) assert.equal(hidden in x, false, `${hidden} in ${path}`);
        }
      }
    });
  }

  test('its own organization reads every family\'s entries there, de-identified too', async () => {
    const items = await allFromToday(practitioner, 'family-evaluation/contacts');
    assert.ok(items.some((x) => x.family_id === other.id));
    assert.ok(items.every((x) => !('notes' in x)));
    assert.equal(assertList(await managerSL.get('family-evaluation/contacts', { query: { per_page: 200 } })).items.some((x) => x.family_id === other.id), false);
  });

  test('refused to admins and facilitators; bad filters named', async () => {
    assertError(await admin.get('family-evaluation/contacts'), 403, 'forbidden');
    assertError(await (await as('facilitator')).get('family-evaluation/check-ins'), 403, 'forbidden');
    assertError(await evaluator.get('family-evaluation/contacts', { query: { from: 'hier' } }), 400, 'bad_query', ['from']);
    assertError(await evaluator.get('family-evaluation/check-ins', { query: { organization_id: 'x' } }), 400, undefined, ['organization_id']);
    assertError(await evaluator.get('family-evaluation/check-ins', { query: { sort: 'notes' } }), 400, 'bad_query', ['sort']);
  });
});
