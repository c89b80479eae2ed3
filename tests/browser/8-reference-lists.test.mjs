// Reference lists at phone size (admin): choose a list, a bad code is refused next to its field,
// an entry is added, retired (still shown, marked retired) and restored; axe on each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, signedInPage, nav, heading, settle } from './lib.mjs';

let session;
let page;
const a11y = new A11yLog();

before(async () => ({ page } = session = await signedInPage(ACCOUNTS.admin, PHONE)));
after(() => session?.close());

test('admin adds an entry to a list, retires it and restores it, at phone size', async () => {
  await nav(page, 'Listes de référence');
  assert.equal(await heading(page), 'Listes de référence');
  await page.getByLabel('Liste', { exact: true }).selectOption('contact_mode');
  await page.waitForURL((u) => u.searchParams.get('liste') === 'contact_mode');
  await page.getByRole('heading', { level: 2, name: 'Modes de contact' }).waitFor();
  const entries = page.locator('[data-test="entries"] > li');
  assert.match(await entries.first().innerText(), /Visite à domicile/);
  await a11y.check(page, 'reference lists (phone)');

  await page.locator('[data-test="open-add"]').click();
  const code = `visio_${Date.now().toString(36)}`;
  const label = `Visioconférence ${code.slice(6)}`;
  // A code with capitals and a space: the server's error shows beside the field, which gets focus.
  await page.getByLabel(/^Code/).fill('Appel Vidéo');
  await page.getByLabel(/^Libellé en français/).fill(label);
  await page.getByLabel(/^Libellé en anglais/).fill('Video conference');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('#new-entry-code')?.getAttribute('aria-invalid') === 'true');
  assert.match(await page.locator('#new-entry-code-error').innerText(), /code/);
  assert.ok(await page.locator('#new-entry-code').evaluate((el) => el === document.activeElement), 'focus on the bad code');
  await a11y.check(page, 'add entry with an error (phone)');

  await page.getByLabel(/^Code/).fill(code);
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await page.getByRole('status').getByText(`Entrée « ${label} » ajoutée.`).waitFor();
  const card = page.locator(`[data-test="entries"] > li[data-code="${code}"]`);
  await card.waitFor();
  assert.match(await card.innerText(), /Offerte/);
  assert.match(await card.innerText(), /Video conference/);

  await card.getByRole('button', { name: `Retirer « ${label} »` }).click();
  await card.locator('[data-test="retired-badge"]').waitFor();
  assert.match(await card.innerText(), /Retirée/);
  await page.getByRole('status').getByText(/retirée/).waitFor();
  await a11y.check(page, 'list with a retired entry (phone)');

  // Offered lists (what the forms of other modules get) leave it out; the admin page keeps it.
  const offered = await page.evaluate(() => fetch('/api/v1/reference-lists/contact_mode').then((r) => r.json()));
  assert.ok(!offered.entries.some((e) => e.code === code), 'a retired entry is not offered');

  // Keyboard: the restore button is reachable and works with Enter.
  const restore = card.getByRole('button', { name: `Rétablir « ${label} »` });
  await restore.focus();
  await page.keyboard.press('Enter');
  await card.getByText('Offerte').waitFor();
  await settle(page);

  a11y.violations.length && console.log(a11y.violations.join('\n'));
  assert.deepEqual(a11y.violations, []);
  assert.deepEqual(page.problems, []);
});
