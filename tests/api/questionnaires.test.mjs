// Questionnaires (issue 10): an XLSForm imported (every malformed row named by sheet and row in
// French and English, nothing written), exported and read back, a campaign answered anonymously
// through its public link (answers checked on the server, naming `answers.<code>`), its live
// count, its results (n, mean, sample SD, shares) as computed here from the answers sent, small
// counts hidden outside the organization, and no trace linking an answer to its sender.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, Client, as, assertError, assertList, findOrg, uniq } from './helpers.mjs';
import { appreciationXlsx, workbook, appreciationSheets } from '../xlsform_fixture.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString().slice(0, 10);
const formId = () => uniq('appr').replace(/-/g, '_');

let manager;
let orgId;

before(async () => {
  manager = await as('manager');
  orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
});

async function codes(client) {
  return assertList(await client.get('questionnaires', { query: { organization_id: orgId, per_page: 200 } }))
    .items.map((q) => q.code);
}

async function importForm(client, id = formId()) {
  const res = await client.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(id) });
  assert.equal(res.status, 201, res.describe());
  return res.json;
}

async function openCampaign(client, questionnaire, extra = {}) {
  const detail = (await client.get(`questionnaires/${questionnaire.id}`)).json;
  const res = await client.post('survey-campaigns', {
    organization_id: orgId, version_id: detail.versions[0].id, name: uniq('Campagne'),
    opens_on: today(), closes_on: inDays(30), ...extra,
  });
  assert.equal(res.status, 201, res.describe());
  return res.json;
}

const answer = (...values) => ({ values });
const send = (token, answers, client = new Client()) => client.post(`/api/public/surveys/${token}/responses`, { answers });

test('a manager imports an XLSForm, reads it back and downloads it as XLSForm', async () => {
  const id = formId();
  const q = await importForm(manager, id);
  assert.equal(q.code, id);
  assert.equal(q.organization_id, orgId);
  assert.equal(q.title_fr, 'Appréciation et retombées');
  assert.ok((await codes(manager)).includes(id));
  const detail = await manager.get(`questionnaires/${q.id}`);
  assert.equal(detail.status, 200, detail.describe());
  assert.equal(detail.json.questionnaire.id, q.id);
  assert.equal(detail.json.versions.length, 1);
  assert.equal(detail.json.versions[0].number, 1);
  const version = (await manager.get(`questionnaire-versions/${detail.json.versions[0].id}`)).json;
  assert.deepEqual(version.sections.map((s) => [s.code, s.label_en]), [['accueil', 'Welcome']]);
  assert.deepEqual(version.items.map((i) => [i.code, i.kind, i.required]), [
    ['q_accueil', 'likert', true], ['q_ecoute', 'likert', false], ['participe', 'single_choice', true],
    ['pourquoi', 'multiple_choice', true], ['enfants', 'integer', false], ['commentaire', 'long_text', false]]);
  assert.deepEqual(version.items[0].options.map((o) => o.score), [1, 2, 3, 4, null]);
  assert.deepEqual(version.items[3].relevant, { item: 'participe', values: ['non'] });

  // The export is a workbook the import reads again: the same form_id is then refused by name.
  const download = await fetch(`${BASE}/api/v1/questionnaire-versions/${version.id}/xlsform`, { headers: { cookie: manager.cookieHeader() } });
  assert.equal(download.status, 200);
  assert.match(download.headers.get('content-type'), /spreadsheetml\.sheet/);
  assert.match(download.headers.get('content-disposition'), /attachment/);
  const bytes = Buffer.from(await download.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  assertError(await manager.post('questionnaires/import', { organization_id: orgId, file: bytes.toString('base64') }),
    422, 'validation_failed', ['settings[2].form_id']);
});

test('a malformed XLSForm is refused row by row in French and English, and nothing is written', async () => {
  const id = formId();
  const sheets = appreciationSheets(id);
  sheets[0][1][2].splice(0, 1, 'geopoint'); // survey row 3: a type Filet does not take
  sheets[0][1][6][1] = ''; // survey row 7: no name
  sheets[1][1][2][1] = ''; // choices row 3: no name
  const res = await manager.post('questionnaires/import', { organization_id: orgId, file: workbook(sheets).toString('base64') });
  const error = assertError(res, 422, 'validation_failed', ['survey[3].type', 'survey[7].name', 'choices[3].name']);
  for (const f of error.fields) {
    assert.ok(f.message_fr.includes(f.field) && f.message_en.includes(f.field), JSON.stringify(f));
    assert.notEqual(f.message_fr, f.message_en);
  }
  for (const [body, field] of [
    [{ organization_id: orgId, file: 'pas du base64 !' }, 'file'],
    [{ organization_id: orgId, file: Buffer.from('pas un classeur').toString('base64') }, 'file'],
    [{ organization_id: orgId }, 'file'],
    [{ organization_id: 'ici', file: appreciationXlsx(id) }, 'organization_id'],
    [{ file: appreciationXlsx(id) }, 'organization_id'],
    [{ organization_id: orgId, file: appreciationXlsx(id), title: 'x' }, 'title'],
  ]) assertError(await manager.post('questionnaires/import', body), 422, undefined, [field]);
  assertError(await manager.post('questionnaires/import', 'pas du JSON'), [400, 415]);
  // Another organization's questionnaire: refused naming the organization.
  const other = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
  assertError(await manager.post('questionnaires/import', { organization_id: other.id, file: appreciationXlsx(id) }),
    403, 'forbidden', ['organization_id']);
  assert.ok(!(await codes(manager)).includes(id), 'nothing was written');
});

test('a campaign is refused on bad input, naming each field, and nothing is written', async () => {
  const q = await importForm(manager);
  const detail = (await manager.get(`questionnaires/${q.id}`)).json;
  const good = { organization_id: orgId, version_id: detail.versions[0].id, name: 'Printemps', opens_on: today(), closes_on: inDays(10) };
  for (const [change, field] of [
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ opens_on: '2026-02-30' }, 'opens_on'],
    [{ closes_on: inDays(-10) }, 'closes_on'],
    [{ version_id: randomUUID() }, 'version_id'],
    [{ version_id: 'v1' }, 'version_id'],
    [{ organization_id: null }, 'organization_id'],
    [{ link_token: 'choisi' }, 'link_token'],
    [{ population: 'everyone' }, 'population'],
  ]) assertError(await manager.post('survey-campaigns', { ...good, ...change }), 422, undefined, [field]);
  const listed = assertList(await manager.get('survey-campaigns', { query: { questionnaire_id: q.id } }));
  assert.equal(listed.total, 0, 'nothing was written');
});

test('anyone with the link answers anonymously; results match the answers sent', async () => {
  const q = await importForm(manager);
  const campaign = await openCampaign(manager, q);
  assert.equal(campaign.responses, 0);
  assert.equal(campaign.anonymous, true);
  assert.equal(campaign.population, 'link');
  assert.match(campaign.link_token, /^[A-Za-z0-9_-]{32}$/);

  const anonymous = new Client();
  const form = await anonymous.get(`/api/public/surveys/${campaign.link_token}`);
  assert.equal(form.status, 200, form.describe());
  assert.equal(form.json.name, campaign.name);
  assert.equal(form.json.version.items.length, 6);
  assertError(await anonymous.get('/api/public/surveys/inconnu'), 404, 'not_found');
  assertError(await anonymous.get('/api/public/surveys/pas%20un%20jeton'), 404, 'not_found');

  // Refused on the server, naming each answer in French and English; nothing is written.
  const refusals = [
    [{ participe: answer('oui') }, 'answers.q_accueil'],
    [{ q_accueil: answer('7'), participe: answer('oui') }, 'answers.q_accueil'],
    [{ q_accueil: answer('4'), participe: answer('non') }, 'answers.pourquoi'],
    [{ q_accueil: answer('4'), participe: answer('oui'), enfants: answer('deux') }, 'answers.enfants'],
    [{ q_accueil: answer('4'), participe: answer('oui'), inconnu: answer('1') }, 'answers.inconnu'],
    [{ q_accueil: '4', participe: answer('oui') }, 'answers.q_accueil'],
    [{ q_accueil: { values: [4] }, participe: answer('oui') }, 'answers.q_accueil'],
  ];
  for (const [answers, field] of refusals) {
    const error = assertError(await send(campaign.link_token, answers), 422, 'validation_failed', [field]);
    const named = error.fields.find((f) => f.field === field);
    assert.ok(named.message_fr.includes(field) && named.message_en.includes(field), JSON.stringify(named));
  }
  assertError(await anonymous.post(`/api/public/surveys/${campaign.link_token}/responses`, { answers: [] }), 422, undefined, ['answers']);
  assertError(await anonymous.post(`/api/public/surveys/${campaign.link_token}/responses`, {}), 422, undefined, ['answers']);
  assertError(await anonymous.post(`/api/public/surveys/${campaign.link_token}/responses`, 'answers=1',
    { headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415);
  assert.equal((await manager.get(`survey-campaigns/${campaign.id}`)).json.responses, 0, 'nothing was written');

  // Seven respondents; one who did not attend says why, and an answer to an item hidden from
  // those who attended is dropped.
  const sent = [
    { q_accueil: answer('4'), q_ecoute: answer('3'), participe: answer('oui') },
    { q_accueil: answer('3'), q_ecoute: answer('nsp'), participe: answer('oui'), pourquoi: answer('horaire') },
    { q_accueil: answer('4'), q_ecoute: answer('4'), participe: answer('oui'), enfants: answer('2') },
    { q_accueil: answer('2'), participe: answer('non'), pourquoi: answer('horaire', 'transport') },
    { q_accueil: answer('4'), q_ecoute: answer('2'), participe: answer('oui'), commentaire: answer('Merci !') },
    { q_accueil: answer('3'), q_ecoute: answer('4'), participe: answer('oui') },
    { q_accueil: answer('1'), q_ecoute: answer('3'), participe: answer('oui'), commentaire: answer('=1+1') },
  ];
  for (const answers of sent) {
    const res = await send(campaign.link_token, answers);
    assert.equal(res.status, 204, res.describe());
    assert.deepEqual(res.setCookies, [], 'the respondent is given nothing to be recognized by');
  }
  const listed = assertList(await manager.get('survey-campaigns', { query: { questionnaire_id: q.id } }));
  assert.equal(listed.total, 1);
  assert.equal(listed.items[0].responses, sent.length, 'the live count');

  // The manager's results, against n, mean and the sample SD computed here.
  const results = await manager.get(`survey-campaigns/${campaign.id}/results`);
  assert.equal(results.status, 200, results.describe());
  assert.equal(results.json.suppressed, false);
  assert.equal(results.json.responses, sent.length);
  const byCode = Object.fromEntries(results.json.items.map((i) => [i.code, i]));
  assert.deepEqual(Object.keys(byCode), ['q_accueil', 'q_ecoute', 'participe', 'pourquoi']);
  for (const code of ['q_accueil', 'q_ecoute']) {
    const scores = sent.map((a) => a[code]?.values[0]).filter((v) => v && v !== 'nsp').map(Number);
    const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (scores.length - 1));
    assert.equal(byCode[code].n, scores.length, code);
    assert.ok(Math.abs(byCode[code].mean - mean) < 1e-9, `${code} mean ${byCode[code].mean} ≠ ${mean}`);
    assert.ok(Math.abs(byCode[code].sd - sd) < 1e-9, `${code} sd ${byCode[code].sd} ≠ ${sd}`);
    for (const o of byCode[code].options.filter((x) => !x.off_scale))
      assert.equal(o.count, scores.filter((s) => String(s) === o.code).length, `${code} ${o.code}`);
  }
  assert.equal(byCode.q_ecoute.off_scale, 1);
  assert.equal(byCode.participe.respondents, 7);
  assert.deepEqual(byCode.participe.options.map((o) => [o.code, o.count]), [['oui', 6], ['non', 1]]);
  assert.ok(Math.abs(byCode.participe.options[0].share - 6 / 7) < 1e-9);
  // The attendee's "horaire" was dropped (hidden item): one respondent, two reasons.
  assert.equal(byCode.pourquoi.respondents, 1);
  assert.deepEqual(byCode.pourquoi.options.map((o) => [o.code, o.count]), [['horaire', 1], ['transport', 1]]);

  // The network's evaluator reads it through small-count suppression.
  const evaluator = await as('evaluator');
  const network = await evaluator.get(`survey-campaigns/${campaign.id}/results`);
  assert.equal(network.status, 200, network.describe());
  assert.equal(network.json.suppressed, true);
  assert.equal(network.json.responses, 7);
  const hidden = Object.fromEntries(network.json.items.map((i) => [i.code, i]));
  assert.equal(hidden.pourquoi.hidden, true, 'one respondent: no figure');
  assert.ok(hidden.pourquoi.options.every((o) => o.count === null));
  assert.equal(hidden.participe.options.find((o) => o.code === 'non').count, null, 'a count of 1 is hidden');

  // Median, top box and the dimension's alpha, against values computed here. "accueil" is
  // complete (both items on the scale) for five responses.
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length / 2; return s.length % 2 ? s[Math.floor(m)] : (s[m - 1] + s[m]) / 2; };
  const variance = (xs) => { const m = xs.reduce((a, b) => a + b, 0) / xs.length; return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1); };
  for (const code of ['q_accueil', 'q_ecoute']) {
    const scores = sent.map((a) => a[code]?.values[0]).filter((v) => v && v !== 'nsp').map(Number);
    assert.equal(byCode[code].median, median(scores), `${code} median`);
    assert.ok(Math.abs(byCode[code].top_box - scores.filter((x) => x >= 3).length / scores.length) < 1e-9, `${code} top box`);
    assert.deepEqual(byCode[code].top_box_codes, ['3', '4']);
  }
  const complete = sent.filter((a) => a.q_ecoute && a.q_ecoute.values[0] !== 'nsp').map((a) => [Number(a.q_accueil.values[0]), Number(a.q_ecoute.values[0])]);
  const alpha = 2 * (1 - (variance(complete.map((r) => r[0])) + variance(complete.map((r) => r[1]))) / variance(complete.map((r) => r[0] + r[1])));
  const accueil = results.json.dimensions.find((d) => d.code === 'accueil');
  assert.equal(accueil.n, complete.length);
  assert.equal(accueil.items, 2);
  assert.ok(Math.abs(accueil.alpha - alpha) < 1e-9, `alpha ${accueil.alpha} ≠ ${alpha}`);
  assert.ok(Math.abs(accueil.mean - complete.flat().reduce((a, b) => a + b, 0) / (2 * complete.length)) < 1e-9);

  // Grouped by attendance: six "oui", one "non", in the item's order; the groups add up.
  const grouped = await manager.get(`survey-campaigns/${campaign.id}/results`, { query: { by: 'participe' } });
  assert.equal(grouped.status, 200, grouped.describe());
  assert.equal(grouped.json.by, 'participe');
  assert.deepEqual(grouped.json.groups.map((g) => [g.value, g.responses]), [['oui', 6], ['non', 1]]);
  const ouiAccueil = grouped.json.groups[0].items.find((i) => i.code === 'q_accueil');
  const ouiScores = sent.filter((a) => a.participe.values[0] === 'oui').map((a) => Number(a.q_accueil.values[0]));
  assert.equal(ouiAccueil.n, ouiScores.length);
  assert.ok(Math.abs(ouiAccueil.mean - ouiScores.reduce((a, b) => a + b, 0) / ouiScores.length) < 1e-9);
  // The network's evaluator: the group of one shows nothing, nor does its complement.
  const theirs = await evaluator.get(`survey-campaigns/${campaign.id}/results`, { query: { by: 'participe' } });
  assert.equal(theirs.status, 200, theirs.describe());
  for (const g of theirs.json.groups) {
    assert.equal(g.responses, null, `${g.value} hidden`);
    assert.ok(g.items.every((i) => i.hidden && i.mean === null && i.options.every((o) => o.count === null)), g.value);
  }
  assert.equal(theirs.json.responses, 7, 'everyone stays');
  // Bad groupings name `by`.
  assertError(await manager.get(`survey-campaigns/${campaign.id}/results`, { query: { by: 'q_accueil' } }), 422, 'validation_failed', ['by']);
  assertError(await manager.get(`survey-campaigns/${campaign.id}/results`, { query: { by: 'nope' } }), 422, 'validation_failed', ['by']);

  // The results table as CSV (English: a dot, full precision) and XLSX.
  const table = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/results/export?format=csv&lang=en&by=participe`, { headers: { cookie: manager.cookieHeader() } });
  assert.equal(table.status, 200);
  const tableLines = Buffer.from(await table.arrayBuffer()).subarray(3).toString('utf8').trim().split('\r\n').map((l) => l.split(','));
  const head = tableLines[0];
  assert.deepEqual(head.slice(0, 9), ['item', 'dimension', 'group', 'n', 'mean', 'sd', 'median', 'top_box', 'alpha']);
  const col = (row, name) => row[head.indexOf(name)];
  const dimensionRow = tableLines.find((r) => r[0] === '' && r[1] === 'accueil' && r[2] === '');
  assert.ok(Math.abs(Number(col(dimensionRow, 'alpha')) - alpha) < 1e-9);
  assert.equal(tableLines.filter((r) => r[2] === 'oui').length, 5, 'four items and one dimension per group');
  const tableXlsx = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/results/export?format=xlsx`, { headers: { cookie: manager.cookieHeader() } });
  assert.equal(Buffer.from(await tableXlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');

  // The answers as CSV (French: semicolons), one row per response, one column per item code;
  // a text that would run as a formula is defused. The network's evaluator gets no raw answers.
  const csv = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/answers?format=csv`, { headers: { cookie: manager.cookieHeader() } });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  const bytes = Buffer.from(await csv.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  assert.deepEqual(lines[0].split(';'), ['q_accueil', 'q_ecoute', 'participe', 'pourquoi', 'enfants', 'commentaire']);
  const rows = lines.slice(1).map((l) => l.split(';'));
  assert.equal(rows.length, sent.length);
  assert.deepEqual(rows.map((r) => r[0]).sort(), sent.map((a) => a.q_accueil.values[0]).sort());
  assert.ok(rows.some((r) => r[3] === 'horaire transport'), 'a multiple choice: codes joined by a space');
  assert.ok(rows.some((r) => r[5] === "'=1+1"), 'defused');
  assert.ok(!rows.some((r) => r[1] === 'nsp' && r[3] === 'horaire'), 'the attendee\'s hidden answer was dropped');
  const xlsx = await fetch(`${BASE}/api/v1/survey-campaigns/${campaign.id}/answers?format=xlsx&lang=en`, { headers: { cookie: manager.cookieHeader() } });
  assert.equal(xlsx.status, 200);
  assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
  assertError(await evaluator.get(`survey-campaigns/${campaign.id}/answers`), 403, 'forbidden', ['organization_id']);
  assertError(await manager.get(`survey-campaigns/${campaign.id}/answers`, { query: { format: 'pdf' } }), 400, 'bad_query', ['format']);

  // Answers typed elsewhere, imported from a CSV: a bad row names its line and nothing is
  // written; then all the rows arrive, the column that is not an item left aside.
  const before = (await manager.get(`survey-campaigns/${campaign.id}`)).json.responses;
  const badCsv = 'submitdate,q_accueil,participe\r\n2026-03-01,4,oui\r\n2026-03-02,9,oui\r\n';
  assertError(await manager.post(`survey-campaigns/${campaign.id}/answers/import`, { file: badCsv }), 422, 'validation_failed', ['csv[3].q_accueil']);
  assertError(await manager.post(`survey-campaigns/${campaign.id}/answers/import`, { file: 'a;b\r\n1;2\r\n' }), 422, 'validation_failed', ['csv[1]']);
  assertError(await manager.post(`survey-campaigns/${campaign.id}/answers/import`, { file: 'q_accueil\r\n"4\r\n' }), 422, 'validation_failed');
  assertError(await manager.post(`survey-campaigns/${campaign.id}/answers/import`, {}), 422, 'validation_failed', ['file']);
  assert.equal((await manager.get(`survey-campaigns/${campaign.id}`)).json.responses, before, 'nothing was written');
  const imported = await manager.post(`survey-campaigns/${campaign.id}/answers/import`, { file: 'submitdate;q_accueil;participe;pourquoi\r\n2026-03-01;4;oui;\r\n2026-03-02;2;non;transport\r\n' });
  assert.equal(imported.status, 201, imported.describe());
  assert.deepEqual(imported.json, { imported: 2, ignored_columns: ['submitdate'] });
  assert.equal((await manager.get(`survey-campaigns/${campaign.id}`)).json.responses, before + 2);
  const otherManager = await as('managerSL');
  assertError(await otherManager.post(`survey-campaigns/${campaign.id}/answers/import`, { file: 'q_accueil,participe\r\n4,oui\r\n' }), 404);

  // Nothing links an answer to its sender: the audit log holds the campaign's creation and the
  // import (one entry, no answer), nothing per answer.
  const admin = await as('admin');
  const audit = assertList(await admin.get('audit', { query: { entity: 'survey_campaign', per_page: 200 } })).items
    .filter((e) => e.entity_id === campaign.id);
  assert.deepEqual(audit.map((e) => e.action).sort(), ['create', 'import']);
});

test('outside its dates a campaign takes no answer; a practitioner builds nothing', async () => {
  const q = await importForm(manager);
  const campaign = await openCampaign(manager, q, { opens_on: inDays(5), closes_on: inDays(9) });
  assertError(await send(campaign.link_token, { q_accueil: answer('4'), participe: answer('oui') }), 403, 'forbidden', ['answering_period']);
  assert.equal((await manager.get(`survey-campaigns/${campaign.id}`)).json.responses, 0);
  const practitioner = await as('practitioner');
  assertError(await practitioner.get(`survey-campaigns/${campaign.id}/results`), 403, 'forbidden');
  assertError(await practitioner.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(formId()) }), 403, 'forbidden');
  // Another organization's manager does not reach it.
  const managerSL = await as('managerSL');
  assertError(await managerSL.get(`survey-campaigns/${campaign.id}`), 404, 'not_found');
  assertError(await managerSL.get(`questionnaires/${q.id}`), 404, 'not_found');
});
