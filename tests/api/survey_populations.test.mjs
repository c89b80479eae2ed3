// Campaign populations (issue 10, item 3): a group's participants (with an e-mail) and a program's
// members are each invited with a personal token; a token answers once (a second submit is a
// bilingual 409 naming `invitation`, nothing written; a resent submission is still stored once);
// the live response rate and the non-respondents follow; the invitations' mailing list comes as
// CSV; identified campaigns name who answered in their answers export, anonymous ones never;
// results compare by the respondents' coarse attributes (`attr:cohort`); bad bodies name fields.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, Client, as, assertCreated, assertError, assertList, findOrg, uniq } from './helpers.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString().slice(0, 10);

let manager; // Maison de la famille de Montréal-Nord
let coordinator;
let managerSL;
let practitioner;
let mfmn;
let versionId;
let group;

before(async () => {
  [manager, coordinator, managerSL, practitioner] = await Promise.all(
    ['manager', 'coordinator', 'managerSL', 'practitioner'].map((r) => as(r)));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  const q = assertCreated(await manager.post('questionnaires/import',
    { organization_id: mfmn.id, file: appreciationXlsx(uniq('pop').replace(/-/g, '_')) }));
  versionId = (await manager.get(`questionnaires/${q.id}`)).json.versions[0].id;
  group = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, name: uniq('Cohorte sondée'), kind: 'co_development', cohort: 'Cohorte 7',
  }));
  // Six participants with an e-mail, one without (not invited), one who withdrew (not invited).
  for (let n = 1; n <= 8; n += 1) {
    assertCreated(await coordinator.post('group-participants', {
      group_id: group.id, kind: 'practitioner', label: `Participant ${n}`, organization_id: mfmn.id,
      status: n === 8 ? 'withdrew' : 'registered', email: n === 7 ? '' : `p${n}-${randomUUID().slice(0, 8)}@example.org`,
    }));
  }
});

const campaignBody = (extra) => ({
  organization_id: mfmn.id, version_id: versionId, name: uniq('Campagne'), opens_on: today(), closes_on: inDays(30), ...extra,
});
const answers = (score) => ({ q_accueil: { values: [String(score)] }, participe: { values: ['oui'] } });
const send = (token, body) => new Client().post(`/api/public/surveys/${token}/responses`, body);

async function invitationLinks(campaign, client = manager) {
  const res = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/invitations?format=csv&origin=${encodeURIComponent('https://filet.example.org')}`,
    { headers: { cookie: client.cookieHeader() } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition'), /filet-invitations\.csv/);
  const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  return { header: lines[0], rows: lines.slice(1).map((l) => l.split(';').length > 1 ? l.split(';') : l.split(',')) };
}
const tokenOf = (row) => row[2].replace(/^"|"$/g, '').split('/q/')[1];

test('a group campaign invites the participants with an e-mail; each token answers once; rate and non-respondents follow', async () => {
  const campaign = assertCreated(await manager.post('survey-campaigns', campaignBody({ population: 'group', group_id: group.id })));
  assert.equal(campaign.population, 'group');
  assert.equal(campaign.anonymous, true);
  assert.equal(campaign.invited, 6);
  assert.equal(campaign.answered, 0);
  assert.equal(campaign.response_rate, 0);
  assert.equal(campaign.link_token, '', 'no open link for an invitation campaign');

  const { header, rows } = await invitationLinks(campaign);
  assert.match(header, /name/);
  assert.equal(rows.length, 6);
  assert.ok(rows.every((r) => r[2].includes('https://filet.example.org/q/')), JSON.stringify(rows));
  const tokens = rows.map(tokenOf);
  assert.equal(new Set(tokens).size, 6);

  // The form opens with a token; one answer per token.
  assert.equal((await new Client().get(`/api/public/surveys/${tokens[0]}`)).status, 200);
  assert.equal((await send(tokens[0], { answers: answers(4) })).status, 204);
  const again = assertError(await send(tokens[0], { answers: answers(1) }), 409, 'conflict', ['invitation']);
  assert.notEqual(again.fields[0].message_fr, again.fields[0].message_en);
  assertError(await new Client().get(`/api/public/surveys/${tokens[0]}`), 409, 'conflict', ['invitation']);
  // A resend of one submission (its answer lost on the way back) is stored once, answered once.
  const submission_id = randomUUID();
  assert.equal((await send(tokens[1], { answers: answers(3), submission_id })).status, 204);
  assert.equal((await send(tokens[1], { answers: answers(3), submission_id })).status, 204);

  const read = (await manager.get(`survey-campaigns/${campaign.id}`)).json;
  assert.equal(read.responses, 2);
  assert.equal(read.answered, 2);
  assert.equal(read.invited, 6);
  assert.ok(Math.abs(read.response_rate - 2 / 6) < 1e-9);

  const waiting = assertList(await manager.get(`survey-campaigns/${campaign.id}/non-respondents`, { query: { per_page: 3 } }));
  assert.equal(waiting.total, 4);
  assert.equal(waiting.items.length, 3);
  assert.ok(waiting.items.every((i) => typeof i.name === 'string' && i.email.endsWith('@example.org')));
  assert.ok(!JSON.stringify(waiting).includes(tokens[2]), 'no token in the list');

  // Anonymous: the answers export names nobody.
  const exported = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/answers?format=csv`, { headers: { cookie: manager.cookieHeader() } });
  const text = await exported.text();
  assert.ok(!/respondent|répondant/i.test(text.split(/\r?\n/)[0]), text);
  assert.ok(!text.includes('Participant'), 'no name in an anonymous export');

  // Compared by cohort: the group's cohort is captured only when k invitees share it (six do).
  const byCohort = (await manager.get(`survey-campaigns/${campaign.id}/results`, { query: { by: 'attr:cohort' } })).json;
  assert.equal(byCohort.by, 'attr:cohort');
  assert.deepEqual(byCohort.groups.map((g) => [g.value, g.responses]), [['Cohorte 7', 2]]);
  assertError(await manager.get(`survey-campaigns/${campaign.id}/results`, { query: { by: 'attr:name' } }), 422, undefined, ['by']);
});

test('an identified campaign names who answered in its answers export; a link answer has no attribute', async () => {
  const campaign = assertCreated(await manager.post('survey-campaigns', campaignBody({ population: 'group', group_id: group.id, anonymous: false })));
  assert.equal(campaign.anonymous, false);
  const { rows } = await invitationLinks(campaign);
  const name = rows[0][0].replace(/^"|"$/g, '');
  assert.equal((await send(tokenOf(rows[0]), { answers: answers(2) })).status, 204);
  const text = await (await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/answers?format=csv`, { headers: { cookie: manager.cookieHeader() } })).text();
  assert.match(text.split(/\r?\n/)[0], /respondent/);
  assert.ok(text.includes(name), text);
  const waiting = assertList(await manager.get(`survey-campaigns/${campaign.id}/non-respondents`));
  assert.equal(waiting.total, 5);
  assert.ok(!waiting.items.some((i) => i.name === name));

  // Through a link, nothing is known of the respondent: one group, "" (not known).
  const link = assertCreated(await manager.post('survey-campaigns', campaignBody()));
  assert.equal(link.response_rate, null);
  assert.equal((await send(link.link_token, { answers: answers(4) })).status, 204);
  const bySector = (await manager.get(`survey-campaigns/${link.id}/results`, { query: { by: 'attr:sector' } })).json;
  assert.deepEqual(bySector.groups.map((g) => [g.value, g.responses]), [['', 1]]);
  assertError(await manager.get(`survey-campaigns/${link.id}/non-respondents`), 422, undefined, ['population']);
});

test("a program's members by role are invited once each", async () => {
  const programs = assertList(await manager.get('programs', { query: { per_page: 200 } })).items;
  const program = programs.find((p) => (p.organization_ids ?? p.organizations?.map((o) => o.id) ?? []).includes(mfmn.id));
  assert.ok(program, 'a demo program includes Montréal-Nord');
  const managers = assertCreated(await manager.post('survey-campaigns', campaignBody({ population: 'members', program_id: program.id, role: 'manager' })));
  const everyone = assertCreated(await manager.post('survey-campaigns', campaignBody({ population: 'members', program_id: program.id })));
  assert.ok(managers.invited >= 1);
  assert.ok(everyone.invited > managers.invited, `${everyone.invited} > ${managers.invited}`);
  assert.equal(managers.program_id, program.id);
  assert.equal(managers.role, 'manager');
});

test('bad population bodies are refused naming each field, and nothing is written', async () => {
  const other = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
  const otherGroup = assertCreated(await managerSL.post('groups', { organization_id: other.id, name: uniq('Ailleurs'), kind: 'committee' }));
  const before = assertList(await manager.get('survey-campaigns', { query: { organization_id: mfmn.id } })).total;
  for (const [change, field] of [
    [{ population: 'tout le monde' }, 'population'],
    [{ population: 'members' }, 'program_id'],
    [{ population: 'members', program_id: randomUUID() }, 'program_id'],
    [{ population: 'members', program_id: 'p1' }, 'program_id'],
    [{ population: 'members', program_id: randomUUID(), role: 'chef' }, 'role'],
    [{ population: 'group' }, 'group_id'],
    [{ population: 'group', group_id: otherGroup.id }, 'group_id'],
    [{ population: 'link', group_id: group.id }, 'group_id'],
    [{ population: 'link', anonymous: false }, 'anonymous'],
    [{ anonymous: 'non' }, 'anonymous'],
  ]) assertError(await manager.post('survey-campaigns', campaignBody(change)), 422, 'validation_failed', [field]);
  assert.equal(assertList(await manager.get('survey-campaigns', { query: { organization_id: mfmn.id } })).total, before);
});

test('non-respondents and invitations: the organization’s own staff only', async () => {
  const campaign = assertCreated(await manager.post('survey-campaigns', campaignBody({ population: 'group', group_id: group.id })));
  assertError(await practitioner.get(`survey-campaigns/${campaign.id}/non-respondents`), 403, 'forbidden');
  for (const client of [managerSL]) {
    const res = await client.get(`survey-campaigns/${campaign.id}/non-respondents`);
    assert.ok([403, 404].includes(res.status), res.describe());
    const list = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/invitations?format=csv`, { headers: { cookie: client.cookieHeader() } });
    assert.ok([403, 404].includes(list.status), String(list.status));
  }
  assertError(await manager.get(`survey-campaigns/${campaign.id}/invitations`, { query: { origin: 'javascript:alert(1)' } }), 400, undefined, ['origin']);
  // The export of invitations is audited.
  await invitationLinks(campaign);
});
