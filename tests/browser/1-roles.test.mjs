// Each demo role logs in, finds a home page that fits it, sees only what it may use, logs out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, resetLocale, openPage, login, logout, nav, heading, settle } from './lib.mjs';

let browser;
before(async () => {
  for (const email of Object.values(ACCOUNTS)) await resetLocale(email);
  browser = await launch();
});
after(async () => { await browser?.close(); });

const MFMN = 'Maison de la famille de Montréal-Nord';

async function asRole(email, check, { viewport } = {}) {
  const { context, page } = await openPage(browser, viewport ? { viewport } : {});
  const a11y = new A11yLog();
  try {
    await login(page, email);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
    await a11y.check(page, `${email} home`);
    await check(page, a11y);
    await logout(page);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor());
    await a11y.check(page, `${email} logged out`);
    // After logout, an inside page sends back to the login page.
    await page.goto('/organisations');
    await page.waitForURL(/\/connexion/);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
}

async function navLinks(page) {
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').allInnerTexts();
}

test('admin: shortcuts to every administration page', async () => {
  await asRole(ACCOUNTS.admin, async (page) => {
    const home = page.locator('[data-test="home-admin"]');
    for (const name of ['Territoires', 'Organisations', 'Programmes', 'Comptes', 'Journal d’audit', 'Listes de référence']) {
      await assert.doesNotReject(home.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor(), name);
    }
    assert.match(await page.locator('[data-test="can-admin"]').innerText(), /journal d’audit/);
    assert.deepEqual((await navLinks(page)).map((s) => s.trim()),
      ['Accueil', 'Ressources', 'Territoires', 'Organisations', 'Programmes', 'Comptes', 'Incidents de confidentialité', 'Journal d’audit', 'Listes de référence', 'Import / export HSDS']);
  });
});

test('manager (Montréal-Nord): own organization, editable; network lists read-only', async () => {
  await asRole(ACCOUNTS.managerMN, async (page, a11y) => {
    const mine = page.locator('[data-test="home-my-organizations"]');
    await mine.getByRole('link', { name: MFMN, exact: true }).waitFor();
    await mine.getByRole('link', { name: /Mettre à jour la fiche/ }).waitFor();
    await page.locator('[data-test="home-network"]').waitFor();
    await page.locator('[data-test="can-manager"]').waitFor();
    assert.ok(!(await navLinks(page)).some((l) => /Comptes|audit/.test(l)), 'no admin links');
    assert.ok((await navLinks(page)).some((l) => l.trim() === 'Incidents de confidentialité'), 'managers keep the register of incidents');
    // The organization list offers no creation, and editing only of their own organization.
    await nav(page, 'Organisations');
    assert.equal(await page.getByRole('link', { name: 'Nouvelle organisation' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Désactiver/ }).count(), 0);
    await page.getByLabel('Rechercher par nom').fill('Maison de la famille de Montréal');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await settle(page);
    await page.getByRole('link', { name: `Modifier — ${MFMN}` }).click();
    await page.locator('[data-test="organization-form"]').waitFor();
    assert.equal(await page.locator('[data-test="toggle-active"]').count(), 0, 'a manager cannot deactivate');
    await a11y.check(page, 'manager own organization form');
    // Save without change: the server accepts the manager's PATCH.
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
    // The administration pages are closed.
    await page.goto('/comptes');
    await page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
  });
});

test('practitioner: own organization, read-only', async () => {
  await asRole(ACCOUNTS.practitionerMN, async (page, a11y) => {
    const mine = page.locator('[data-test="home-my-organizations"]');
    await mine.getByRole('link', { name: MFMN, exact: true }).waitFor();
    assert.equal(await mine.getByRole('link', { name: /Mettre à jour la fiche/ }).count(), 0);
    await page.locator('[data-test="can-practitioner"]').waitFor();
    assert.ok(!(await navLinks(page)).some((l) => /Incidents de confidentialité/.test(l)), 'the register is the managers’');
    await mine.getByRole('link', { name: MFMN, exact: true }).click();
    await page.locator('[data-test="organization-details"]').waitFor();
    assert.equal(await page.locator('form[data-test="organization-form"]').count(), 0);
    await a11y.check(page, 'practitioner organization details');
  });
});

test('coordinator: programs and organizations', async () => {
  await asRole(ACCOUNTS.coordinator, async (page, a11y) => {
    const box = page.locator('[data-test="home-programs"]');
    await box.getByRole('link', { name: /^Programmes/ }).waitFor();
    await box.getByRole('link', { name: /^Organisations/ }).waitFor();
    await page.locator('[data-test="can-coordinator"]').waitFor();
    await nav(page, 'Programmes');
    assert.equal(await heading(page), 'Programmes');
    assert.equal(await page.getByRole('link', { name: 'Nouveau programme' }).count(), 0);
    assert.ok((await page.locator('[data-test="list"] > li').count()) > 0, 'programs listed');
    await a11y.check(page, 'coordinator programs');
  });
});

test('evaluator: programs and organizations, at phone size', async () => {
  await asRole(ACCOUNTS.evaluator, async (page, a11y) => {
    await page.locator('[data-test="home-programs"]').waitFor();
    await page.locator('[data-test="can-evaluator"]').waitFor();
    await nav(page, 'Programmes');
    await page.locator('[data-test="list"] > li').first().getByRole('heading').getByRole('link').click();
    await page.locator('[data-test="program-details"]').waitFor();
    await a11y.check(page, 'evaluator program details (phone)');
  }, { viewport: PHONE });
});

test('facilitator: their organization', async () => {
  await asRole(ACCOUNTS.facilitator, async (page) => {
    await page.locator('[data-test="home-my-organizations"]').getByRole('link').first().waitFor();
    await page.locator('[data-test="can-facilitator"]').waitFor();
    assert.equal(await page.locator('[data-test="home-admin"]').count(), 0);
    // Shortcuts to the network, the directory first.
    const shortcuts = page.locator('[data-test="home-network"]');
    await shortcuts.getByRole('link', { name: 'Ressources' }).first().waitFor();
  });
});

test('Saint-Léonard manager and practitioner see their own organization', async () => {
  for (const email of [ACCOUNTS.managerSL, ACCOUNTS.practitionerSL]) {
    await asRole(email, async (page) => {
      const mine = page.locator('[data-test="home-my-organizations"]');
      await mine.getByRole('link').first().waitFor();
      assert.doesNotMatch(await mine.innerText(), /Montréal-Nord/);
    }, { viewport: PHONE });
  }
});

test('addresses in French; the first versions’ English addresses still open the same page (bookmarks)', async () => {
  await asRole(ACCOUNTS.coordinator, async (page) => {
    await page.goto('/organizations?q=maison');
    await page.waitForURL((u) => u.pathname === '/organisations' && u.search === '?q=maison');
    assert.equal(await heading(page), 'Organisations');
    const link = page.locator('[data-test="list"] > li').first().getByRole('heading').getByRole('link');
    const href = await link.getAttribute('href');
    assert.match(href, /^\/organisations\/[0-9a-f-]{36}$/);
    await page.goto(href.replace('/organisations/', '/organizations/'));
    await page.waitForURL((u) => u.pathname === href);
    await page.locator('[data-test="organization-details"]').waitFor();
    for (const [old, now, title] of [['/programs', '/programmes', 'Programmes'], ['/territories', '/territoires', 'Territoires'], ['/login', '/', null]]) {
      await page.goto(old);
      await page.waitForURL((u) => u.pathname === now);
      if (title) assert.equal(await heading(page), title);
    }
    // Pages for admins only stay closed at their old address too.
    await page.goto('/audit');
    await page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/acces-refuse');
  });
});
