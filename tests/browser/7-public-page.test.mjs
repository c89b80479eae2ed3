// Giving a resource to a family (issue 8 item 10), at phone size: on the service page of an
// organization that allows public pages, a QR code and the page's address in the text message;
// the public page opens without sign-in, in the family's language; an organization that keeps its
// pages private shows no QR code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle } from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The first service of the organization named `name`, from the API with the page's session. */
const serviceOf = (page, name) => page.evaluate(async (orgName) => {
  for (let p = 1; p < 20; p++) {
    const r = await fetch(`/api/v1/directory/search?per_page=100&page=${p}`).then((x) => x.json());
    const hit = r.items.find((s) => s.organization.name === orgName);
    if (hit) return hit;
    if (r.items.length < 100) break;
  }
  return null;
}, name);

test('phone: a QR code and a link lead a family to the public page of the service, without sign-in', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    const svc = await serviceOf(page, 'Maison de la famille de Montréal-Nord');
    assert.ok(svc, 'the demo Maison de la famille has services');
    await page.goto(`/ressources/${svc.id}`);
    await settle(page);
    const qr = page.locator('[data-test="share-qr"] img');
    await qr.waitFor();
    assert.match(await qr.getAttribute('alt'), /^Code QR menant à la page publique de «\s/);
    assert.match(await qr.getAttribute('src'), /^data:image\/png;base64,/);
    const link = await page.locator('[data-test="share-public-link"]').getAttribute('href');
    assert.match(link, new RegExp(`/p/ressources/${svc.id}\\?lang=fr$`));
    assert.match(await page.locator('[data-test="share-text"]').innerText(), new RegExp(`Fiche\\u00a0: .*/p/ressources/${svc.id}\\?lang=fr`));
    // The family speaks English: the QR code and the message follow the chosen language.
    await page.locator('label[for="share-en"]').click();
    await page.waitForFunction(() => /lang=en$/.test(document.querySelector('[data-test="share-public-link"]')?.getAttribute('href') ?? ''));
    assert.match(await page.locator('[data-test="share-text"]').innerText(), /Page: .*lang=en/);
    await a11y.check(page, 'service page with its QR code (phone)');

    // The parent's phone: no session at all.
    const family = await openPage(browser, { viewport: PHONE, locale: 'en-CA' });
    try {
      await family.page.goto(new URL(link).pathname.replace(/$/, '?lang=en'));
      await settle(family.page);
      await family.page.locator('[data-test="public-service"] h1').waitFor();
      assert.match(await family.page.locator('[data-test="public-service"]').getAttribute('lang'), /^en/);
      assert.ok(!/\/(connexion|login)/.test(family.page.url()), 'no sign-in asked');
      assert.ok((await family.page.locator('[data-test="public-service"] h1').innerText()).trim().length > 0);
      await family.page.getByRole('link', { name: 'Français' }).click();
      await family.page.waitForURL(/lang=fr$/);
      await family.page.getByRole('heading', { name: 'Pour joindre le service' }).waitFor();
      await a11y.check(family.page, 'public service page (phone, no session)');
      // A page that is not public says so plainly.
      await family.page.goto('/p/ressources/00000000-0000-4000-8000-00000000dead?lang=fr');
      await family.page.getByRole('heading', { name: 'Fiche introuvable' }).waitFor();
    } finally {
      await family.context.close();
    }
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

test('phone: the service of an organization without public pages offers no QR code, and says why', async () => {
  const { context, page } = await openPage(browser, { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.practitionerSL);
    const svc = await page.evaluate(async () => {
      const r = await fetch('/api/v1/directory/search?per_page=100').then((x) => x.json());
      return r.items.find((s) => s.organization.name !== 'Maison de la famille de Montréal-Nord');
    });
    await page.goto(`/ressources/${svc.id}`);
    await settle(page);
    await page.locator('[data-test="share-not-public"]').waitFor();
    assert.equal(await page.locator('[data-test="share-qr"]').count(), 0);
  } finally {
    await context.close();
  }
});
