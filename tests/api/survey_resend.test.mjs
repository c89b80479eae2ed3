// A finished response resent by the respondent's phone — its answer lost on the way back — is
// stored once: the page names each submission with a random id, and the second sending of the
// same id answers the same and writes nothing; another id is another response; a malformed id
// is refused naming `submission_id`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Client, as, assertError, uniq } from './helpers.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString().slice(0, 10);
let manager;
let campaign;

before(async () => {
  manager = await as('manager');
  const orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
  const q = await manager.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(uniq('renvoi').replace(/-/g, '_')) });
  assert.equal(q.status, 201, q.describe());
  const detail = (await manager.get(`questionnaires/${q.json.id}`)).json;
  const made = await manager.post('survey-campaigns', {
    organization_id: orgId, version_id: detail.versions[0].id, name: uniq('Renvoi'), opens_on: today(), closes_on: inDays(30),
  });
  assert.equal(made.status, 201, made.describe());
  campaign = made.json;
});

const send = (body) => new Client().post(`/api/public/surveys/${campaign.link_token}/responses`, body);
const answers = { q_accueil: { values: ['4'] }, participe: { values: ['oui'] } };
const count = async () => (await manager.get(`survey-campaigns/${campaign.id}`)).json.responses;

test('the same submission sent twice is stored once; another is another response', async () => {
  const id = randomUUID();
  assert.equal((await send({ answers, submission_id: id })).status, 204);
  assert.equal((await send({ answers, submission_id: id })).status, 204, 'the resend answers the same');
  assert.equal(await count(), 1);
  assert.equal((await send({ answers, submission_id: randomUUID() })).status, 204);
  assert.equal((await send({ answers })).status, 204, 'a page without an id is still taken');
  assert.equal(await count(), 3);
  const results = (await manager.get(`survey-campaigns/${campaign.id}/results`)).json;
  assert.equal(results.items.find((i) => i.code === 'q_accueil').n, 3);
});

test('a malformed submission id is named, and nothing is stored', async () => {
  const before = await count();
  const e = assertError(await send({ answers, submission_id: 'pas-un-identifiant' }), 422, undefined, ['submission_id']);
  assert.notEqual(e.fields[0].message_fr, e.fields[0].message_en);
  assert.equal(await count(), before);
});
