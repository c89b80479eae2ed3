// A new version of a questionnaire on a phone (issue 10): the manager imports a broken XLSForm as
// a new version (each malformed row named, nothing added), then PG's version beside the first;
// opens a campaign on it; the campaign and its results say which version the answers used. Axe
// on every state.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, resetLocale, fileBrowser, phonePageAs } from './lib.mjs';
import { as, uniq } from '../api/helpers.mjs';
import { appreciationSheets, appreciationXlsx, workbook } from '../xlsform_fixture.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const browser = fileBrowser();
let manager;
let questionnaire;
before(async () => {
  manager = await as('manager');
  const orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
  const imported = await manager.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(uniq('versions').replace(/-/g, '_')) });
  assert.equal(imported.status, 201, imported.describe());
  questionnaire = imported.json;
});

test('phone: a manager imports a new version for another group and its results name it', async () => {
  await resetLocale(ACCOUNTS.managerMN);
  await phonePageAs(browser(), ACCOUNTS.managerMN, `/questionnaires/${questionnaire.id}`, async (page, a11y) => {
    await page.getByRole('heading', { level: 1, name: 'Appréciation et retombées' }).waitFor();
    const versions = page.locator('[data-test="versions"] li');
    assert.equal(await versions.count(), 1);

    // A malformed file: each row named, no version added.
    const form = page.locator('[data-test="version-import"]');
    const broken = appreciationSheets(questionnaire.code);
    broken[0][1][2][0] = 'geopoint';
    await form.getByLabel('Groupe de répondants').fill('PG');
    await form.getByLabel('Fichier XLSForm (.xlsx)').setInputFiles({ name: 'pg.xlsx', mimeType: XLSX, buffer: workbook(broken) });
    await form.getByRole('button', { name: 'Importer la version' }).click();
    await form.locator('[data-test="import-errors"]').getByText('survey[3].type').waitFor();
    await a11y.check(page, 'new version with row errors');
    assert.equal(await versions.count(), 1);

    // PG's version: added beside the first.
    await form.getByLabel('Fichier XLSForm (.xlsx)').setInputFiles({ name: 'pg.xlsx', mimeType: XLSX, buffer: workbook(appreciationSheets(questionnaire.code)) });
    await form.getByRole('button', { name: 'Importer la version' }).click();
    await form.locator('[data-test="version-imported"]').getByText('Version 1 importée.').waitFor();
    await page.locator('[data-test="versions"]').getByText('Version 1 (PG)').waitFor();
    assert.equal(await form.locator('[data-test="import-errors"]').count(), 0);
    await a11y.check(page, 'new version imported');

    // A campaign of PG's version says so, and so do its results.
    const name = uniq('Campagne PG');
    const campaignForm = page.locator('[data-test="campaign-form"]');
    await campaignForm.getByLabel('Version du questionnaire').selectOption({ label: 'Version 1 (PG)' });
    await campaignForm.getByLabel('Nom de la campagne').fill(name);
    await campaignForm.getByLabel('Date de clôture').fill(new Date().toISOString().slice(0, 10));
    await campaignForm.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    const card = page.locator('[data-test="campaign"]').filter({ hasText: name });
    await card.locator('[data-test="campaign-version"]').getByText('Version 1 (PG)').waitFor();
    await card.getByRole('button', { name: `Résultats de ${name}` }).click();
    await page.locator('[data-test="results-version"]').getByText('Version 1 (PG)').waitFor();
    await a11y.check(page, 'results of the new version');
  });
});
