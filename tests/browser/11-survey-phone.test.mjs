// Questionnaires on a phone (issue 10). The public respondent page: no account; a reload resumes
// the answers kept on the phone; a required item is asked for; the network drops as the answers
// are sent, they wait on the phone, and once it returns they arrive exactly once; then a
// thank-you. The manager's pages: an XLSForm refused row by row, then imported; a campaign opened
// with its link and count; its results "mean (SD)" with a decimal comma. The network's
// evaluator compares those who attended with those who did not and downloads the XLSX. Axe on
// every page.
import fs from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, BASE, PHONE, launch, login, openPage, resetLocale, settle } from './lib.mjs';
import { as, uniq } from '../api/helpers.mjs';
import { appreciationSheets, appreciationXlsx, workbook } from '../xlsform_fixture.mjs';

let browser;
let manager;
let campaign;
before(async () => {
  browser = await launch();
  manager = await as('manager');
  const orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
  const imported = await manager.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(uniq('phone').replace(/-/g, '_')) });
  assert.equal(imported.status, 201, imported.describe());
  const detail = (await manager.get(`questionnaires/${imported.json.id}`)).json;
  const today = new Date().toISOString().slice(0, 10);
  const made = await manager.post('survey-campaigns', { organization_id: orgId, version_id: detail.versions[0].id, name: uniq('Campagne téléphone'), opens_on: today, closes_on: today });
  assert.equal(made.status, 201, made.describe());
  campaign = made.json;
});
after(async () => {
  await browser?.close();
});

const responses = async () => (await manager.get(`survey-campaigns/${campaign.id}`)).json.responses;

test('phone: a respondent answers, the network drops while sending, and the answers arrive once', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await page.goto(`/q/${campaign.link_token}`);
    await page.getByRole('heading', { level: 1, name: campaign.name }).waitFor();
    await a11y.check(page, 'respondent page');

    // A condition: "Pourquoi pas ?" only for those who did not attend.
    const welcome = page.getByRole('group', { name: /L’accueil reçu/ });
    await welcome.getByLabel('Tout à fait satisfait·e').check();
    assert.equal(await page.getByRole('group', { name: /Pourquoi pas/ }).count(), 0);
    await page.getByRole('group', { name: /Avez-vous participé/ }).getByLabel('Non').check();
    await page.getByRole('group', { name: /Pourquoi pas/ }).waitFor();

    // A reload resumes where it stopped: the answers were kept on the phone.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: campaign.name }).waitFor();
    assert.ok(await page.getByRole('group', { name: /L’accueil reçu/ }).getByLabel('Tout à fait satisfait·e').isChecked());
    assert.ok(await page.getByRole('group', { name: /Avez-vous participé/ }).getByLabel('Non').isChecked());

    // A required item shown and unanswered is asked for before anything is sent.
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.locator('[data-test="question-pourquoi"]').getByText('Cette question est obligatoire.').waitFor();
    await a11y.check(page, 'respondent page with an error');
    assert.equal(await responses(), 0);

    // In English too.
    await page.getByRole('banner').locator('[data-test="switch-language"]').click();
    await page.getByRole('group', { name: /Why not/ }).getByLabel('Schedule').check();
    await page.getByLabel('Number of children').fill('2');
    await a11y.check(page, 'respondent page in English');
    await page.getByRole('banner').locator('[data-test="switch-language"]').click();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).waitFor();

    // The network drops as the answers are sent: they wait on the phone.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.locator('[data-test="waiting"]').waitFor();
    const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `filet.survey.${campaign.link_token}`);
    assert.equal(kept.state, 'waiting');
    assert.deepEqual(kept.answers.pourquoi, { values: ['horaire'] });
    await a11y.check(page, 'respondent page waiting');

    // It returns: sent by itself, once; the answers leave the phone.
    await context.setOffline(false);
    await page.locator('[data-test="thanks"]').waitFor({ timeout: 20_000 });
    await settle(page);
    assert.equal(await responses(), 1);
    const left = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `filet.survey.${campaign.link_token}`);
    assert.deepEqual(left, { answers: {}, state: 'sent' });
    await a11y.check(page, 'thank-you');

    // A reload shows the thank-you again and sends nothing more.
    await page.reload();
    await page.locator('[data-test="thanks"]').waitFor();
    await settle(page);
    assert.equal(await responses(), 1);

    // What arrived is what was answered, hidden items aside.
    const results = (await manager.get(`survey-campaigns/${campaign.id}/results`)).json;
    const byCode = Object.fromEntries(results.items.map((i) => [i.code, i]));
    assert.equal(byCode.q_accueil.mean, 4);
    assert.deepEqual(byCode.participe.options.map((o) => o.count), [0, 1]);
    assert.deepEqual(byCode.pourquoi.options.map((o) => o.count), [1, 0]);
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

test('phone: a manager imports an XLSForm, opens a campaign and reads its results', async () => {
  await resetLocale(ACCOUNTS.managerMN);
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.managerMN);
    await page.goto('/questionnaires');
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    await a11y.check(page, 'questionnaires');

    // A malformed file: each row named, nothing imported.
    const id = uniq('tel').replace(/-/g, '_');
    const broken = appreciationSheets(id);
    broken[0][1][2][0] = 'geopoint';
    const form = page.locator('[data-test="xlsform-import"]');
    await form.getByLabel('Fichier XLSForm (.xlsx)').setInputFiles({ name: 'brise.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook(broken) });
    await form.getByRole('button', { name: 'Importer le questionnaire' }).click();
    await page.locator('[data-test="import-errors"]').getByText('survey[3].type').waitFor();
    await a11y.check(page, 'questionnaires with row errors');

    await form.getByLabel('Fichier XLSForm (.xlsx)').setInputFiles({ name: 'appreciation.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook(appreciationSheets(id)) });
    await form.getByRole('button', { name: 'Importer le questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Appréciation et retombées' }).waitFor();
    await page.locator('[data-test="export"]').waitFor();

    const name = uniq('Campagne du téléphone');
    const campaignForm = page.locator('[data-test="campaign-form"]');
    await campaignForm.getByLabel('Nom de la campagne').fill(name);
    await campaignForm.getByLabel('Date de clôture').fill(new Date().toISOString().slice(0, 10));
    await campaignForm.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    const card = page.locator('[data-test="campaign"]').filter({ hasText: name });
    await card.locator('[data-test="response-count"]').filter({ hasText: '0' }).waitFor();
    const link = await card.locator('[data-test="public-link"]').innerText();
    assert.match(link, /\/q\/[A-Za-z0-9_-]{32}$/);
    await a11y.check(page, 'questionnaire and campaign');

    // Five respondents through the link (the API, as their phones would), then the results.
    const token = link.split('/q/')[1];
    for (const [accueil, ecoute] of [['4', '3'], ['3', '4'], ['4', '4'], ['2', '3'], ['4', 'nsp']]) {
      const sent = await fetch(`${link.split('/q/')[0]}/api/public/surveys/${token}/responses`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: { q_accueil: { values: [accueil] }, q_ecoute: { values: [ecoute] }, participe: { values: ['oui'] },
          commentaire: { values: [`Atelier noté ${accueil}`] } } }),
      });
      assert.equal(sent.status, 204);
    }
    await page.reload();
    await card.locator('[data-test="response-count"]').filter({ hasText: '5' }).waitFor();
    await card.getByRole('button', { name: `Résultats de ${name}` }).click();
    // 4, 3, 4, 2, 4: mean 3.4, sample SD 0.894…; 3, 4, 4, 3: mean 3.5, SD 0.577… ("nsp" off the scale).
    await page.locator('[data-test="result-q_accueil"]').getByText('3,40 (0,89)').waitFor();
    await page.locator('[data-test="result-q_ecoute"]').getByText('3,50 (0,58)').waitFor();
    // The charts: the section's scales diverging, the yes/no's shares; each an image named by its caption.
    const charts = page.locator('[data-test="results-charts"]');
    await charts.getByRole('img', { name: /Répartition des réponses aux échelles — Accueil/ }).waitFor();
    await charts.getByRole('img', { name: /Part de chaque réponse — Avez-vous participé/ }).waitFor();
    // The open answers, alphabetically (never in the order they came).
    const open = page.locator('[data-test="open-commentaire"]');
    await open.locator('summary').click();
    await open.getByText('5 réponse(s), par ordre alphabétique').waitFor();
    assert.deepEqual(await open.locator('li').allInnerTexts(), ['Atelier noté 2', 'Atelier noté 3', 'Atelier noté 4', 'Atelier noté 4', 'Atelier noté 4']);
    await a11y.check(page, 'results');
    // Answers typed from paper, imported from a CSV: a bad line is named, then two arrive.
    await card.getByText('Importer des réponses (CSV)').click();
    const importForm = card.locator('[data-test="answers-import"]');
    const csvFile = (text) => ({ name: 'papier.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await importForm.getByLabel('Fichier CSV des réponses').setInputFiles(csvFile('q_accueil;participe\r\n4;oui\r\n5;oui\r\n'));
    await importForm.getByRole('button', { name: 'Importer les réponses' }).click();
    await importForm.locator('[data-test="import-errors"]').getByText('csv[3].q_accueil').waitFor();
    await a11y.check(page, 'answers import refused');
    await importForm.getByLabel('Fichier CSV des réponses').setInputFiles(csvFile('horodatage;q_accueil;participe\r\n1;4;oui\r\n2;3;oui\r\n'));
    await importForm.getByRole('button', { name: 'Importer les réponses' }).click();
    await card.locator('[data-test="answers-imported"]').getByText('2 réponses importées.').waitFor();
    await card.locator('[data-test="answers-imported"]').getByText(/horodatage/).waitFor();
    await card.locator('[data-test="response-count"]').filter({ hasText: '7' }).waitFor();
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

test('phone: the network\'s evaluator compares two groups and downloads the results as XLSX', async () => {
  // Twelve responses: six attended (4, 4, 3, 4, 3, 4 → mean 3,67), six did not (2, 1, 2, 3, 2, 2 → 2,00).
  const orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
  const imported = await manager.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(uniq('compare').replace(/-/g, '_')) });
  assert.equal(imported.status, 201, imported.describe());
  const detail = (await manager.get(`questionnaires/${imported.json.id}`)).json;
  const today = new Date().toISOString().slice(0, 10);
  const name = uniq('Campagne comparée');
  const made = await manager.post('survey-campaigns', { organization_id: orgId, version_id: detail.versions[0].id, name, opens_on: today, closes_on: today });
  assert.equal(made.status, 201, made.describe());
  const send = async (answers) => {
    const res = await fetch(`${BASE}/api/public/surveys/${made.json.link_token}/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }),
    });
    assert.equal(res.status, 204);
  };
  for (const score of ['4', '4', '3', '4', '3', '4']) await send({ q_accueil: { values: [score] }, participe: { values: ['oui'] } });
  for (const score of ['2', '1', '2', '3', '2', '2']) await send({ q_accueil: { values: [score] }, participe: { values: ['non'] }, pourquoi: { values: ['transport'] } });

  await resetLocale(ACCOUNTS.evaluator);
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.evaluator);
    await page.goto(`/questionnaires/${imported.json.id}`);
    const card = page.locator('[data-test="campaign"]').filter({ hasText: name });
    await card.getByRole('button', { name: `Résultats de ${name}` }).click();
    await page.locator('[data-test="result-q_accueil"]').getByText('2,83 (1,03)').waitFor();
    await page.getByLabel('Comparer selon').selectOption({ label: 'Avez-vous participé aux ateliers ?' });
    const comparison = page.locator('[data-test="comparison"]');
    await comparison.locator('[data-test="group-oui"]').getByText('Oui').waitFor();
    await comparison.locator('[data-test="compare-q_accueil"]').getByText('3,67 (0,52) · n = 6').waitFor();
    await comparison.locator('[data-test="compare-q_accueil"]').getByText('2,00 (0,63) · n = 6').waitFor();
    await a11y.check(page, 'results compared by group');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="results-xlsx"]').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    assert.equal(fs.readFileSync(await download.path()).subarray(0, 2).toString(), 'PK');
    // Keyboard: the grouping is a plain select, reachable and changeable without a pointer.
    await page.getByLabel('Comparer selon').focus();
    await page.keyboard.press('Home');
    await page.locator('[data-test="comparison"]').waitFor({ state: 'detached' });
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});
