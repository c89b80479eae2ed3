// Offline on a phone (issue 9, item 8): a practitioner signed in on a phone loses the network,
// opens the app again (the service worker's shell, the account and reference lists kept on the
// phone), records an outreach entry, a networking entry and a family, sees "3 en attente", gets
// the network back, and the server has each exactly once. Axe on the outbox page. At sign-out
// nothing stays: no outbox database, no cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, logout, settle, uniq } from './lib.mjs';
import { as } from '../api/helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** What the outbox holds in IndexedDB, as the page sees it. */
const outboxRows = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const r = indexedDB.open('filet-outbox');
  r.onerror = () => reject(r.error);
  r.onsuccess = () => {
    const get = r.result.transaction('entries').objectStore('entries').getAll();
    get.onsuccess = () => { r.result.close(); resolve(get.result); };
    get.onerror = () => reject(get.error);
  };
}));

test('phone: three entries recorded offline arrive exactly once when the network returns', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto('/ma-journee');
    await settle(page);
    // The service worker keeps the shell; the forms' reference lists are kept on the phone.
    // Installing keeps every built file: on a loaded CI machine that took more than 15 s once.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 }).catch(async (e) => {
      const state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return JSON.stringify({ registered: !!r, installing: r?.installing?.state, waiting: r?.waiting?.state, active: r?.active?.state });
      });
      throw new Error(`the service worker never controlled the page: ${state}`, { cause: e });
    });
    await page.locator('[data-test="quick-outreach"]').getByLabel('Stratégie').locator('option', { hasText: 'Présence dans les parcs' }).waitFor({ state: 'attached' });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ma journée' }).waitFor();

    const place = uniq('Parc hors ligne');
    const outreach = page.locator('[data-test="quick-outreach"]');
    await outreach.getByLabel('Stratégie').selectOption({ label: 'Présence dans les parcs' });
    await outreach.getByLabel('Type de lieu').selectOption({ label: 'Parc' });
    await outreach.getByLabel('Quartier ou lieu').fill(place);
    await outreach.getByRole('button', { name: 'Un de plus : Parents rejoints' }).click();
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await page.locator('[data-test="quick-saved"]').filter({ hasText: 'gardée sur ce téléphone' }).waitFor();
    await page.locator('[data-test="outbox-count"]').filter({ hasText: '1 en attente' }).waitFor();

    await page.locator('[data-test="choose-networking"]').click();
    const networking = page.locator('[data-test="quick-networking"]');
    const partner = uniq('Comptoir hors ligne');
    await networking.getByLabel('L’organisme n’est pas dans Filet (écrire son nom)').check();
    await networking.getByLabel('Nom de l’organisme rejoint').fill(partner);
    await networking.getByLabel('Catégorie d’organisme').selectOption({ label: 'Organismes communautaires' });
    await networking.getByLabel('Type d’activité').selectOption({ label: 'Rencontre' });
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await page.locator('[data-test="outbox-count"]').filter({ hasText: '2 en attente' }).waitFor();

    await page.goto('/familles/nouvelle');
    await page.getByLabel('Adultes').fill('2');
    await page.getByLabel('Comment la famille a été rejointe').selectOption({ label: 'Présence dans les parcs' });
    await page.getByRole('button', { name: 'Enregistrer la famille' }).click();
    await page.locator('[data-test="family-queued"]').waitFor();
    await page.locator('[data-test="outbox-count"]').filter({ hasText: '3 en attente' }).waitFor();

    const rows = await outboxRows(page);
    assert.deepEqual(rows.map((r) => r.kind), ['outreach', 'networking', 'family']);
    for (const r of rows) {
      assert.match(r.id, /^[0-9a-f-]{36}$/);
      assert.equal(r.body.id, r.id);
      for (const f of ['names', 'phone', 'address', 'identifying_notes']) assert.ok(!(f in r.body), `no identity on the phone (${f})`);
    }

    await page.locator('[data-test="outbox-count"]').click();
    await page.waitForURL(/\/envois-en-attente$/);
    await page.locator('[data-test="outbox-summary"]').filter({ hasText: '3 en attente' }).waitFor();
    assert.equal(await page.locator('[data-test="outbox-entry-waiting"]').count(), 3);
    await a11y.check(page, 'outbox offline');

    // The network returns: the outbox sends by itself, in order.
    await context.setOffline(false);
    await page.locator('[data-test="outbox-summary"]').filter({ hasText: 'Rien n’attend' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-test="outbox-count"]').count(), 0);
    await a11y.check(page, 'outbox sent');
    assert.deepEqual(await outboxRows(page), []);

    const api = await as('practitioner');
    const [o, n, f] = rows;
    for (const [path, row] of [['journal/outreach', o], ['journal/networking', n], ['families', f]]) {
      const res = await api.get(`${path}/${row.id}`);
      assert.equal(res.status, 200, res.describe());
    }
    const outreachMatches = await api.get('journal/outreach', { query: { q: place, per_page: 50 } });
    assert.equal(outreachMatches.json.total, 1, `one outreach entry at ${place}`);
    const networkingMatches = await api.get('journal/networking', { query: { q: partner, per_page: 50 } });
    assert.equal(networkingMatches.json.total, 1, `one networking entry with ${partner}`);
    // Sending again is harmless: the server answers the record it has (client-made ids).
    const again = await api.post('journal/outreach', rows[0].body);
    assert.equal(again.status, 201, again.describe());
    assert.equal((await api.get('journal/outreach', { query: { q: place, per_page: 50 } })).json.total, 1);

    // Sign-out: the outbox database and the caches are gone from the phone.
    await logout(page);
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    }));
    assert.ok(!left.databases.includes('filet-outbox'), `databases left: ${left.databases}`);
    assert.deepEqual(left.caches, []);
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

test('the server gives the manifest and the service worker their types, and never caches the worker for good', async () => {
  const base = process.env.FILET_URL || 'http://127.0.0.1:18080';
  const sw = await fetch(`${base}/sw.js`);
  assert.equal(sw.status, 200);
  assert.match(sw.headers.get('content-type'), /^text\/javascript/);
  assert.equal(sw.headers.get('cache-control'), 'no-cache');
  const text = await sw.text();
  assert.doesNotMatch(text, /__FILET_(SHELL|VERSION)__/, 'the build filled the shell list in');
  assert.match(text, /"\/index\.html"/);
  const manifest = await fetch(`${base}/manifest.webmanifest`);
  assert.equal(manifest.status, 200);
  assert.match(manifest.headers.get('content-type'), /^application\/manifest\+json/);
  const body = await manifest.json();
  assert.equal(body.lang, 'fr-CA');
  assert.match(body.name, /^Filet — réseau local/);
  for (const icon of body.icons) {
    const png = await fetch(`${base}${icon.src}`);
    assert.equal(png.status, 200, icon.src);
    assert.equal(png.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
  }
});
