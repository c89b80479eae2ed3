// Records ENTRIES (500) outreach entries on "Ma journée" with the network off (each through the
// form, so each goes through the real outbox into IndexedDB), turns the network on, and measures
// until the outbox is empty and the API lists all of them. Prints the figures (never asserted).
import { ACCOUNTS, PHONE, launch, openPage, login, settle, uniq } from '../../tests/browser/lib.mjs';
import { as } from '../../tests/api/helpers.mjs';

const N = Number(process.env.ENTRIES || 500);
const browser = await launch();
const { context, page } = await openPage(browser, { viewport: PHONE });
page.setDefaultTimeout(60_000);
try {
  await login(page, ACCOUNTS.practitionerMN);
  await page.goto('/ma-journee');
  await settle(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  const place = uniq('Banc hors ligne');
  const form = page.locator('[data-test="quick-outreach"]');
  await form.getByLabel('Stratégie').selectOption({ label: 'Présence dans les parcs' });
  await form.getByLabel('Type de lieu').selectOption({ label: 'Parc' });
  await form.getByLabel('Quartier ou lieu').fill(place);

  await context.setOffline(true);
  const queueStart = performance.now();
  const save = page.getByRole('button', { name: 'Enregistrer l’entrée' });
  const count = page.locator('[data-test="outbox-count"]');
  for (let i = 1; i <= N; i++) {
    await save.click();
    await count.filter({ hasText: new RegExp(`^\\s*${i} en attente`) }).waitFor();
  }
  const queueMs = performance.now() - queueStart;

  const t0 = performance.now();
  await context.setOffline(false);
  await count.waitFor({ state: 'detached', timeout: 300_000 });
  const emptyMs = performance.now() - t0;
  const api = await as('practitioner');
  let listed = 0;
  while (listed < N) listed = (await api.get('journal/outreach', { query: { q: place, per_page: 1 } })).json.total;
  const storedMs = performance.now() - t0;

  console.log(`| entries | queued offline (through the form) | reconnect → outbox empty | reconnect → API lists all |`);
  console.log(`| ---: | ---: | ---: | ---: |`);
  console.log(`| ${N} | ${(queueMs / 1000).toFixed(1)} s | ${(emptyMs / 1000).toFixed(2)} s | ${(storedMs / 1000).toFixed(2)} s (${listed} listed) |`);
} finally {
  await context.close();
  await browser.close();
}
