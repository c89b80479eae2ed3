// French by default; the English switch changes the interface, <html lang>, dates and field
// errors, and is remembered after a reload (localStorage and the profile).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, resetLocale, openPage, login, nav, heading, settle } from './lib.mjs';

let browser;
before(async () => {
  for (const email of Object.values(ACCOUNTS)) await resetLocale(email);
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('switch to English, stays after reload, back to French', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await page.goto('/connexion');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
    assert.equal(await heading(page), 'Connexion');
    await login(page, ACCOUNTS.evaluator);
    assert.match(await heading(page), /^Bonjour, /);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-CA');
    await page.getByRole('heading', { name: 'What you can do in Filet' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('filet.locale')), 'en');
    await a11y.check(page, 'home in English (phone)');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-CA');
    await page.getByRole('button', { name: 'Français' }).waitFor();
    assert.match(await page.title(), /Home/);

    await nav(page, 'Programs');
    assert.equal(await heading(page), 'Programs');
    const period = await page.locator('[data-test="list"] > li').first().innerText();
    assert.match(period, /(From|Since) [A-Z][a-z]+ \d{1,2}, \d{4}/, `English dates: ${period}`);
    await page.getByLabel('Status').waitFor();
    await a11y.check(page, 'programs in English (phone)');

    // The language is in the profile too: a new browser with no localStorage gets English.
    const other = await openPage(browser);
    try {
      await login(other.page, ACCOUNTS.evaluator);
      await other.page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    } finally {
      await other.context.close();
    }

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
    const fr = await page.locator('[data-test="list"] > li').first().innerText();
    assert.match(fr, /(Du|Depuis le) \d{1,2}(er)? [a-zéû]+ \d{4}/, `French dates: ${fr}`);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    // Leave the demo account in French whatever happened.
    await page.evaluate(async () => {
      const me = await fetch('/api/v1/me', { credentials: 'same-origin' }).then((r) => r.json()).catch(() => null);
      if (me?.csrf_token) {
        await fetch('/api/v1/me', {
          method: 'PATCH', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
          body: JSON.stringify({ locale: 'fr' }),
        });
      }
    }).catch(() => {});
    await context.close();
  }
});

test('language chosen before login is kept after login; field errors follow the language', async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    // Empty login: errors come back in English.
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    const alert = page.locator('[data-test="error-alert"]');
    await alert.waitFor();
    const english = await alert.innerText();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    const french = await alert.innerText();
    assert.notEqual(english, french, 'the error is shown in the current language');
    // Nothing is saved on a sign-in form: the alert says to try again, not to save again.
    assert.match(english, /then try again/);
    assert.match(french, /puis réessayez/);
    assert.doesNotMatch(french, /enregistrez/);
    await page.getByRole('button', { name: 'English' }).click();
    await login(page, ACCOUNTS.coordinator).catch(async () => {
      // login() types in the French/English labels alike
      throw new Error('login failed');
    });
    await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    await settle(page);
  } finally {
    await page.evaluate(async () => {
      const me = await fetch('/api/v1/me', { credentials: 'same-origin' }).then((r) => r.json()).catch(() => null);
      if (me?.csrf_token) {
        await fetch('/api/v1/me', {
          method: 'PATCH', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
          body: JSON.stringify({ locale: 'fr' }),
        });
      }
    }).catch(() => {});
    await context.close();
  }
});
