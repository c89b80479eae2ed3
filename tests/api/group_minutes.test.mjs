// A meeting's record (issue 11, item 6): a committee's minutes and decisions, a training's hours,
// kept by the group's facilitators and planners, read by whoever reaches the group; bad bodies
// name their field and write nothing; a stale version is a 409; and the groups' activity per
// fiscal or calendar year counts sessions, hours, attendances and decisions from these records.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, findOrg, uniq } from './helpers.mjs';

let coordinator;
let facilitator;
let evaluator;
let managerSL;
let program;
let committee;
let meeting;
let training;
let lesson;
let people;
// A year of its own, so that this run's sessions are the only ones of its program in it.
const y = 1990 + Math.floor(Math.random() * 20);

before(async () => {
  [coordinator, facilitator, evaluator, managerSL] = await Promise.all(['coordinator', 'facilitator', 'evaluator', 'managerSL'].map((r) => as(r)));
  const mfmn = await findOrg(coordinator, 'Maison de la famille de Montréal-Nord');
  program = assertCreated(await coordinator.post('group-programs', {
    organization_id: mfmn.id, name: uniq('Comité et formation'), themes: ['Rencontre'], checklist: [],
  }));
  committee = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, program_id: program.id, name: uniq('Comité parents-intervenants'), kind: 'committee', facilitator_ids: [facilitator.user.id],
  }));
  training = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, program_id: program.id, name: uniq('Formation interculturelle'), kind: 'training', facilitator_ids: [facilitator.user.id],
  }));
  meeting = assertCreated(await coordinator.post('group-sessions', { group_id: committee.id, number: 1, held_on: `${y}-05-12` }));
  lesson = assertCreated(await coordinator.post('group-sessions', { group_id: training.id, number: 1, held_on: `${y + 1}-02-03` }));
  people = [];
  for (const [label, kind] of [['PARENT-41', 'parent'], ['Marie Roy', 'practitioner']]) {
    people.push(assertCreated(await coordinator.post('group-participants', {
      group_id: training.id, kind, label, organization_id: kind === 'parent' ? null : mfmn.id, status: 'registered',
    })));
  }
});

test('the facilitator keeps the minutes and decisions; the planner a training’s hours; both audited', async () => {
  const path = `group-sessions/${meeting.id}/minutes`;
  const empty = (await facilitator.get(path)).json;
  assert.equal(empty.version, 0);
  assert.deepEqual(empty.decisions, []);
  const res = await facilitator.put(path, {
    duration_minutes: 120, minutes: 'Tour de table ; bilan des ateliers.',
    decisions: [{ text: 'Inviter deux parents partenaires', responsible: 'Line', due_on: `${y}-06-01` }, { text: 'Reporter la fête' }],
  });
  assert.equal(res.status, 200, res.describe());
  assert.equal(res.json.version, 1);
  assert.equal(res.json.decisions.length, 2);
  assert.equal(res.json.decisions[1].due_on, null);
  // Read by the evaluator, who reaches the group; a stale version is a 409 with the record.
  assert.equal((await evaluator.get(path)).json.minutes, 'Tour de table ; bilan des ateliers.');
  const stale = assertError(await facilitator.put(path, { version: 7, minutes: 'autre' }), 409, 'version_conflict');
  assert.equal(stale.current.version, 1);
  // The evaluator reads but does not keep; another organization's manager does not find it.
  assertError(await evaluator.put(path, { version: 1, minutes: 'x' }), 403, 'forbidden');
  assertError(await managerSL.get(path), 404, 'not_found');
  // The coordinator plans the training and records its hours.
  const hours = await coordinator.put(`group-sessions/${lesson.id}/minutes`, { duration_minutes: 180 });
  assert.equal(hours.status, 200, hours.describe());
  const audit = (await (await as('admin')).get('audit', { query: { entity: 'group_minutes', per_page: 50 } })).json.items;
  assert.ok(audit.some((e) => e.entity_id === meeting.id));
});

test('bad bodies name their field and change nothing', async () => {
  const path = `group-sessions/${meeting.id}/minutes`;
  const before = (await facilitator.get(path)).json;
  for (const [body, fields] of [
    [{ duration_minutes: 0 }, ['duration_minutes']],
    [{ duration_minutes: 'deux heures' }, ['duration_minutes']],
    [{ decisions: [{ text: '' }] }, ['decisions[0].text']],
    [{ decisions: [{ text: 'Oui', due_on: `${y - 1}-01-01` }] }, ['decisions[0].due_on']],
    [{ decisions: [{ text: 'Oui', colour: 'bleu' }] }, ['decisions[0].colour']],
    [{ decisions: 'aucune' }, ['decisions']],
    [{ decisions: Array.from({ length: 31 }, (_, i) => ({ text: `D${i}` })) }, ['decisions']],
    [{ compte_rendu: 'x' }, ['compte_rendu']],
  ]) assertError(await facilitator.put(path, { version: before.version, ...body }), 422, undefined, fields);
  assert.deepEqual((await facilitator.get(path)).json, before);
});

test('the activity per fiscal and calendar year counts sessions, hours, attendance and decisions', async () => {
  const a = (await facilitator.get(`group-sessions/${lesson.id}/attendance`)).json;
  const taken = await facilitator.put(`group-sessions/${lesson.id}/attendance`, { version: a.version, present: people.map((p) => p.id) });
  assert.equal(taken.status, 200, taken.describe());
  const fiscal = (await coordinator.get('group-reports/activity', { query: { program_id: program.id, from: `${y}-01-01`, to: `${y + 1}-12-31` } })).json;
  assert.equal(fiscal.period, 'fiscal_year');
  // May and the following February are one fiscal year.
  assert.deepEqual(fiscal.rows.map((r) => [r.period, r.kind]), [[`${y}-${y + 1}`, 'committee'], [`${y}-${y + 1}`, 'training']]);
  const [c, t] = fiscal.rows;
  assert.equal(c.sessions, 1);
  assert.equal(c.decisions, 2);
  assert.equal(c.hours_delivered_minutes, 120);
  assert.equal(t.hours_delivered_minutes, 180);
  assert.equal(t.sessions_without_duration, 0);
  assert.equal(t.attendances, 2);
  assert.equal(t.participants, 2);
  assert.equal(t.parents, 1);
  assert.equal(t.organizations, 1);
  assert.equal(t.person_minutes, 360);  // two people × three hours
  assert.equal(c.attendances, 0);
  const calendar = (await coordinator.get('group-reports/activity', { query: { program_id: program.id, period: 'year', from: `${y}-01-01`, to: `${y + 1}-12-31` } })).json;
  assert.deepEqual(calendar.rows.map((r) => [r.period, r.kind]), [[`${y}`, 'committee'], [`${y + 1}`, 'training']]);
  assertError(await coordinator.get('group-reports/activity', { query: { period: 'semaine' } }), 400, 'bad_query', ['period']);
  assertError(await coordinator.get('group-reports/activity', { query: { from: `${y}-05-01`, to: `${y}-01-01` } }), 400, 'bad_query', ['to']);
  assertError(await (await as('practitioner')).get('group-reports/activity'), 403, 'forbidden');
});
