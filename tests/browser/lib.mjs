// Shared helpers of the browser tests: Debian Chromium through playwright-core, login,
// axe-core checks (serious and critical violations fail) and CSP-violation watch.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { DEMO_ADMIN, withAdminLock, nextAdminCode } from '../demo_totp.mjs';
import { as } from '../api/helpers.mjs';

const require = createRequire(import.meta.url);

export const BASE = (process.env.FILET_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
export const PASSWORD = 'filet-demo-2026';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SHOTS = process.env.FILET_SCREENSHOTS || path.join(os.tmpdir(), 'filet-browser');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export const ACCOUNTS = {
  admin: 'admin@demo.filet',
  coordinator: 'coordination@demo.filet',
  evaluator: 'evaluation@demo.filet',
  managerMN: 'gestion.mn@demo.filet',
  practitionerMN: 'intervention.mn@demo.filet',
  managerSL: 'gestion.sl@demo.filet',
  practitionerSL: 'intervention.sl@demo.filet',
  facilitator: 'animation@demo.filet',
};

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * A fresh browser context (own cookies and localStorage) and page. The server's CSP stays
 * enforced (no bypassCSP): axe is evaluated through the DevTools protocol, which CSP does not
 * block, so the app itself is tested under its real policy. Console errors and CSP
 * violations are collected in page.problems.
 */
export async function openPage(browser, { viewport = DESKTOP, locale = 'fr-CA' } = {}) {
  const context = await browser.newContext({ viewport, locale, baseURL: BASE });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.problems = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && !/the server responded with a status of (401|403|404|422|429)/.test(text)) {
      page.problems.push(`console: ${text}`);
    }
    if (/Content.Security.Policy/i.test(text)) page.problems.push(`CSP: ${text}`);
  });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  return { context, page };
}

/** Runs axe-core on the current page; returns a list of readable serious/critical violations. */
export async function axe(page, label) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `[${label}] ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(', ')}`);
}

/** Collects axe violations over a test; assert at the end with assertClean(). */
export class A11yLog {
  constructor() { this.violations = []; this.pages = []; }
  async check(page, label) {
    await settle(page);
    this.pages.push(label);
    this.violations.push(...(await axe(page, label)));
  }
}

/** Waits until no list says "Chargement…" / "Loading…" any more. */
export async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForFunction(() => !/Chargement…|Loading…/.test(document.querySelector('main')?.innerText ?? ''), null, { timeout: 10_000 }).catch(() => {});
}

export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** Logs in through the form (the demo admin with a code of its app); waits for the home page. */
export async function login(page, email, password = PASSWORD) {
  await page.goto('/connexion');
  await page.getByLabel(/^(Courriel|Email)/).fill(email);
  await page.getByLabel(/^(Mot de passe|Password)/).fill(password);
  if (email === DEMO_ADMIN) {
    await withAdminLock(BASE, async () => {
      await page.getByRole('button', { name: /^(Se connecter|Log in)$/ }).click();
      await enterCode(page, await nextAdminCode(BASE));
    });
  } else {
    await page.getByRole('button', { name: /^(Se connecter|Log in)$/ }).click();
  }
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
  await page.locator('[data-test="home"]').waitFor();
}

/**
 * The one page a test file works in: the account's language reset to French, Chromium launched,
 * a page at `viewport`, signed in. `close()` ends it (in the file's `after`).
 */
export async function signedInPage(email, viewport = DESKTOP) {
  await resetLocale(email);
  const browser = await launch();
  const { context, page } = await openPage(browser, { viewport });
  const close = async () => { await context.close(); await browser.close(); };
  try {
    await login(page, email);
  } catch (e) {
    await close();
    throw e;
  }
  return { page, close };
}

/** The second step of sign-in: types a code of the app. */
export async function enterCode(page, code) {
  await page.locator('[data-test="code-form"]').waitFor();
  await page.getByLabel(/^(Code de l’application|App code)/).fill(code);
  await page.getByRole('button', { name: /^(Vérifier|Verify)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}

export async function logout(page) {
  await page.getByRole('button', { name: /^(Se déconnecter|Log out)$/ }).click();
  await page.waitForURL((u) => u.pathname.startsWith('/connexion'));
}

/** Follows a link of the main navigation (opens the phone menu first if it is closed). */
export async function nav(page, name) {
  const toggle = page.locator('button[aria-controls="main-nav"]');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const link = page.getByRole('navigation', { name: /Navigation principale|Main navigation/ }).getByRole('link', { name, exact: true });
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((u) => u.pathname === href);
  await settle(page);
}

export function uniq(prefix) {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export async function screenshot(page, name, { fullPage = false } = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, name);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Puts a demo account back to French through the API (a failed run may have left English). */
export async function resetLocale(email, locale = 'fr') {
  if (email === DEMO_ADMIN) {
    // The admin session the API tests share: a sign-in of the admin spends a code.
    const admin = await as('admin');
    if (admin.user.locale !== locale) {
      const r = await admin.patch('me', { locale });
      if (r.status !== 200) throw new Error(`PATCH /me ${email}: ${r.status}`);
      admin.user = r.json.user;
    }
    return;
  }
  const res = await fetch(`${BASE}/api/v1/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const { user, csrf_token: csrf } = await res.json();
  const cookie = (res.headers.get('set-cookie') || '').split(';')[0];
  const headers = { Cookie: cookie, 'X-CSRF-Token': csrf };
  if (user.locale !== locale) {
    const r = await fetch(`${BASE}/api/v1/me`, {
      method: 'PATCH', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ locale }),
    });
    if (!r.ok) throw new Error(`PATCH /me ${email}: ${r.status}`);
  }
  await fetch(`${BASE}/api/v1/session`, { method: 'DELETE', headers });
}

/**
 * The browser of a test file: launched before its tests, closed after them (registers the
 * file's `before` and `after`). Call it at the top of the file; `browser()` gives it.
 */
export function fileBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * A test's one page on a phone: signed in as `email`, at `path` once it has settled; `run(page,
 * a11y, context)` does the test, then no axe violation may have been logged; the context closes.
 */
export async function phonePageAs(browser, email, path, run) {
  const a11y = new A11yLog();
  const { page, context } = await openPage(browser, { viewport: PHONE });
  try {
    await login(page, email);
    await page.goto(path);
    await settle(page);
    await run(page, a11y, context);
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
}

/** Signed in: records a new family (one adult) through its form; on its page, returns its code. */
export async function newFamily(page) {
  await page.goto('/familles/nouvelle');
  await settle(page);
  await page.getByLabel('Adultes').fill('1');
  await page.getByRole('button', { name: 'Enregistrer la famille' }).click();
  await page.waitForURL(/\/familles\/[0-9a-f-]{36}$/);
  await settle(page);
  return (await page.getByRole('heading', { level: 1 }).innerText()).replace(/^Famille /, '');
}

/**
 * Signed in as a practitioner: records a new family and its consent to share with `partner` for a
 * referral; the page stays on the family's. Returns the family's code.
 */
export async function familyConsentingTo(page, partner) {
  const code = await newFamily(page);
  await page.getByRole('button', { name: 'Un consentement' }).click();
  await page.locator('[data-test="consent-form"]').waitFor();
  await page.getByLabel('Objet du consentement').selectOption({ label: 'Partage avec un organisme pour une référence' });
  await page.getByLabel('Organisme partenaire').selectOption({ label: partner });
  await page.getByRole('button', { name: 'Enregistrer le consentement' }).click();
  await page.locator('[data-test="saved-note"]').waitFor();
  return code;
}
