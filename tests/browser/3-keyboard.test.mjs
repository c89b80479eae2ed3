// Keyboard only: skip link, login with Tab and Enter, navigation, visible focus; an expired
// session sends back to the login page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PASSWORD, PHONE, launch, resetLocale, openPage, heading, settle } from './lib.mjs';

let browser;
before(async () => {
  await resetLocale(ACCOUNTS.practitionerSL);
  browser = await launch();
});
after(async () => { await browser?.close(); });

async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase(), id: el?.id, text: (el?.textContent ?? '').trim(),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

async function tabTo(page, predicate, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (predicate(f)) return f;
  }
  throw new Error('element not reached with Tab');
}

test('keyboard-only login and navigation', async () => {
  const { context, page } = await openPage(browser);
  const a11y = new A11yLog();
  try {
    await page.goto('/connexion');
    await settle(page);
    await a11y.check(page, 'login page');

    // First Tab: the skip link, visible, and Enter moves focus into the main content.
    await page.keyboard.press('Tab');
    let f = await focused(page);
    assert.equal(f.text, 'Aller au contenu principal');
    assert.ok(await page.getByRole('link', { name: 'Aller au contenu principal' }).isVisible());
    assert.doesNotMatch(f.outline, /^none/, 'visible focus');
    await page.keyboard.press('Enter');
    f = await focused(page);
    assert.equal(f.tag, 'h1');

    // Wrong password first: the alert says so.
    await tabTo(page, (x) => x.id === 'login-email');
    await page.keyboard.type(ACCOUNTS.practitionerSL);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'login-password');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.locator('[data-test="error-alert"]').waitFor();
    await a11y.check(page, 'login error');

    await page.locator('#login-password').focus();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('[data-test="home"]').waitFor();
    assert.match(await heading(page), /^Bonjour, /);

    // Reach "Organisations" in the navigation with Tab, follow it with Enter.
    f = await tabTo(page, (x) => x.tag === 'a' && x.text === 'Organisations');
    assert.doesNotMatch(f.outline, /^none/, 'visible focus on navigation links');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    assert.equal((await focused(page)).tag, 'h1', 'focus moves to the new page heading');
    await settle(page);

    // Search with the keyboard.
    await tabTo(page, (x) => x.id === 'organizations-q');
    await page.keyboard.type('accueil');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.match(new URL(page.url()).search, /q=accueil/);
    const n = await page.locator('[data-test="list"] > li').count();
    assert.ok(n >= 1, 'results');
    await a11y.check(page, 'organizations after keyboard search');

    // Session gone (e.g. expired): the next call sends the person to the login page.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Rechercher', exact: true }).focus();
    await page.locator('#organizations-q').fill('maison');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/connexion\?/);
    await page.getByText('Votre session a pris fin').waitFor();
    assert.match(decodeURIComponent(page.url()), /redirect=\/organisations\?q=maison/);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('keyboard-only phone menu: open, follow a link, Escape closes', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  try {
    await page.goto('/connexion');
    await page.locator('#login-email').fill(ACCOUNTS.practitionerSL);
    await page.locator('#login-password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('[data-test="home"]').waitFor();
    const toggle = page.getByRole('button', { name: /Menu/ });
    assert.equal(await page.getByRole('link', { name: 'Programmes', exact: true }).count() > 0
      && await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible(), false, 'menu closed on a phone');
    await tabTo(page, (x) => x.tag === 'button' && /Menu/.test(x.text));
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Accueil', 'first link of the open menu');
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.match((await focused(page)).text, /Menu/, 'focus back on the menu button');
    await page.keyboard.press('Enter');
    // Accueil, the journal's three pages, Ressources, Familles, Territoires, Organisations: the 9th.
    await tabTo(page, (x) => x.tag === 'a' && x.text === 'Programmes', 12);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'menu closes after navigation');
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});
