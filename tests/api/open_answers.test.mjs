// Open answers (issue 10, item 5): a text item's answers and a choice's « other, specify » texts,
// listed alphabetically (never in the order they came, nor with their response), a page at a
// time, for those who read the results; outside the organization none while the campaign has
// fewer than k responses; an item that takes no text is refused naming `item`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, assertError, uniq } from './helpers.mjs';
import { appreciationSheets, workbook } from '../xlsform_fixture.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString().slice(0, 10);
let manager;
let coordinator;
let campaign;

before(async () => {
  [manager, coordinator] = await Promise.all(['manager', 'coordinator'].map((r) => as(r)));
  const orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
  // The appreciation form, its "why not" with an « other, specify ».
  const sheets = appreciationSheets(uniq('ouvert').replace(/-/g, '_'));
  for (const row of sheets[0][1]) if (row[0] === 'select_multiple raisons') row[0] = 'select_multiple raisons or_other';
  const q = await manager.post('questionnaires/import', { organization_id: orgId, file: workbook(sheets).toString('base64') });
  assert.equal(q.status, 201, q.describe());
  const detail = (await manager.get(`questionnaires/${q.json.id}`)).json;
  const made = await manager.post('survey-campaigns', {
    organization_id: orgId, version_id: detail.versions[0].id, name: uniq('Ouvertes'), opens_on: today(), closes_on: inDays(30),
  });
  assert.equal(made.status, 201, made.describe());
  campaign = made.json;
  const send = (answers) => new Client().post(`/api/public/surveys/${campaign.link_token}/responses`, { answers });
  for (const answers of [
    { q_accueil: { values: ['4'] }, participe: { values: ['oui'] }, commentaire: { values: ['Très bon accueil'] } },
    { q_accueil: { values: ['3'] }, participe: { values: ['non'] }, pourquoi: { values: ['other'], other: 'Trop loin de chez moi' },
      commentaire: { values: ['Animation chaleureuse'] } },
    { q_accueil: { values: ['2'] }, participe: { values: ['oui'] } },
  ]) {
    const res = await send(answers);
    assert.ok([200, 201, 204].includes(res.status), res.describe());
  }
});

test('the organization reads the open answers alphabetically, a page at a time', async () => {
  const all = await manager.get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'commentaire' } });
  assert.equal(all.status, 200, all.describe());
  assert.equal(all.json.total, 2);
  assert.equal(all.json.other, false);
  assert.deepEqual(all.json.texts, ['Animation chaleureuse', 'Très bon accueil']);
  const second = (await manager.get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'commentaire', page: 2, per_page: 1 } })).json;
  assert.deepEqual(second.texts, ['Très bon accueil']);
  const other = (await manager.get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'pourquoi' } })).json;
  assert.equal(other.other, true);
  assert.deepEqual(other.texts, ['Trop loin de chez moi']);
});

test('outside the organization none under k responses; items without text are refused', async () => {
  const outside = (await coordinator.get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'commentaire' } })).json;
  assert.equal(outside.total, null);
  assert.deepEqual(outside.texts, []);
  assertError(await manager.get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'q_accueil' } }), 422, 'validation_failed', ['item']);
  assertError(await manager.get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'inconnu' } }), 422, 'validation_failed', ['item']);
  assertError(await manager.get(`survey-campaigns/${campaign.id}/open-answers`), 400, 'bad_query', ['item']);
  assertError(await (await as('practitioner')).get(`survey-campaigns/${campaign.id}/open-answers`, { query: { item: 'commentaire' } }), 403, 'forbidden');
});
