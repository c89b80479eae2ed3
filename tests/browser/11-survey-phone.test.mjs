// The public respondent page on a phone (issue 10): no account; a reload resumes the answers kept
// on the phone; a required item is asked for; the network drops as the answers are sent, they
// wait on the phone, and once it returns they arrive exactly once; then a thank-you. Axe on the
// page in French and in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { A11yLog, PHONE, launch, openPage, settle } from './lib.mjs';
import { as, uniq } from '../api/helpers.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

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
