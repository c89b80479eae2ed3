// Families on a phone (issue 9): a practitioner records a family, then a contact with it; the
// family's page shows the contact in its timeline. Axe on each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle } from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('phone: a practitioner records a family, then a contact', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto('/familles');
    await settle(page);
    await page.locator('[data-test="list"]').waitFor({ state: 'attached' });
    await a11y.check(page, 'family list');

    await page.getByRole('link', { name: 'Nouvelle famille' }).click();
    await page.waitForURL(/\/familles\/nouvelle$/);
    await settle(page);
    await page.getByLabel('Adultes').fill('2');
    await page.getByRole('button', { name: 'Ajouter un enfant' }).click();
    await page.getByLabel('Année de naissance de l’enfant 1').fill(String(new Date().getFullYear() - 1));
    await page.getByLabel('Mois de naissance de l’enfant 1 (1 à 12)').fill('6');
    await page.getByLabel('Isolement des ressources de la communauté').check();
    await page.getByLabel('Comment la famille a été rejointe').selectOption({ label: 'Présence dans les parcs' });
    await a11y.check(page, 'new family form');
    await page.getByRole('button', { name: 'Enregistrer la famille' }).click();
    await page.waitForURL(/\/familles\/[0-9a-f-]{36}$/);
    await settle(page);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    assert.match(title, /^Famille [A-Z]{4}-\d{2}$/);
    await a11y.check(page, 'family page');

    await page.getByRole('button', { name: 'Un contact' }).click();
    await page.locator('[data-test="contact-form"]').waitFor();
    await page.getByLabel('Mode de contact').selectOption({ label: 'Visite à domicile' });
    await page.getByLabel('Durée (minutes)').fill('45');
    await page.getByLabel('Écoute active').check();
    await a11y.check(page, 'contact form');
    await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await page.locator('[data-test="saved-note"]').waitFor();
    const timeline = page.locator('[data-test="timeline"]');
    await timeline.locator('li').first().waitFor();
    assert.match(await timeline.innerText(), /Contact — Visite à domicile/);
    await a11y.check(page, 'family page with its contact');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});
