// The register of confidentiality incidents (Law 25): managers keep their organization's, admins
// every organization's; bad input names its field in French and English and writes nothing;
// closing an incident whose risk is serious requires both notices, dated no earlier than the day the
// organization learned of it; a stale version is a 409; every change is audited.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, assertList, findOrg, uniq } from './helpers.mjs';

let admin;
let manager; // of Maison de la famille de Montréal-Nord
let managerSL; // of another organization
let mfmn;
let accueilSL;

function incident(organizationId, extra = {}) {
  return {
    organization_id: organizationId, occurred_on: '2026-03-01', discovered_on: '2026-03-03',
    description: uniq('Courriel envoyé au mauvais destinataire'), information_concerned: 'Noms et téléphones',
    persons_concerned: 14, persons_estimated: true, sensitivity: 'Moyenne', consequences: 'Sollicitations',
    likelihood_of_misuse: 'Faible', serious_risk: false, ...extra,
  };
}

before(async () => {
  admin = await as('admin');
  manager = await as('manager');
  managerSL = await as('managerSL');
  mfmn = await findOrg(admin, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(admin, 'Accueil aux immigrants de Saint-Léonard');
});

describe('confidentiality incidents', () => {
  test('a manager records one for their organization; the other organization’s manager sees none of it', async () => {
    const made = assertCreated(await manager.post('privacy/incidents', incident(mfmn.id)));
    assert.equal(made.version, 1);
    assert.equal(made.status, 'open');
    assert.equal(made.occurred_until, null);
    assert.equal((await manager.get(`privacy/incidents/${made.id}`)).status, 200);
    assert.equal((await admin.get(`privacy/incidents/${made.id}`)).status, 200);
    assertError(await managerSL.get(`privacy/incidents/${made.id}`), 404);
    assertError(await managerSL.patch(`privacy/incidents/${made.id}`, { measures: 'x' }), 404);
    const theirs = assertList(await managerSL.get('privacy/incidents', { query: { per_page: 200 } }));
    assert.ok(theirs.items.every((i) => i.organization_id !== mfmn.id));
    const mine = assertList(await manager.get('privacy/incidents', { query: { per_page: 200 } }));
    assert.ok(mine.items.some((i) => i.id === made.id));
    assert.ok(mine.items.every((i) => i.organization_id === mfmn.id));
  });

  test('a manager may not record one for another organization; an admin may', async () => {
    const e = assertError(await manager.post('privacy/incidents', incident(accueilSL.id)), 403, 'forbidden', ['organization_id']);
    assert.ok(e.fields[0].message_fr && e.fields[0].message_en);
    assertCreated(await admin.post('privacy/incidents', incident(accueilSL.id)));
  });

  test('filters: organization, status, period', async () => {
    const closed = assertCreated(await admin.post('privacy/incidents', incident(accueilSL.id, {
      status: 'closed', discovered_on: '2026-05-10', occurred_on: '2026-05-01',
    })));
    const list = assertList(await admin.get('privacy/incidents', {
      query: { organization_id: accueilSL.id, status: 'closed', from: '2026-05-10', to: '2026-05-10', per_page: 200 },
    }));
    assert.ok(list.items.some((i) => i.id === closed.id));
    assert.ok(list.items.every((i) => i.status === 'closed' && i.discovered_on === '2026-05-10'));
    assertError(await admin.get('privacy/incidents', { query: { from: 'hier' } }), 400, 'bad_query', ['from']);
    assertError(await admin.get('privacy/incidents', { query: { status: 'ouvert' } }), 400, 'bad_query', ['status']);
  });

  test('bad input on every field: a clear error naming it, nothing written', async () => {
    const before = (await admin.get('privacy/incidents', { query: { per_page: 1 } })).json.total;
    const cases = [
      ['description', { description: '' }],
      ['occurred_on', { occurred_on: '1er mars' }],
      ['discovered_on', { discovered_on: null }],
      ['persons_concerned', { persons_concerned: -1 }],
      ['persons_estimated', { persons_estimated: 'oui' }],
      ['serious_risk', { serious_risk: 'peut-être' }],
      ['status', { status: 'ouvert' }],
      ['organization_id', { organization_id: 'pas-un-id' }],
      ['measures', { measures: 'x'.repeat(4001) }],
      ['unexpected', { unexpected: 1 }],
      // The regulation's rules, checked on the whole incident.
      ['occurred_until', { occurred_until: '2026-02-01' }],
      ['discovered_on', { discovered_on: '2026-02-01' }],
      ['commission_notified_on', { status: 'closed', serious_risk: true, persons_notified_on: '2026-03-04' }],
      ['persons_notified_on', { status: 'closed', serious_risk: true, commission_notified_on: '2026-03-04' }],
      // A notice before the day the organization learned of it (2026-03-03).
      ['commission_notified_on', { commission_notified_on: '2026-03-02' }],
      ['persons_notified_on', { persons_notified_on: '2026-03-02' }],
    ];
    for (const [field, change] of cases) {
      const res = await manager.post('privacy/incidents', incident(mfmn.id, change));
      const e = assertError(res, 422, undefined, [field]);
      const f = e.fields.find((x) => x.field === field);
      assert.ok(f.message_fr.length > 0 && f.message_en.length > 0, field);
    }
    assert.equal((await admin.get('privacy/incidents', { query: { per_page: 1 } })).json.total, before);
    // Recorded before any notice goes out: a serious risk asks for none while the incident is open.
    assertCreated(await manager.post('privacy/incidents', incident(mfmn.id, { serious_risk: true })));
    assertCreated(await manager.post('privacy/incidents', incident(mfmn.id, {
      status: 'closed', serious_risk: true, commission_notified_on: '2026-03-03', persons_notified_on: '2026-03-05',
    })));
  });

  test('closing a serious incident without its notices is refused, naming each missing one; nothing written', async () => {
    const made = assertCreated(await manager.post('privacy/incidents', incident(mfmn.id, { serious_risk: true })));
    const e = assertError(await manager.patch(`privacy/incidents/${made.id}`, { version: 1, status: 'closed', commission_notified_on: '2026-03-04' }),
      422, 'validation_failed', ['persons_notified_on']);
    const f = e.fields.find((x) => x.field === 'persons_notified_on');
    assert.equal(f.code, 'required_to_close');
    assert.match(f.message_fr, /personnes concernées.*fermer/);
    assert.match(f.message_en, /persons concerned.*close/);
    const unchanged = (await manager.get(`privacy/incidents/${made.id}`)).json;
    assert.equal(unchanged.version, 1);
    assert.equal(unchanged.status, 'open');
    assert.equal(unchanged.commission_notified_on, null);
    const closed = await manager.patch(`privacy/incidents/${made.id}`, {
      version: 1, status: 'closed', commission_notified_on: '2026-03-04', persons_notified_on: '2026-03-04',
    });
    assert.equal(closed.status, 200, closed.describe());
    assert.equal(closed.json.status, 'closed');
  });

  test('update: bad input writes nothing; a stale version is a 409 with the current record; audited', async () => {
    const made = assertCreated(await manager.post('privacy/incidents', incident(mfmn.id)));
    assertError(await manager.patch(`privacy/incidents/${made.id}`, { serious_risk: true, status: 'closed' }), 422, 'validation_failed',
      ['commission_notified_on', 'persons_notified_on']);
    assertError(await manager.patch(`privacy/incidents/${made.id}`, { organization_id: accueilSL.id }), 422);
    assert.equal((await manager.get(`privacy/incidents/${made.id}`)).json.version, 1);
    const closed = await manager.patch(`privacy/incidents/${made.id}`, { version: 1, status: 'closed', measures: 'Mots de passe changés' });
    assert.equal(closed.status, 200, closed.describe());
    assert.equal(closed.json.version, 2);
    assert.equal(closed.json.status, 'closed');
    const stale = await admin.patch(`privacy/incidents/${made.id}`, { version: 1, measures: 'Autre chose' });
    const e = assertError(stale, 409, 'version_conflict');
    assert.equal(e.current.measures, 'Mots de passe changés');
    assert.equal((await admin.get(`privacy/incidents/${made.id}`)).json.measures, 'Mots de passe changés');
    const audit = assertList(await admin.get('audit', { query: { per_page: 200, entity: 'confidentiality_incident' } }));
    const actions = audit.items.filter((a) => a.entity_id === made.id).map((a) => a.action).sort();
    assert.deepEqual(actions, ['create', 'update']);
  });
});
