// The journal on a phone (issue 9, items 1, 2 and 9): a practitioner opens "Ma journée", records
// an outreach entry, then a networking entry, sees both among today's entries, opens one, and
// finds them in the lists; axe on every page of the module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle, uniq } from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('phone: a practitioner records an outreach entry then a networking entry from My day', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.locator('[data-test="home"]').getByRole('link', { name: /Ma journée/ }).click();
    await page.waitForURL(/\/ma-journee$/);
    await settle(page);
    // The practitioner's families with no contact for 30 days, under the week's entries.
    await page.locator('[data-test="families-without-contact"]')
      .getByRole('heading', { name: 'Familles sans contact depuis 30 jours' }).waitFor();
    await a11y.check(page, 'my day');

    // Outreach: the form starts from the last entry; a strategy, a count, a rating, save.
    const outreach = page.locator('[data-test="quick-outreach"]');
    const place = uniq('Parc du téléphone');
    await outreach.getByLabel('Stratégie').selectOption({ label: 'Présence dans les parcs' });
    await outreach.getByLabel('Type de lieu').selectOption({ label: 'Parc' });
    await outreach.getByLabel('Quartier ou lieu').fill(place);
    await outreach.getByRole('button', { name: 'Un de plus : Parents rejoints' }).click();
    await outreach.getByRole('button', { name: 'Un de plus : Parents rejoints' }).click();
    await outreach.getByRole('button', { name: 'Un de plus : Dont pères ou figures paternelles' }).click();
    await outreach.getByText('4 — Très efficace').click();
    const save = page.getByRole('button', { name: 'Enregistrer l’entrée' });
    const box = await save.boundingBox();
    assert.ok(box && box.height >= 44, `the save button is a large target (${box?.height} px)`);
    await save.click();
    await page.locator('[data-test="quick-saved"]').waitFor();
    const today = page.locator('[data-test="today-entries"]');
    await today.getByText(place).waitFor();
    assert.equal(await outreach.getByRole('spinbutton', { name: 'Parents rejoints' }).inputValue(), '0', 'counts start again at zero');
    assert.equal(await outreach.getByLabel('Quartier ou lieu').inputValue(), place, 'the place stays for the next entry');
    await a11y.check(page, 'my day after an outreach entry');

    // Networking: an organization not in Filet, typed in.
    await page.locator('[data-test="choose-networking"]').click();
    const networking = page.locator('[data-test="quick-networking"]');
    await networking.waitFor();
    const partner = uniq('Comptoir du quartier');
    await networking.getByLabel('L’organisme n’est pas dans Filet (écrire son nom)').check();
    await networking.getByLabel('Nom de l’organisme rejoint').fill(partner);
    await networking.getByLabel('Catégorie d’organisme').selectOption({ label: 'Organismes communautaires' });
    await networking.getByLabel('Type d’activité').selectOption({ label: 'Rencontre' });
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await page.locator('[data-test="quick-saved"]').waitFor();
    await today.locator('[data-test="networking-entry"]').filter({ hasText: partner }).waitFor();
    await a11y.check(page, 'my day after a networking entry');

    // The entry's page, editable today by its worker.
    await today.locator('[data-test="outreach-entry"]').filter({ hasText: place }).getByRole('link').click();
    await page.waitForURL(/\/demarchage\/[0-9a-f-]{36}$/);
    await settle(page);
    assert.equal(await page.getByRole('spinbutton', { name: 'Parents rejoints' }).inputValue(), '2');
    assert.equal(await page.getByRole('spinbutton', { name: 'Dont pères ou figures paternelles' }).inputValue(), '1');
    await a11y.check(page, 'an outreach entry');

    // The lists.
    await page.goto('/demarchage');
    await settle(page);
    await page.locator('[data-test="outreach-list"]').waitFor();
    await a11y.check(page, 'outreach list');
    await page.goto('/reseautage');
    await settle(page);
    await page.locator('[data-test="networking-list"]').waitFor();
    await a11y.check(page, 'networking list');
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('a manager sees the export buttons and a version conflict on an entry changed meanwhile', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.managerMN);
    await page.goto('/demarchage');
    await settle(page);
    await page.locator('[data-test="journal-exports"]').waitFor();
    const csv = await page.getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href');
    assert.match(csv, /\/api\/v1\/journal\/exports\/outreach\?.*format=csv/);
    await page.locator('[data-test="outreach-list"] [data-test="outreach-entry"]').first().getByRole('link').click();
    await page.waitForURL(/\/demarchage\/[0-9a-f-]{36}$/);
    await settle(page);
    const id = page.url().split('/').pop();
    // Someone else changes the entry after the page loaded it.
    const changed = await page.evaluate(async (entryId) => {
      const me = await (await fetch('/api/v1/me')).json();
      const entry = await (await fetch(`/api/v1/journal/outreach/${entryId}`)).json();
      const res = await fetch(`/api/v1/journal/outreach/${entryId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: JSON.stringify({ version: entry.version, new_families: entry.new_families + 1 }),
      });
      return res.status;
    }, id);
    assert.equal(changed, 200);
    await page.getByRole('button', { name: 'Un de plus : Parents rejoints' }).click();
    await page.locator('[data-test="entry-save"]').click();
    await page.locator('[data-test="version-conflict"]').waitFor();
    assert.ok(await page.locator('[data-test="conflict-new_families"]').count() === 1, 'the changed field is named');
    await a11y.check(page, 'an entry with a version conflict');
    await page.locator('[data-test="conflict-reload"]').click();
    await page.locator('[data-test="entry-save"]').click();
    await page.locator('[data-test="entry-saved"]').waitFor();
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems.filter((p) => !/status of 409/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('phone: a coordinator reads the summary of the programs, small counts hidden, then a period', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.coordinator);
    await page.locator('[data-test="home"]').getByRole('link', { name: /Bilan/ }).click();
    await page.waitForURL(/\/bilan$/);
    await settle(page);
    await page.getByRole('heading', { name: 'Bilan du journal', level: 1 }).waitFor();
    await page.locator('[data-test="suppressed"]').waitFor();
    const outreach = page.locator('[data-test="summary-outreach"] li');
    assert.ok(await outreach.count() > 0, 'the demo programs have outreach entries');
    await outreach.filter({ hasText: 'Présence dans les parcs' }).waitFor();
    await page.getByRole('heading', { name: 'Bilans de suivi : premier et dernier' }).waitFor();
    await a11y.check(page, 'journal summary');
    // A period with no entries: each list says so.
    await page.getByLabel('Du', { exact: true }).fill('2001-01-01');
    await page.getByLabel('Au', { exact: true }).fill('2001-01-31');
    await page.getByRole('button', { name: 'Afficher le bilan' }).click();
    await page.getByText('Aucune donnée pour cette période.').first().waitFor();
    assert.equal(await outreach.count(), 0);
    await a11y.check(page, 'journal summary of an empty period');
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});
