// Groups (issue 11, first slice): the coordinator plans a program of sessions and a group of
// Maison de la famille de Montréal-Nord with the demo facilitator, registers participants and
// plans sessions; the facilitator sees only the groups they facilitate, takes attendance and
// writes the logbook; the logbook is read by the facilitator and the evaluator only; the group's
// report gives retention and fidelity from the records; bad bodies write nothing; versions.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, assertList, findOrg } from './helpers.mjs';

let coordinator;
let evaluator;
let manager; // Maison de la famille de Montréal-Nord
let managerSL; // Accueil aux immigrants de Saint-Léonard
let practitioner;
let facilitator;
let mfmn;
let accueilSL;
let program;
let group; // facilitated by the demo facilitator
let otherGroup; // not
let sessions;
let participants;
let territory;

const CHECKLIST = ['Accueil et tour de table', 'Exposé du cas', 'Questions de clarification', 'Synthèse'];

before(async () => {
  [coordinator, evaluator, manager, managerSL, practitioner, facilitator] = await Promise.all(
    ['coordinator', 'evaluator', 'manager', 'managerSL', 'practitioner', 'facilitator'].map((r) => as(r)));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  territory = assertList(await coordinator.get('territories', { query: { q: 'Montréal-Nord', per_page: 50 } }))
    .items.find((x) => x.name === 'Montréal-Nord');
  accueilSL = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
  program = assertCreated(await coordinator.post('group-programs', {
    organization_id: mfmn.id, name: 'Espace Intervenants (essai)',
    themes: ['Le lien avec les familles', 'Le travail de proximité', 'La collaboration'], checklist: CHECKLIST,
  }));
  group = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, program_id: program.id, name: 'Cohorte Nord', kind: 'co_development',
    cohort: 'Cohorte 1', territory_id: territory.id, facilitator_ids: [facilitator.user.id], host_organization_ids: [mfmn.id, accueilSL.id],
    starts_on: '2026-01-15', ends_on: '2026-06-15',
  }));
  otherGroup = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, name: 'Comité des partenaires', kind: 'committee',
  }));
  participants = [];
  for (const [label, org, kind] of [['Léa Tremblay', mfmn.id, 'practitioner'], ['Samir Haddad', accueilSL.id, 'practitioner'],
    ['PARENT-07', null, 'parent']]) {
    participants.push(assertCreated(await coordinator.post('group-participants', {
      group_id: group.id, kind, label, organization_id: org, status: 'registered',
    })));
  }
  sessions = [];
  for (const [number, held_on] of [[1, '2026-01-15'], [2, '2026-02-15']]) {
    sessions.push(assertCreated(await coordinator.post('group-sessions', {
      group_id: group.id, number, held_on, place: 'Salle communautaire', host_organization_id: mfmn.id,
    })));
  }
});

describe('groups', () => {
  test('a session takes its theme from the program; a number is used once per group', async () => {
    assert.equal(sessions[0].theme, 'Le lien avec les familles');
    assert.equal(sessions[1].theme, 'Le travail de proximité');
    assertError(await coordinator.post('group-sessions', { group_id: group.id, number: 1, held_on: '2026-03-15' }),
      422, 'validation_failed', ['number']);
  });

  test('a facilitator sees only the groups they facilitate, and their sessions and participants', async () => {
    const ids = assertList(await facilitator.get('groups', { query: { per_page: 200 } })).items.map((g) => g.id);
    assert.ok(ids.includes(group.id));
    assert.ok(!ids.includes(otherGroup.id));
    assertError(await facilitator.get(`groups/${otherGroup.id}`), 404, 'not_found');
    assert.equal(assertList(await facilitator.get('group-sessions', { query: { group_id: group.id } })).total, 2);
    assert.equal(assertList(await facilitator.get('group-participants', { query: { group_id: group.id } })).total, 3);
    // Nor does the facilitator plan.
    assertError(await facilitator.post('groups', { organization_id: mfmn.id, name: 'Le mien', kind: 'training' }),
      403, 'forbidden');
    // The coordinator sees both.
    const all = assertList(await coordinator.get('groups', { query: { per_page: 200 } })).items.map((g) => g.id);
    assert.ok(all.includes(group.id) && all.includes(otherGroup.id));
  });

  test("a manager sees their organization's participants of a group planned elsewhere", async () => {
    const seen = assertList(await managerSL.get('group-participants', { query: { per_page: 200 } })).items;
    const here = seen.filter((p) => p.group_id === group.id);
    assert.deepEqual(here.map((p) => p.label), ['Samir Haddad']);
    assertError(await managerSL.get(`groups/${group.id}`), 404, 'not_found');
    // Practitioners do not work groups.
    assertError(await practitioner.get('groups'), 403, 'forbidden');
  });

  test('the facilitator takes attendance; the report gives retention and fidelity', async () => {
    const [lea, samir, parent] = participants;
    let res = await facilitator.put(`group-sessions/${sessions[0].id}/attendance`, {
      version: sessions[0].version, present: [lea.id, samir.id, parent.id], children_in_care: 4, interpreters: 1,
      delivered_items: CHECKLIST,
    });
    assert.equal(res.status, 200, res.describe());
    assert.deepEqual(res.json.present.sort(), [lea.id, samir.id, parent.id].sort());
    // A stale version: 409 with the attendance as it is.
    assertError(await facilitator.put(`group-sessions/${sessions[0].id}/attendance`, {
      version: sessions[0].version, present: [],
    }), 409, 'version_conflict');
    res = await facilitator.put(`group-sessions/${sessions[1].id}/attendance`, {
      present: [lea.id], excused: [samir.id], absent: [parent.id], delivered_items: CHECKLIST.slice(0, 2),
    });
    assert.equal(res.status, 200, res.describe());
    // The coordinator plans but does not take attendance.
    assertError(await coordinator.put(`group-sessions/${sessions[1].id}/attendance`, { present: [] }), 403, 'forbidden');

    const report = (await evaluator.get(`groups/${group.id}/report`)).json;
    assert.equal(report.sessions_held, 2);
    assert.equal(report.registered, 3);
    assert.equal(report.present_at_last, 1);
    assert.ok(Math.abs(report.retention - 1 / 3) < 1e-9);
    assert.equal(report.fidelity_delivered, 6);
    assert.equal(report.fidelity_expected, 8);
    assert.equal(report.sessions[0].children_in_care, 4);
    assert.equal(report.sessions[1].excused, 1);
    const lea2 = report.participants.find((p) => p.participant_id === lea.id);
    assert.equal(lea2.attended, 2);
    assert.equal(lea2.share, 1);
  });

  test('the logbook: written by the facilitator, read by them and the evaluator only', async () => {
    const path = `group-sessions/${sessions[0].id}/logbook`;
    const empty = (await facilitator.get(path)).json;
    assert.equal(empty.version, 0);
    const res = await facilitator.put(path, {
      participation_rating: 4, participation_comment: 'Tout le monde a pris la parole',
      trust_rating: 3, frame_rating: 4, links_comment: 'Échanges de contacts après la rencontre',
      notes: 'Pratique prometteuse : la marche exploratoire du quartier.',
    });
    assert.equal(res.status, 200, res.describe());
    assert.equal(res.json.version, 1);
    assert.equal(res.json.trust_rating, 3);
    assert.equal(res.json.practices_rating, null);
    const read = (await evaluator.get(path));
    assert.equal(read.status, 200, read.describe());
    assert.equal(read.json.notes, 'Pratique prometteuse : la marche exploratoire du quartier.');
    for (const other of [coordinator, manager]) assertError(await other.get(path), 403, 'forbidden');
    assertError(await practitioner.get(path), 403, 'forbidden');
    assertError(await facilitator.put(path, { version: 7, notes: 'trop tard' }), 409, 'version_conflict');
    assertError(await evaluator.put(path, { notes: 'non' }), 403, 'forbidden');
  });

  test('bad input on every body is refused naming the field, and nothing is written', async () => {
    const before = assertList(await coordinator.get('groups', { query: { per_page: 200 } })).total;
    const cases = [
      ['group-programs', { organization_id: mfmn.id, name: 'X', themes: [] }, ['name', 'themes']],
      ['groups', { organization_id: mfmn.id, name: 'Groupe', kind: 'party' }, ['kind']],
      ['groups', { organization_id: mfmn.id, name: 'Groupe', kind: 'training', facilitator_ids: [manager.user.id] },
        ['facilitator_ids']],
      ['groups', { organization_id: mfmn.id, name: 'Groupe', kind: 'training', starts_on: '2026-05-01', ends_on: '2026-04-01' },
        ['ends_on']],
      ['group-participants', { group_id: group.id, kind: 'parent', label: 'P', status: 'maybe' }, ['label', 'status']],
      ['group-sessions', { group_id: group.id, number: 0, held_on: '15 mars' }, ['number', 'held_on']],
    ];
    for (const [path, body, fields] of cases) {
      const e = assertError(await coordinator.post(path, body), 422, 'validation_failed', fields);
      assert.ok(e.fields.every((f) => f.message_fr && f.message_en));
    }
    assert.equal(assertList(await coordinator.get('groups', { query: { per_page: 200 } })).total, before);
    const session = (await facilitator.get(`group-sessions/${sessions[1].id}/attendance`)).json;
    for (const [body, fields] of [
      [{ present: ['00000000-0000-4000-8000-00000000dead'] }, ['present']],
      [{ present: [participants[0].id], absent: [participants[0].id] }, ['absent']],
      [{ delivered_items: ['Danse'] }, ['delivered_items']],
      [{ children_in_care: -1 }, ['children_in_care']],
    ]) assertError(await facilitator.put(`group-sessions/${sessions[1].id}/attendance`, body), 422, undefined, fields);
    assertError(await facilitator.put(`group-sessions/${sessions[0].id}/logbook`, { trust_rating: 5, colour: 'bleu' }),
      422, undefined, ['trust_rating', 'colour']);
    assert.deepEqual((await facilitator.get(`group-sessions/${sessions[1].id}/attendance`)).json, session);
  });

  test("Table 2 and Table 3 are counted from the program's registrations, and Table 2 downloads as CSV", async () => {
    const tables = (await coordinator.get('group-reports/participation', { query: { program_id: program.id } })).json;
    // Two practitioners of two organizations in Montréal-Nord; the parent is not a practitioner.
    assert.deepEqual(tables.territories, [{ territory_id: territory.id, territory_name: 'Montréal-Nord', organizations: 2, practitioners: 2 }]);
    assert.equal(tables.organizations, 2);
    assert.deepEqual(tables.sectors.map((x) => x.organizations).reduce((a, b) => a + b, 0), 2);
    // The facilitator's own groups give the same lines; another program's none.
    assert.equal((await facilitator.get('group-reports/participation', { query: { program_id: program.id } })).json.practitioners, 2);
    const csv = await coordinator.get('group-reports/participation/export', {
      query: { program_id: program.id, format: 'csv', lang: 'fr' }, headers: { accept: 'text/csv' },
    });
    assert.equal(csv.status, 200, csv.describe());
    assert.match(csv.headers.get('content-disposition'), /attachment; filename="filet-participation\.csv"/);
    assert.match(csv.text, /Territoire;Organismes;Intervenantes et intervenants\r\nMontréal-Nord;2;2\r\nTotal;2;2/);
    assertError(await coordinator.get('group-reports/participation', { query: { program_id: 'pas-un-id' } }), 400);
  });

  test('a stale version of a group is a 409 with the group as it is', async () => {
    const res = await coordinator.patch(`groups/${otherGroup.id}`, { cohort: 'Cohorte 2', version: otherGroup.version });
    assert.equal(res.status, 200, res.describe());
    const e = assertError(await coordinator.patch(`groups/${otherGroup.id}`, { cohort: 'Cohorte 3', version: otherGroup.version }),
      409, 'version_conflict');
    assert.equal(e.current.cohort, 'Cohorte 2');
  });
});
