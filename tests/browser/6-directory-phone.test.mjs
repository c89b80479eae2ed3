// The directory as a field tool on a phone (issue 8, items 5, 6 and 8): a search asked for brings
// the results into view with a one-line summary of the filters; the service page's back link
// restores the search; typing in a list selects in it without a search per keystroke.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, DESKTOP, PHONE, launch, openPage, login, settle } from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const focusedElement = (page) => page.evaluate(() => ({ id: document.activeElement?.id, cls: document.activeElement?.className }));

test('phone: applying filters closes the panel, sums them up and brings the results into view; back keeps the search', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto('/ressources');
    await settle(page);
    await page.locator('#directory-q').fill('aide alimentaire');
    await page.locator('details.more-filters > summary').click();
    await page.getByLabel('Territoire desservi').selectOption({ label: 'Montréal-Nord' });
    await page.getByLabel('Gratuit seulement').check();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'aide alimentaire' && !!u.searchParams.get('territory_id'));
    await settle(page);
    const results = page.getByRole('heading', { level: 2, name: 'Résultats' });
    await results.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('results-heading'));
    assert.equal(await page.locator('details.more-filters').evaluate((d) => d.open), false, 'the filter panel is closed');
    const summary = page.locator('[data-test="filter-summary"]');
    assert.match(await summary.innerText(), /Montréal-Nord/);
    assert.match(await summary.innerText(), /Gratuit/);
    const firstCard = page.locator('[data-test="list"] > li').first();
    const top = await firstCard.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < PHONE.height, `first result in view (top at ${Math.round(top)} px)`);
    // A compact card: the street address, the phone one tap away, and not a screenful each.
    assert.match(await firstCard.locator('[data-test="card-address"]').innerText(), /\d+.*, .+ H\d[A-Z] ?\d[A-Z]\d/);
    assert.match(await firstCard.locator('[data-test="card-phone"]').getAttribute('href'), /^tel:\d{10}/);
    await firstCard.locator('[data-test="waiting-list"]').waitFor();
    assert.match(await page.locator('[data-test="card-today"]').first().innerText(), /^(Aujourd’hui\u00a0: \d|Fermé aujourd’hui)/);
    const height = await firstCard.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height < PHONE.height / 2, `a result card takes ${Math.round(height)} px of ${PHONE.height}`);
    await a11y.check(page, 'phone results with the filter summary');

    // The service page, reloaded, still leads back to the same search.
    const searchUrl = page.url();
    await firstCard.getByRole('link').first().click();
    await page.waitForURL(/\/ressources\/[0-9a-f-]{36}$/);
    await page.reload();
    await page.locator('[data-test="back-to-search"]').click();
    await page.waitForURL((u) => u.pathname === '/ressources' && u.search !== '');
    assert.equal(new URL(page.url()).search, new URL(searchUrl).search);
    await settle(page);
    assert.equal(await page.locator('#directory-q').inputValue(), 'aide alimentaire');
    assert.ok((await page.locator('[data-test="list"] > li').count()) >= 1);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('keyboard: typing a name in a focused list selects in it, keeps the focus, and searches once', async () => {
  const { context, page } = await openPage(browser, { viewport: DESKTOP });
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto(`/ressources?q=${encodeURIComponent('aide alimentaire')}`);
    await settle(page);
    let searches = 0;
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/directory/search')) searches += 1;
    });
    await page.locator('#directory-territory_id').focus();
    for (const key of 'Montr') await page.keyboard.press(key);
    await page.waitForURL((u) => !!u.searchParams.get('territory_id'));
    await settle(page);
    const selected = await page.locator('#directory-territory_id').evaluate((s) => s.selectedOptions[0]?.textContent ?? '');
    assert.match(selected, /^Montr/, `selected: ${selected}`);
    assert.equal((await focusedElement(page)).id, 'directory-territory_id', 'the list keeps the focus');
    assert.equal(await page.locator('#directory-q').inputValue(), 'aide alimentaire', 'the keywords are untouched');
    assert.equal(searches, 1, 'one search once the typing stopped');
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('a search with a wrong filter says to search again, and no "no result" under the error', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto('/ressources?q=aide&age=abc');
    const alert = page.locator('[data-test="error-alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /relancez la recherche/);
    assert.doesNotMatch(await alert.innerText(), /enregistrez/);
    assert.equal(await page.getByText('Aucun résultat').count(), 0);
    assert.equal(await page.locator('#directory-age').getAttribute('aria-invalid'), 'true');
  } finally {
    await context.close();
  }
});

test('a worker gives a service to a family: text message, copy and printed card, in French or English', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    const found = await page.evaluate(async () => {
      const res = await fetch('/api/v1/directory/search?q=aide%20alimentaire&per_page=25').then((r) => r.json());
      for (const s of res.items) {
        const svc = await fetch(`/api/v1/directory/services/${s.id}`).then((r) => r.json());
        if (svc.phones?.length && svc.schedules?.length && svc.locations?.some((l) => l.address_1) && svc.name_en) return svc;
      }
      return null;
    });
    assert.ok(found, 'a demo service with phone, hours, address and an English name');
    await page.goto(`/ressources/${found.id}`);
    const share = page.locator('[data-test="share"]');
    await share.getByRole('heading', { name: 'Donner l’information à la famille' }).waitFor();
    // The message gains the public page's address once the organization's choice is known.
    await share.locator('[data-test="share-qr"], [data-test="share-not-public"]').first().waitFor();
    const text = page.locator('[data-test="share-text"]');
    const fr = await text.innerText();
    assert.match(fr, new RegExp(found.name_fr.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(fr, /Téléphone\u00a0: /);
    assert.match(fr, /Adresse\u00a0: /);
    assert.match(fr, /Heures d’ouverture/);
    assert.match(fr, /\d{1,2}\u00a0h\u00a0\d{2}/);
    const sms = await share.getByRole('link', { name: 'Envoyer par texto' }).getAttribute('href');
    assert.ok(sms.startsWith('sms:'));
    assert.equal(decodeURIComponent(sms.slice(sms.indexOf('body=') + 5)), fr);
    await a11y.check(page, 'service page with the sharing panel (phone)');

    // The family reads English: the message changes language, not the interface.
    await share.getByLabel('English').check();
    // The page's address follows the language a moment after the labels: wait for it.
    if (fr.includes('?lang=fr')) await text.filter({ hasText: '?lang=en' }).waitFor();
    const en = await text.innerText();
    assert.match(en, new RegExp(found.name_en.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(en, /Phone: /);
    assert.match(en, /Opening hours:/);
    assert.match(en, /\d{1,2}:\d{2}\s?[ap]\.?m\.?/i);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await share.getByRole('button', { name: 'Copier le texte' }).click();
    await page.getByRole('status').filter({ hasText: 'Texte copié.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), en);

    // Printed: the card alone, in the family's language.
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('[data-test="print-card"]');
    assert.ok(await card.isVisible());
    assert.match(await card.innerText(), /Opening hours:/);
    assert.equal(await page.locator('h1').evaluate((el) => getComputedStyle(el).visibility), 'hidden');
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await card.isVisible(), false);
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('phone: a typing mistake is corrected and the page says which words were searched', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto('/ressources?q=aide%20alimantaire');
    await settle(page);
    const line = page.locator('[data-test="corrected-query"]');
    await line.waitFor();
    assert.match(await line.innerText(), /^Résultats pour «\s?aide alimentaire\s?»$/);
    assert.ok(await page.locator('[data-test="list"] > li').count() > 0, 'the corrected search has results');
    await a11y.check(page, 'corrected search (phone)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

