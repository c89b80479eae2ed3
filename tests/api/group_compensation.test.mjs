// Compensation of groups (issue 11, item 3): the manager and the coordinator who plan a group
// record what it pays an organization (its practitioners' time, hosting a session) or a guest
// parent partner, paid or still to pay; the totals per organization and per program add up, in
// cents; facilitators and evaluators, who work the group, find no compensation; bad bodies name
// their field and write nothing; a stale version gets 409; the totals download in French and English.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, assertList, findOrg, uniq } from './helpers.mjs';

let coordinator;
let manager; // Maison de la famille de Montréal-Nord, which plans the group
let managerSL;
let evaluator;
let facilitator;
let practitioner;
let mfmn;
let accueilSL;
let program;
let group;
let otherGroup;
let parent;
let samir;
let session;
let otherSession;

const today = new Date().toISOString().slice(0, 10);

before(async () => {
  [coordinator, manager, managerSL, evaluator, facilitator, practitioner] = await Promise.all(
    ['coordinator', 'manager', 'managerSL', 'evaluator', 'facilitator', 'practitioner'].map((r) => as(r)));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
  program = assertCreated(await coordinator.post('group-programs', {
    organization_id: mfmn.id, name: uniq('Espace Intervenants (comptes)'), themes: ['Accueil', 'Le lien'],
  }));
  group = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, program_id: program.id, name: uniq('Cohorte des comptes'), kind: 'co_development',
    facilitator_ids: [facilitator.user.id],
  }));
  otherGroup = assertCreated(await coordinator.post('groups', { organization_id: mfmn.id, name: uniq('Autre'), kind: 'committee' }));
  parent = assertCreated(await coordinator.post('group-participants', {
    group_id: group.id, kind: 'guest', label: 'PARENT-PARTENAIRE-1', status: 'registered',
  }));
  samir = assertCreated(await coordinator.post('group-participants', {
    group_id: group.id, kind: 'practitioner', label: 'Samir Haddad', organization_id: accueilSL.id, status: 'registered',
  }));
  session = assertCreated(await coordinator.post('group-sessions', { group_id: group.id, number: 1, held_on: '2026-01-15' }));
  otherSession = assertCreated(await coordinator.post('group-sessions', { group_id: otherGroup.id, number: 1, held_on: '2026-01-15' }));
});

describe('group compensation', () => {
  test('the planners record compensation; the totals add up per organization and per program', async () => {
    const toOrg = assertCreated(await manager.post('group-compensations', {
      group_id: group.id, payee_organization_id: accueilSL.id, kind: 'participation', amount_cents: 15000,
      paid_on: '2026-02-01', note: 'Six rencontres',
    }));
    assert.equal(toOrg.amount_cents, 15000);
    assert.equal(toOrg.participant_id, null);
    assertCreated(await coordinator.post('group-compensations', {
      group_id: group.id, session_id: session.id, payee_organization_id: mfmn.id, kind: 'hosting', amount_cents: 7550,
    }));
    assertCreated(await coordinator.post('group-compensations', {
      group_id: group.id, session_id: session.id, participant_id: parent.id, kind: 'participation', amount_cents: 5000,
      paid_on: today,
    }));
    // Paid through the participant: counted under the participant's organization.
    assertCreated(await coordinator.post('group-compensations', {
      group_id: group.id, participant_id: samir.id, kind: 'evaluation', amount_cents: 2500,
    }));

    const listed = assertList(await manager.get('group-compensations', { query: { group_id: group.id } }));
    assert.equal(listed.total, 4);

    const totals = (await manager.get('group-reports/compensation', { query: { program_id: program.id } })).json;
    assert.deepEqual(totals.overall, { id: null, name: '', paid_cents: 20000, to_pay_cents: 10050, payments: 4 });
    const byName = Object.fromEntries(totals.organizations.map((o) => [o.id ?? 'people', o]));
    assert.equal(byName[accueilSL.id].paid_cents, 15000);
    assert.equal(byName[accueilSL.id].to_pay_cents, 2500);
    assert.equal(byName[mfmn.id].to_pay_cents, 7550);
    assert.equal(byName.people.paid_cents, 5000);
    assert.equal(totals.organizations.at(-1).id, null, 'people paid in their own name come last');
    assert.deepEqual(totals.programs.map((p) => [p.id, p.paid_cents, p.to_pay_cents]), [[program.id, 20000, 10050]]);

    // The download, French then English, in dollars.
    const fr = await manager.get('group-reports/compensation/export', { query: { program_id: program.id, format: 'csv', lang: 'fr' } });
    assert.equal(fr.status, 200, fr.describe());
    assert.match(fr.headers.get('content-disposition'), /filet-dedommagements\.csv/);
    const lines = fr.text.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'Regroupement;Nom;Payé ($);À payer ($);Paiements');
    assert.ok(lines.includes('Organisme;Accueil aux immigrants de Saint-Léonard;150;25;2'), lines.join('\n'));
    assert.ok(lines.includes('Organisme;Personnes payées en leur nom;50;0;1'), lines.join('\n'));
    assert.ok(lines.includes('Total;;200;100,5;4'), lines.join('\n'));
    const en = await coordinator.get('group-reports/compensation/export', { query: { program_id: program.id, format: 'csv', lang: 'en' } });
    assert.ok(en.text.split('\r\n').includes('Total,,200,100.5,4'), en.text);
    const xlsx = await coordinator.get('group-reports/compensation/export', { query: { format: 'xlsx', lang: 'en' } });
    assert.equal(xlsx.status, 200, xlsx.describe());
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  });

  test('those who only work the group find no compensation; practitioners do not work groups', async () => {
    const one = assertList(await manager.get('group-compensations', { query: { group_id: group.id } })).items[0];
    for (const client of [facilitator, evaluator, managerSL]) {
      assert.equal(assertList(await client.get('group-compensations', { query: { group_id: group.id } })).total, 0);
      assertError(await client.get(`group-compensations/${one.id}`), 404, 'not_found');
      assertError(await client.post('group-compensations', {
        group_id: group.id, payee_organization_id: mfmn.id, kind: 'hosting', amount_cents: 100,
      }), 422, 'validation_failed', ['group_id']);
      const totals = (await client.get('group-reports/compensation', { query: { program_id: program.id } })).json;
      assert.equal(totals.overall.payments, 0);
    }
    assertError(await practitioner.get('group-compensations'), 403, 'forbidden');
  });

  test('bad bodies name their field and write nothing', async () => {
    const before = assertList(await coordinator.get('group-compensations', { query: { group_id: group.id } })).total;
    const base = { group_id: group.id, payee_organization_id: mfmn.id, kind: 'hosting', amount_cents: 100 };
    const bad = [
      [{ ...base, participant_id: parent.id }, 'participant_id'],
      [{ ...base, payee_organization_id: undefined }, 'payee_organization_id'],
      [{ ...base, amount_cents: 0 }, 'amount_cents'],
      [{ ...base, amount_cents: 10_000_001 }, 'amount_cents'],
      [{ ...base, amount_cents: 12.5 }, 'amount_cents'],
      [{ ...base, kind: 'pourboire' }, 'kind'],
      [{ ...base, paid_on: '2999-01-01' }, 'paid_on'],
      [{ ...base, paid_on: '2026-02-30' }, 'paid_on'],
      [{ ...base, session_id: otherSession.id }, 'session_id'],
      [{ ...base, payee_organization_id: undefined, participant_id: otherSession.id }, 'participant_id'],
      [{ ...base, payee_organization_id: '00000000-0000-4000-8000-000000000000' }, 'payee_organization_id'],
      [{ ...base, group_id: undefined }, 'group_id'],
      [{ ...base, tip: 1 }, 'tip'],
    ];
    for (const [body, field] of bad) {
      const e = assertError(await coordinator.post('group-compensations', body), 422, ['validation_failed', 'unknown_field'], [field]);
      assert.ok(e.fields.every((f) => f.message_fr && f.message_en));
    }
    const after = assertList(await coordinator.get('group-compensations', { query: { group_id: group.id } })).total;
    assert.equal(after, before, 'nothing written');
  });

  test('marking a payment paid uses the version: a stale one gets 409 with the current record', async () => {
    const k = assertCreated(await manager.post('group-compensations', {
      group_id: group.id, payee_organization_id: mfmn.id, kind: 'expenses', amount_cents: 1200,
    }));
    const paid = await manager.patch(`group-compensations/${k.id}`, { version: k.version, paid_on: today });
    assert.equal(paid.status, 200, paid.describe());
    assert.equal(paid.json.paid_on, today);
    assert.equal(paid.json.version, k.version + 1);
    const stale = assertError(await coordinator.patch(`group-compensations/${k.id}`, { version: k.version, amount_cents: 1 }),
      409, 'version_conflict');
    assert.equal(stale.current.paid_on, today);
    // Back to "to pay", and it cannot move to another group.
    const unpaid = await coordinator.patch(`group-compensations/${k.id}`, { paid_on: null });
    assert.equal(unpaid.status, 200, unpaid.describe());
    assert.equal(unpaid.json.paid_on, null);
    assertError(await coordinator.patch(`group-compensations/${k.id}`, { group_id: otherGroup.id }), 422, 'validation_failed', ['group_id']);
  });
});
