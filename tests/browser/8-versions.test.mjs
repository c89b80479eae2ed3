// Two people edit the same organization from the same version, in two browsers: the admin (in
// French) saves first; the manager's save (in English) is refused, their form says someone else
// changed the record and shows what changed with its current value, and the record keeps the
// admin's change. The manager then loads the current version and saves again. Axe-clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { as } from '../api/helpers.mjs';
import { A11yLog, ACCOUNTS, PHONE, launch, login, openPage, settle, uniq } from './lib.mjs';

let browser;
let admin; // API client, to set up and to check what was stored
let organization;
const manager = { email: `${uniq('versions').replace(/\s/g, '-')}@example.test`, password: 'une phrase de passe pour deux navigateurs' };

before(async () => {
  admin = await as('admin');
  const created = await admin.post('organizations', { name: uniq('Maison des versions'), sector: 'community_family' });
  assert.equal(created.status, 201, created.describe());
  organization = created.json;
  const user = await admin.post('users', {
    email: manager.email, name: 'Manager Versions', password: manager.password, locale: 'en', is_admin: false,
    memberships: [{ organization_id: organization.id, role: 'manager' }],
  });
  assert.equal(user.status, 201, user.describe());
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('the second save from the same version shows what changed and keeps the first change', async () => {
  const first = await openPage(browser);
  const second = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(first.page, ACCOUNTS.admin);
    await login(second.page, manager.email, manager.password);
    for (const { page } of [first, second]) {
      await page.goto(`/organisations/${organization.id}`);
      await page.locator('[data-test="organization-form"]').waitFor();
      await settle(page);
    }

    // The admin saves first (French).
    await first.page.getByLabel(/^Courriel/).fill('premier@example.test');
    await first.page.getByRole('button', { name: 'Enregistrer' }).click();
    await first.page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();

    // The manager, on the version they opened, saves second (English): refused.
    const phone = second.page.getByLabel(/^Phone/);
    await phone.fill('514-555-0142');
    await second.page.getByRole('button', { name: 'Save' }).click();
    const conflict = second.page.locator('[data-test="version-conflict"]');
    await conflict.waitFor();
    assert.match(await conflict.innerText(), /Someone else changed this record since you opened it/);
    assert.equal((await second.page.locator('[data-test="conflict-email"]').innerText()).trim(), 'premier@example.test');
    assert.match(await conflict.innerText(), /Email/, 'the changed field is named');
    assert.equal(await second.page.locator('[data-test="conflict-phone"]').count(), 0, 'only what changed is listed');
    assert.equal(await phone.inputValue(), '514-555-0142', 'what the person typed is kept until they choose');
    await a11y.check(second.page, 'version conflict (English, phone)');

    const stored = (await admin.get(`organizations/${organization.id}`)).json;
    assert.equal(stored.email, 'premier@example.test');
    assert.equal(stored.phone, null, 'the refused save changed nothing');

    // The manager loads the current version, types their change again and saves.
    await second.page.getByRole('button', { name: 'Load the current version' }).click();
    await second.page.getByRole('status').filter({ hasText: 'Current version loaded.' }).waitFor();
    assert.equal(await conflict.count(), 0);
    assert.equal(await second.page.getByLabel(/^Email/).inputValue(), 'premier@example.test');
    assert.equal(await phone.inputValue(), '');
    await phone.fill('514-555-0142');
    await second.page.getByRole('button', { name: 'Save' }).click();
    await second.page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    const both = (await admin.get(`organizations/${organization.id}`)).json;
    assert.equal(both.email, 'premier@example.test');
    assert.equal(both.phone, '514-555-0142');

    // Now the admin's form is the stale one: the same notice, in French.
    await first.page.getByLabel(/^Site web/).fill('https://example.test');
    await first.page.getByRole('button', { name: 'Enregistrer' }).click();
    await first.page.locator('[data-test="version-conflict"]').waitFor();
    assert.match(await first.page.locator('[data-test="version-conflict"]').innerText(), /Quelqu’un d’autre a modifié cette fiche/);
    assert.equal((await first.page.locator('[data-test="conflict-phone"]').innerText()).trim(), '514-555-0142');
    await a11y.check(first.page, 'version conflict (French, desktop)');

    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(first.page.problems.filter((p) => !/status of 409/.test(p)), []);
    assert.deepEqual(second.page.problems.filter((p) => !/status of 409/.test(p)), []);
  } finally {
    await first.context.close();
    await second.context.close();
  }
});
