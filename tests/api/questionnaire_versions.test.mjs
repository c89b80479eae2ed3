// A new version of a questionnaire (issue 10): POST /questionnaires/{id}/versions takes an XLSForm
// whose form_id is the questionnaire's code, for a respondent group (another group shares the
// items of the same codes; the same group gets its next number); every malformed row is named by
// sheet and row in French and English and nothing is written; audited; builders of the
// questionnaire's organization only. A campaign of the new version says which version its
// answers, hence its results, used.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, assertError, uniq } from './helpers.mjs';
import { appreciationSheets, appreciationXlsx, workbook } from '../xlsform_fixture.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const formId = () => uniq('vers').replace(/-/g, '_');

let manager;
let orgId;

before(async () => {
  manager = await as('manager');
  orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
});

async function importForm(group = '') {
  const code = formId();
  const res = await manager.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(code) });
  assert.equal(res.status, 201, res.describe());
  return { ...res.json, group };
}

const versions = async (q) => (await manager.get(`questionnaires/${q.id}`)).json.versions
  .map((v) => [v.number, v.respondent_group]);

test('a new version for another group, then a new meaning for the same group, each audited', async () => {
  const q = await importForm();
  // PG's version: the PTP items and one of its own (the same codes are the shared items).
  const sheets = appreciationSheets(q.code);
  sheets[0][1].splice(6, 0, ['select_one oui_non', 'supervise', 'Supervisez-vous des PTP ?', 'Do you supervise outreach workers?', 'yes']);
  const pg = await manager.post(`questionnaires/${q.id}/versions`, { respondent_group: 'PG', file: workbook(sheets).toString('base64') });
  assert.equal(pg.status, 201, pg.describe());
  assert.equal(pg.json.questionnaire_id, q.id);
  assert.equal(pg.json.number, 1);
  assert.equal(pg.json.respondent_group, 'PG');
  assert.deepEqual(pg.json.items.map((i) => i.code),
    ['q_accueil', 'q_ecoute', 'participe', 'supervise', 'pourquoi', 'enfants', 'commentaire']);
  const again = await manager.post(`questionnaires/${q.id}/versions`, { file: appreciationXlsx(q.code) });
  assert.equal(again.status, 201, again.describe());
  assert.equal(again.json.number, 2);
  assert.deepEqual(await versions(q), [[1, ''], [1, 'PG'], [2, '']]);
  const read = (await manager.get(`questionnaire-versions/${pg.json.id}`)).json;
  assert.deepEqual(read.items.map((i) => i.code), pg.json.items.map((i) => i.code));

  const admin = await as('admin');
  const entries = (await admin.get('audit', { query: { entity: 'questionnaire', action: 'import', per_page: 200 } })).json.items
    .filter((e) => e.entity_id === q.id);
  assert.equal(entries.length, 3, 'the questionnaire and its two new versions');
  assert.ok(entries.every((e) => e.user_email === 'gestion.mn@demo.filet'), JSON.stringify(entries));

  // A campaign of PG's version: its results name the version its answers used.
  const campaign = await manager.post('survey-campaigns', {
    organization_id: orgId, version_id: pg.json.id, name: uniq('Campagne PG'), opens_on: today(), closes_on: today(),
  });
  assert.equal(campaign.status, 201, campaign.describe());
  const sent = await new Client().post(`/api/public/surveys/${campaign.json.link_token}/responses`,
    { answers: { q_accueil: { values: ['4'] }, participe: { values: ['oui'] }, supervise: { values: ['oui'] } } });
  assert.equal(sent.status, 204, sent.describe());
  const results = await manager.get(`survey-campaigns/${campaign.json.id}/results`);
  assert.equal(results.status, 200, results.describe());
  assert.equal(results.json.campaign.version_id, pg.json.id);
  assert.ok(results.json.items.some((i) => i.code === 'supervise'), 'PG’s own item is in its results');
});

test('a malformed XLSForm is refused row by row, another form_id by name, and nothing is written', async () => {
  const q = await importForm();
  const sheets = appreciationSheets(q.code);
  sheets[0][1][2].splice(0, 1, 'geopoint'); // survey row 3: a type Filet does not take
  sheets[0][1][6][1] = ''; // survey row 7: no name
  sheets[1][1][2][1] = ''; // choices row 3: no name
  const res = await manager.post(`questionnaires/${q.id}/versions`, { respondent_group: 'PG', file: workbook(sheets).toString('base64') });
  const error = assertError(res, 422, 'validation_failed', ['survey[3].type', 'survey[7].name', 'choices[3].name']);
  for (const f of error.fields) {
    assert.ok(f.message_fr.includes(f.field) && f.message_en.includes(f.field), JSON.stringify(f));
    assert.notEqual(f.message_fr, f.message_en);
  }
  for (const [body, field] of [
    [{ file: appreciationXlsx(formId()) }, 'settings[2].form_id'],
    [{ file: 'pas du base64 !' }, 'file'],
    [{ file: Buffer.from('pas un classeur').toString('base64') }, 'file'],
    [{ respondent_group: 'PG' }, 'file'],
    [{ respondent_group: 'x'.repeat(65), file: appreciationXlsx(q.code) }, 'respondent_group'],
    [{ respondent_group: 7, file: appreciationXlsx(q.code) }, 'respondent_group'],
    [{ file: appreciationXlsx(q.code), organization_id: orgId }, 'organization_id'],
  ]) assertError(await manager.post(`questionnaires/${q.id}/versions`, body), 422, undefined, [field]);
  assertError(await manager.post(`questionnaires/${q.id}/versions`, 'pas du JSON'), [400, 415]);
  assert.deepEqual(await versions(q), [[1, '']], 'nothing was written');
});

test('only the builders of the questionnaire’s organization add a version', async () => {
  const q = await importForm();
  const body = { respondent_group: 'PG', file: appreciationXlsx(q.code) };
  for (const who of ['practitioner', 'facilitator']) {
    assertError(await (await as(who)).post(`questionnaires/${q.id}/versions`, body), 403, 'forbidden');
  }
  assertError(await new Client().post(`/api/v1/questionnaires/${q.id}/versions`, body), 401, 'unauthenticated');
  // Another organization's manager: the questionnaire is out of reach, the file unread.
  assertError(await (await as('managerSL')).post(`questionnaires/${q.id}/versions`, body), 404, 'not_found');
  const missing = await manager.post('questionnaires/00000000-0000-4000-8000-00000000dead/versions', body);
  assertError(missing, 404, 'not_found');
  assert.deepEqual(await versions(q), [[1, '']], 'nothing was written');
  // The program's coordinator builds for the organizations of its programs.
  const coordinator = await (await as('coordinator')).post(`questionnaires/${q.id}/versions`, body);
  assert.equal(coordinator.status, 201, coordinator.describe());
  assert.deepEqual(await versions(q), [[1, ''], [1, 'PG']]);
});
