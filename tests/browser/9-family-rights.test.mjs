// Law 25 in the browser: a manager downloads everything held about a family, then destroys it by
// typing its code; and sets the retention of closed families on the organization's page. Axe on
// each page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { A11yLog, ACCOUNTS, fileBrowser, login, newFamily, openPage, settle } from './lib.mjs';

const browser = fileBrowser();

test('a manager exports a family, then destroys it with its code typed', async () => {
  const { context, page } = await openPage(browser());
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.managerMN);
    const code = await newFamily(page);
    const rights = page.locator('[data-test="family-rights"]');
    await rights.waitFor();
    await a11y.check(page, 'family page with Law 25');

    const [download] = await Promise.all([page.waitForEvent('download'), rights.locator('[data-test="export-fr"]').click()]);
    assert.equal(download.suggestedFilename(), `filet-famille-${code}.html`);
    const html = await (await download.createReadStream()).toArray();
    assert.match(Buffer.concat(html).toString('utf8'), new RegExp(`Renseignements détenus sur la famille ${code}`));

    const destroy = rights.getByRole('button', { name: 'Détruire définitivement' });
    assert.equal(await destroy.isDisabled(), true, 'disabled until the code is typed');
    const field = page.getByLabel(`Tapez le code ${code} pour confirmer`);
    await field.fill('ZZZZ-00');
    assert.equal(await destroy.isDisabled(), true);
    await field.fill(code.toLowerCase());
    await field.press('Enter');
    await page.waitForURL(/\/familles\?destroyed=/);
    await settle(page);
    await page.getByText(`La famille ${code} a été détruite.`).waitFor();
    await a11y.check(page, 'family list after a destruction');
    assert.equal((await page.request.get(`/api/v1/families?code=${code}`).then((r) => r.json())).total, 0);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('a manager sets how long closed families are kept', async () => {
  const { context, page } = await openPage(browser());
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.managerMN);
    const me = await page.request.get('/api/v1/me').then((r) => r.json());
    const orgId = me.user.memberships.find((m) => m.role === 'manager').organization_id;
    await page.goto(`/organisations/${orgId}`);
    await settle(page);
    const setting = page.locator('[data-test="family-retention"]');
    await setting.waitFor();
    const years = page.getByLabel('Années de conservation après la fermeture');
    await years.fill('0');
    await setting.getByRole('button', { name: 'Appliquer ce délai' }).click();
    await page.locator('#family-retention-years-error').waitFor();
    await a11y.check(page, 'retention setting with an error');
    await years.fill('6');
    await setting.getByRole('button', { name: 'Appliquer ce délai' }).click();
    await setting.getByText(/Délai enregistré\s:\s6 an/).waitFor();
    await years.fill('5');
    await setting.getByRole('button', { name: 'Appliquer ce délai' }).click();
    await setting.getByText(/Délai enregistré\s:\s5 an/).waitFor();
    await a11y.check(page, 'organization page with the retention setting');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});
