// Key partners on a phone (issue 12, item 4): Montréal-Nord's practitioner chooses two key
// partners for a period — an organization of Filet, then one typed in (not in Filet) — with the
// criteria, success factors and obstacles as checkboxes, and finds both in « Partenaires clés »;
// the coordinator opens the summary for that period: real tables, small counts hidden and
// explained. Axe on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle } from './lib.mjs';

// A period of this test's own, so that the limit of three counts only its choices.
const year = 2200 + Math.floor(Math.random() * 700);
const from = `${year}-04-01`;
const to = `${year}-10-31`;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('phone: a practitioner chooses two key partners; the coordinator reads the summary', async () => {
  const a11y = new A11yLog();
  const worker = await openPage(browser, { viewport: PHONE });
  const coordination = await openPage(browser, { viewport: PHONE });
  try {
    const page = worker.page;
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto(`/partenaires-cles?from=${from}&to=${to}`);
    await settle(page);
    await page.locator('[data-test="own-key-partners"]').waitFor({ state: 'attached' });
    await a11y.check(page, 'key partners (empty)');

    // The first: an organization of Filet.
    await page.locator('[data-test="key-partner-new"]').click();
    await page.waitForURL(/\/partenaires-cles\/nouveau/);
    await settle(page);
    assert.equal(await page.getByLabel('Début de la période').inputValue(), from);
    await page.locator('#kp-partner').selectOption({ label: 'Accueil aux immigrants de Saint-Léonard' });
    await page.getByLabel('Catégorie du partenaire').selectOption({ label: 'Autre organisme communautaire' });
    const criteria = page.getByRole('group', { name: 'Critères d’un partenaire clé' });
    await criteria.getByLabel('Facilite un véritable lien entre les familles et les ressources qu’il offre').check();
    await criteria.getByLabel('Partage des espaces de dialogue sur les approches et les pratiques').check();
    await page.getByRole('group', { name: 'Facteurs de réussite' }).getByLabel('Confiance mutuelle').check();
    await page.getByRole('group', { name: 'Obstacles rencontrés' }).getByLabel('Manque de temps').check();
    await page.getByLabel('Solutions essayées').fill('Clarifier les rôles et mandats de chacun');
    await a11y.check(page, 'key partner form');
    await page.locator('[data-test="key-partner-submit"]').click();
    await page.waitForURL(/\/partenaires-cles\?/);
    await settle(page);
    await page.locator('[data-test="key-partner"]').first().waitFor();

    // The second: typed in, not in Filet, a particularly difficult collaboration.
    await page.locator('[data-test="key-partner-new"]').click();
    await page.waitForURL(/\/partenaires-cles\/nouveau/);
    await settle(page);
    await page.getByLabel('L’organisme n’est pas dans Filet').check();
    await page.getByLabel('Nom de l’organisme partenaire (hors Filet)').fill('CPE Les Lucioles');
    await page.getByLabel('Catégorie du partenaire').selectOption({ label: 'Service de garde' });
    await page.getByRole('group', { name: 'Obstacles rencontrés' }).getByLabel('Roulement de personnel').check();
    await page.getByLabel('Collaboration particulièrement difficile').check();
    await page.locator('[data-test="key-partner-submit"]').click();
    await page.waitForURL(/\/partenaires-cles\?/);
    await settle(page);
    const cards = page.locator('[data-test="key-partner"]');
    await cards.nth(1).waitFor();
    assert.equal(await cards.count(), 2);
    const text = await page.locator('[data-test="own-key-partners"]').innerText();
    assert.match(text, /Accueil aux immigrants de Saint-Léonard/);
    assert.match(text, /CPE Les Lucioles/);
    assert.match(await page.locator('main h2').first().innerText(), /2 sur 3/);
    await a11y.check(page, 'key partners (two)');

    // The coordinator's summary for that period: tables with headers, small counts hidden.
    const summary = coordination.page;
    await login(summary, ACCOUNTS.coordinator);
    await summary.goto(`/bilan-des-partenaires-cles?from=${from}&to=${to}`);
    await settle(summary);
    const table = summary.locator('[data-test="summary-categories"]');
    await table.waitFor();
    assert.equal(await table.locator('thead th[scope="col"]').count(), 4);
    assert.ok(await table.locator('tbody th[scope="row"]').count() >= 2, 'row headers');
    await summary.locator('[data-test="suppression-note"]').waitFor();
    assert.match(await table.innerText(), /< 5/);
    await summary.locator('[data-test="summary-criteria"]').waitFor();
    assert.match(await summary.locator('[data-test="export-csv"]').getAttribute('href'), /\/api\/v1\/key-partners\/summary\/export\?format=csv/);
    await a11y.check(summary, 'key partners summary (coordinator)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await worker.context.close();
    await coordination.context.close();
  }
});

test('phone: a manager records a referral agreement; the other organization’s manager sees it', async () => {
  const a11y = new A11yLog();
  const mn = await openPage(browser, { viewport: PHONE });
  const sl = await openPage(browser, { viewport: PHONE });
  const shared = `Coordonnées de la famille, avec son consentement (${year})`;
  try {
    const page = mn.page;
    await login(page, ACCOUNTS.managerMN);
    await page.goto('/ententes-de-reference');
    await settle(page);
    await page.locator('[data-test="agreement-new"]').click();
    await page.waitForURL(/\/ententes-de-reference\/nouvelle$/);
    await settle(page);
    await page.getByLabel('Organisme partenaire de l’entente').selectOption({ label: 'Accueil aux immigrants de Saint-Léonard' });
    await page.getByLabel('Statut').selectOption({ label: 'En vigueur' });
    await page.getByLabel('Ce qui est partagé').fill(shared);
    await page.getByLabel('Comment les références se font').fill('Appel à la personne-ressource, puis accompagnement');
    const ours = page.locator('[data-test="ag-contacts"]');
    await ours.getByRole('group', { name: 'Personne-ressource 1' }).getByLabel('Nom').fill('Line Tremblay');
    await ours.getByRole('group', { name: 'Personne-ressource 1' }).getByLabel('Téléphone').fill('514-555-0101');
    // A second contact on the same side: the form takes up to five.
    await ours.locator('[data-test="add-contacts"]').click();
    await ours.getByRole('group', { name: 'Personne-ressource 2' }).getByLabel('Nom').fill('Accueil');
    await ours.getByRole('group', { name: 'Personne-ressource 2' }).getByLabel('Courriel').fill('pas un courriel');
    await page.locator('[data-test="agreement-submit"]').click();
    // Refused, naming the second contact's e-mail; nothing recorded.
    await ours.getByRole('group', { name: 'Personne-ressource 2' }).locator('.field-error, [role="alert"], .error').first().waitFor();
    await ours.getByRole('group', { name: 'Personne-ressource 2' }).getByLabel('Courriel').fill('accueil@mfmn.example');
    await a11y.check(page, 'agreement form');
    await page.locator('[data-test="agreement-submit"]').click();
    await page.waitForURL(/\/ententes-de-reference$/);
    await settle(page);
    await page.locator('[data-test="agreement"]').first().waitFor();
    await a11y.check(page, 'agreements (manager MN)');

    // Saint-Léonard's manager finds it in its own list and opens it.
    const other = sl.page;
    await login(other, ACCOUNTS.managerSL);
    await other.goto('/ententes-de-reference');
    await settle(other);
    const card = other.locator('[data-test="agreement"]', { hasText: 'Maison de la famille de Montréal-Nord' }).first();
    await card.waitFor();
    assert.match(await card.locator('[data-test="agreement-status"]').innerText(), /En vigueur/);
    await a11y.check(other, 'agreements (manager SL)');
    await card.getByRole('link').click();
    await other.waitForURL(/\/ententes-de-reference\/[0-9a-f-]{36}$/);
    await settle(other);
    await other.locator('[data-test="agreement-form"]').waitFor();
    assert.equal(await other.getByLabel('Ce qui est partagé').inputValue(), shared);
    assert.equal(await other.locator('[data-test="ag-contacts"]').getByRole('group', { name: 'Personne-ressource 2' }).getByLabel('Courriel').inputValue(), 'accueil@mfmn.example');
    // The list downloads as CSV, with both contacts.
    await other.goto('/ententes-de-reference');
    await settle(other);
    const [csv] = await Promise.all([other.waitForEvent('download'), other.locator('[data-test="agreements-csv"]').click()]);
    assert.equal(csv.suggestedFilename(), 'ententes-de-referencement.csv');
    const text = fs.readFileSync(await csv.path(), 'utf8');
    assert.match(text, /Line Tremblay, 514-555-0101 ; Accueil, accueil@mfmn\.example/);
    await a11y.check(other, 'agreement (manager SL)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await mn.context.close();
    await sl.context.close();
  }
});
