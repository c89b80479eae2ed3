// Service gaps on a phone (issue 12, item 3): Montréal-Nord refers a consenting family to
// Saint-Léonard, which declines it for a waiting list; Montréal-Nord's practitioner opens
// « Consigner un trou de services » from the referral, finds it pre-filled (the need, the reason
// « Liste d’attente »), confirms, and sees it in the organization's list; the coordinator opens
// the register: a real table of needs × territories, small counts hidden with the explanation.
// Axe on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, familyConsentingTo, fileBrowser, openPage, login, settle } from './lib.mjs';

const RECEIVER = 'Accueil aux immigrants de Saint-Léonard';
const browser = fileBrowser();

test('phone: a referral declined for a waiting list becomes a recorded gap; the coordinator sees the register', async () => {
  const a11y = new A11yLog();
  const sender = await openPage(browser(), { viewport: PHONE });
  const receiver = await openPage(browser(), { viewport: PHONE });
  const coordination = await openPage(browser(), { viewport: PHONE });
  try {
    const page = sender.page;
    await login(page, ACCOUNTS.practitionerMN);
    await familyConsentingTo(page, RECEIVER);
    await page.locator('[data-test="refer"]').click();
    await page.waitForURL(/\/referer$/);
    await settle(page);
    await page.getByLabel('Organisme destinataire').selectOption({ label: RECEIVER });
    await page.locator('[data-test="consent-state"]', { hasText: 'La famille consent au partage' }).waitFor();
    await page.getByRole('group', { name: 'Besoins' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Envoyer l’aiguillage' }).click();
    await page.waitForURL(/\/aiguillages\/[0-9a-f-]{36}$/);
    await settle(page);
    const referralUrl = page.url();
    // Not declined yet: nothing proposed.
    assert.equal(await page.locator('[data-test="record-gap"]').count(), 0);

    // Saint-Léonard declines it: full, waiting list.
    const inbox = receiver.page;
    await login(inbox, ACCOUNTS.practitionerSL);
    await inbox.goto(referralUrl.replace(/^https?:\/\/[^/]+/, ''));
    await settle(inbox);
    await inbox.locator('[data-test="to-acknowledged"]').click();
    await inbox.locator('[data-test="status"]', { hasText: 'Reçu' }).waitFor();
    await inbox.getByLabel('Motif du refus').selectOption({ label: 'Complet ou liste d’attente' });
    await inbox.locator('[data-test="to-declined"]').click();
    await inbox.locator('[data-test="status"]', { hasText: 'Refusé' }).waitFor();

    // Montréal-Nord records the proposed gap.
    await page.goto(referralUrl);
    await settle(page);
    assert.equal(await page.locator('[data-test="status"]').innerText(), 'Refusé');
    await page.locator('[data-test="record-gap"]').click();
    await page.waitForURL(/\/trous-de-services\/nouveau\?referral=/);
    await settle(page);
    await page.locator('[data-test="from-referral"]').waitFor();
    assert.equal(await page.getByLabel('Motif').inputValue(), 'waiting_list', 'the reason comes from the decline');
    assert.notEqual(await page.getByLabel('Besoin').inputValue(), '', 'the need comes from the referral');
    // The family has no territory: the worker picks one.
    if (!(await page.getByLabel('Territoire').inputValue())) await page.getByLabel('Territoire').selectOption({ index: 1 });
    await a11y.check(page, 'gap form (pre-filled)');
    await page.getByRole('button', { name: 'Consigner', exact: true }).click();
    await page.waitForURL(/\/trous-de-services(\?|$)/);
    await settle(page);
    const gap = page.locator('[data-test="gap"]').first();
    await gap.waitFor();
    assert.match(await gap.locator('[data-test="reason"]').innerText(), /Liste d’attente/);
    await a11y.check(page, 'gap list');

    // The coordinator's register: a table with headers, small counts hidden and explained.
    const reg = coordination.page;
    await login(reg, ACCOUNTS.coordinator);
    await reg.goto('/registre-des-trous-de-services');
    await settle(reg);
    const table = reg.locator('[data-test="register-table"]');
    await table.waitFor();
    assert.ok(await table.locator('thead th[scope="col"]').count() >= 3, 'column headers');
    assert.ok(await table.locator('tbody th[scope="row"]').count() >= 1, 'row headers');
    await reg.locator('[data-test="suppression-note"]').waitFor();
    assert.match(await table.innerText(), /< 5/);
    await reg.locator('[data-test="hidden-legend"]').waitFor();
    assert.match(await reg.locator('[data-test="export-csv"]').getAttribute('href'), /\/api\/v1\/service-gaps\/register\/export\?format=csv/);
    await a11y.check(reg, 'gap register (coordinator)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await sender.context.close();
    await receiver.context.close();
    await coordination.context.close();
  }
});
