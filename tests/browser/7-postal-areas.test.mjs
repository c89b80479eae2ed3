// Postal areas (issue 8 item 9), at phone size: an admin loads area centroids from a CSV — a file
// with bad rows is refused whole, each row listed with its reason — and a practitioner's search
// near a malformed or an unknown postal code says which of the two it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, nav, settle } from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const csv = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('phone: an admin loads postal areas; a file with bad rows is refused whole with each row’s reason', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.admin);
    await nav(page, 'Import / export HSDS');
    const section = page.locator('section[aria-labelledby="postal-areas"]');
    await section.getByRole('heading', { name: 'Régions postales' }).waitFor();
    const knownBefore = Number((await page.locator('[data-test="postal-areas-known"]').innerText()).replace(/\D/g, ''));
    await a11y.check(page, 'postal areas form (phone)');

    // No file: the error sits beside the file field.
    await page.getByRole('button', { name: 'Charger les régions' }).click();
    assert.match(await page.locator('#postal-areas-file-error').innerText(), /Choisissez un fichier CSV/);

    await page.getByLabel('Fichier des régions postales (CSV)').setInputFiles(
      csv('mauvais.csv', 'fsa,latitude,longitude\nX0C,62.8,-92.1\n12345,45.5,-73.6\nX0B,abc,-96\n'));
    await page.getByRole('button', { name: 'Charger les régions' }).click();
    await page.locator('[data-test="postal-areas-refused"]').waitFor();
    assert.match(await page.locator('[data-test="postal-areas-refused"]').innerText(), /Rien n’a été chargé\s:\scorrigez les 2 lignes refusées/);
    const rows = page.locator('[data-test="postal-areas-rejected"] tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), /3[\s\S]*région postale/);
    assert.match(await rows.nth(1).innerText(), /4[\s\S]*latitude/);
    await a11y.check(page, 'postal areas refused (phone)');

    await page.getByLabel('Fichier des régions postales (CSV)').setInputFiles(
      csv('nunavut.csv', 'fsa,latitude,longitude\nX0A,63.75,-68.52\n'));
    await page.getByRole('button', { name: 'Charger les régions' }).click();
    await page.locator('[data-test="postal-areas-applied"]').waitFor();
    assert.match(await page.locator('[data-test="postal-areas-applied"]').innerText(), /Régions ajoutées\s:\s[01]\s;\smises à jour\s:\s[01]\./);
    const knownAfter = Number((await page.locator('[data-test="postal-areas-known"]').innerText()).replace(/\D/g, ''));
    assert.ok(knownAfter >= knownBefore && knownAfter <= knownBefore + 1, `${knownBefore} → ${knownAfter}`);
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

test('phone: a search near a malformed postal code or an unknown area says which it is, beside the field', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto('/ressources?near=12345');
    await settle(page);
    await page.locator('#directory-near-error').waitFor();
    assert.match(await page.locator('#directory-near-error').innerText(), /n’est pas un code postal canadien/);
    await page.goto('/ressources?near=V5K%200A1');
    await settle(page);
    await page.waitForFunction(() => /V5K/.test(document.querySelector('#directory-near-error')?.textContent ?? ''));
    assert.match(await page.locator('#directory-near-error').innerText(), /ne connaît pas encore la région postale V5K/);
  } finally {
    await context.close();
  }
});
