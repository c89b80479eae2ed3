// Referrals on a phone (issue 12): a practitioner of Montréal-Nord records a family and its
// consent to share with Accueil aux immigrants de Saint-Léonard, refers it from the family's page
// (the consent shown, the referral sent); a practitioner of Saint-Léonard finds it in the inbox,
// acknowledges and accepts it; Montréal-Nord sees the status. Axe on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, familyConsentingTo, fileBrowser, openPage, login, settle } from './lib.mjs';

const RECEIVER = 'Accueil aux immigrants de Saint-Léonard';
const browser = fileBrowser();

test('phone: Montréal-Nord refers a consenting family, Saint-Léonard acknowledges and accepts, Montréal-Nord sees it', async () => {
  const a11y = new A11yLog();
  const sender = await openPage(browser(), { viewport: PHONE });
  const receiver = await openPage(browser(), { viewport: PHONE });
  try {
    const page = sender.page;
    await login(page, ACCOUNTS.practitionerMN);
    const code = await familyConsentingTo(page, RECEIVER);

    await page.locator('[data-test="refer"]').click();
    await page.waitForURL(/\/referer$/);
    await settle(page);
    await page.getByLabel('Organisme destinataire').selectOption({ label: RECEIVER });
    // The family's consent is shown before sending (it has loaded once the text says so).
    await page.locator('[data-test="consent-state"]', { hasText: 'La famille consent au partage' }).waitFor();
    await page.getByRole('group', { name: 'Besoins' }).getByRole('checkbox').first().check();
    await page.getByLabel('Message au destinataire').fill('Famille arrivée cet hiver, cherche une halte-garderie');
    await page.getByLabel('Accompagnement (l’intervenante va avec le parent)').check();
    await a11y.check(page, 'refer form');
    await page.getByRole('button', { name: 'Envoyer l’aiguillage' }).click();
    await page.waitForURL(/\/aiguillages\/[0-9a-f-]{36}$/);
    await settle(page);
    const referralUrl = page.url();
    assert.equal(await page.locator('[data-test="status"]').innerText(), 'Envoyé');
    await a11y.check(page, 'referral page (sender)');

    const inbox = receiver.page;
    await login(inbox, ACCOUNTS.practitionerSL);
    await inbox.goto('/aiguillages');
    await settle(inbox);
    await inbox.locator('[data-test="box-received"]').click();
    const card = inbox.locator('[data-test="referral"]').filter({ hasText: code });
    await card.waitFor();
    assert.match(await card.innerText(), /Envoyé/);
    await a11y.check(inbox, 'inbox');
    await card.getByRole('link').click();
    await inbox.waitForURL(/\/aiguillages\/[0-9a-f-]{36}$/);
    await settle(inbox);
    assert.match(await inbox.getByRole('heading', { level: 1 }).innerText(), new RegExp(code));
    await inbox.locator('[data-test="to-acknowledged"]').click();
    await inbox.locator('[data-test="status"]', { hasText: 'Reçu' }).waitFor();
    await inbox.locator('[data-test="to-accepted"]').click();
    await inbox.locator('[data-test="status"]', { hasText: 'Accepté' }).waitFor();
    // The timeline is read after the status changes: wait for its new step rather than race it.
    await inbox.locator('[data-test="timeline"]').getByText(/Accepté/).first().waitFor();
    await a11y.check(inbox, 'referral page (receiver)');

    await page.goto(referralUrl);
    await settle(page);
    assert.equal(await page.locator('[data-test="status"]').innerText(), 'Accepté');
    assert.match(await page.locator('[data-test="timeline"]').innerText(), new RegExp(RECEIVER));
    await a11y.check(page, 'referral page (sender, accepted)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await sender.context.close();
    await receiver.context.close();
  }
});
