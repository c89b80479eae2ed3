// Two-step sign-in in the web app (issue 6, item 11): the code step at sign-in (and the switch to
// a recovery code), the account security page, and the forced enrolment of an admin without it,
// on a phone, keyboard-usable and axe-clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, BASE, PHONE, launch, openPage, enterCode, logout, heading, settle } from './lib.mjs';
import { withAdminLock, nextAdminCode, currentStep, totpAtStep } from '../demo_totp.mjs';
import { as, uniq } from '../api/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function typePassword(page, email, password) {
  await page.goto('/connexion');
  await page.getByLabel(/^(Courriel|Email)/).fill(email);
  await page.getByLabel(/^(Mot de passe|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Se connecter|Log in)$/ }).click();
}

test('the demo admin signs in with a code; the page offers a recovery code instead', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await withAdminLock(BASE, async () => {
      await typePassword(page, ACCOUNTS.admin, 'filet-demo-2026');
      await page.locator('[data-test="code-form"]').waitFor();
      assert.equal(await heading(page), 'Connexion en deux étapes');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-code', 'focus on the code');
      await a11y.check(page, 'code step');
      await page.getByRole('button', { name: 'Utiliser un code de récupération' }).click();
      await page.getByLabel('Code de récupération').waitFor();
      await a11y.check(page, 'recovery code step');
      await page.getByRole('button', { name: 'Utiliser le code de l’application' }).click();
      // A wrong code: the error names the field, nothing else changes.
      await page.getByLabel('Code de l’application').fill('000000' === totpAtStep('FILETDEMOADMINTOTPSECRET234567AB', currentStep()) ? '111111' : '000000');
      await page.keyboard.press('Enter');
      await page.locator('#login-code[aria-invalid="true"]').waitFor();
      await a11y.check(page, 'wrong code');
      await enterCode(page, await nextAdminCode(BASE));
    });
    await page.locator('[data-test="home"]').waitFor();
    await page.locator('[data-test="security-link"]').click();
    await page.locator('[data-test="enabled"]').waitFor();
    assert.equal(await heading(page), 'Sécurité du compte');
    await a11y.check(page, 'account security (on)');
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('an admin without two-step sign-in is sent to enrol: QR code, key, first code, recovery codes once', async () => {
  const admin = await as('admin');
  const email = `${uniq('web-2fa')}@example.test`;
  const password = 'deux-etapes-navigateur';
  const created = await admin.post('users', { email, name: 'Admin navigateur', password, is_admin: true });
  assert.equal(created.status, 201, created.describe());

  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await typePassword(page, email, password);
    await page.waitForURL((u) => u.pathname === '/compte/securite');
    await page.locator('[data-test="enrol-required"]').waitFor();
    // Any other page leads back here.
    await page.goto('/organisations');
    await page.waitForURL((u) => u.pathname === '/compte/securite');
    await a11y.check(page, 'enrolment required');

    await page.getByRole('button', { name: 'Activer la connexion en deux étapes' }).click();
    await page.locator('[data-test="qr"]').waitFor();
    assert.match(await page.locator('[data-test="qr"]').getAttribute('src'), /^data:image\/png;base64,/);
    const secret = (await page.locator('[data-test="secret"]').innerText()).replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await a11y.check(page, 'enrolment: QR code and key');
    const step = currentStep();
    await page.getByLabel(/Code à six chiffres/).fill(totpAtStep(secret, step));
    await page.getByRole('button', { name: 'Confirmer et activer' }).click();
    await page.locator('[data-test="recovery-codes"]').waitFor();
    const codes = await page.locator('.recovery-codes code').allInnerTexts();
    assert.equal(codes.length, 10);
    await a11y.check(page, 'recovery codes');
    await page.getByRole('button', { name: 'J’ai noté mes codes' }).click();
    await page.locator('[data-test="home"]').waitFor();

    // Next sign-in: password, then a code (the next step: the first one was used to confirm).
    await logout(page);
    await typePassword(page, email, password);
    await enterCode(page, totpAtStep(secret, step + 1));
    await page.locator('[data-test="home"]').waitFor();
    await settle(page);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});
