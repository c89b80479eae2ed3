// The register of confidentiality incidents on a phone (Law 25): a manager records an incident
// whose risk is serious, changes it, tries to close it without the notices (the form names the
// missing one and nothing is saved), then closes it with both dates. Axe on the list and the form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, signedInPage, nav, heading, settle, uniq } from './lib.mjs';

let session;
let page;
before(async () => ({ page } = session = await signedInPage(ACCOUNTS.managerMN, PHONE)));
after(async () => session?.close());

test('phone: a manager records an incident, changes it, and closes it once both notices are dated', async () => {
  const a11y = new A11yLog();
  const description = uniq('Courriel envoyé au mauvais destinataire');

  await nav(page, 'Incidents de confidentialité');
  assert.equal(await heading(page), 'Incidents de confidentialité');
  await page.locator('[data-test="list"]').waitFor({ state: 'attached' });
  await a11y.check(page, 'incident list');

  await page.getByRole('link', { name: 'Inscrire un incident' }).click();
  await page.waitForURL(/\/incidents-confidentialite\/nouveau$/);
  await settle(page);
  // The manager keeps one organization's register: it is chosen already.
  assert.notEqual(await page.locator('#incident-organization').inputValue(), '');
  await page.getByLabel('Date de l’incident (ou début de la période)').fill('2026-03-01');
  await page.getByLabel('Date de prise de connaissance').fill('2026-03-03');
  await page.getByLabel('Description de l’incident').fill(description);
  await page.getByLabel('Renseignements personnels visés').fill('Noms et numéros de téléphone');
  await page.getByLabel('Nombre de personnes concernées').fill('14');
  await page.getByLabel('Ce nombre est une estimation').check();
  await page.getByLabel('Sensibilité des renseignements').fill('Moyenne');
  await page.getByLabel('Conséquences appréhendées').fill('Sollicitations non désirées');
  await page.getByLabel('Probabilité d’utilisation à des fins préjudiciables').fill('Élevée');
  // Recorded before any notice goes out: a serious risk asks for none yet.
  await page.getByLabel('Le risque de préjudice est sérieux').check();
  await a11y.check(page, 'new incident form');
  await page.getByRole('button', { name: 'Créer' }).click();
  await page.waitForURL(/\/incidents-confidentialite\/[0-9a-f-]{36}$/);
  await settle(page);
  await page.getByRole('status').getByText('Fiche créée.').waitFor();
  assert.equal(await page.getByLabel('Description de l’incident').inputValue(), description);

  await page.getByLabel('Mesures prises pour diminuer les risques').fill('Demande de suppression au destinataire');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').getByText('Modifications enregistrées.').waitFor();

  // Closing without the notice to the persons concerned: refused, the field named, nothing saved.
  await page.getByLabel('Statut').selectOption({ label: 'Fermé' });
  await page.locator('[data-test="closing-needs-notices"]').waitFor();
  await page.getByLabel('Date de l’avis à la Commission d’accès à l’information').fill('2026-03-04');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const missing = page.locator('#incident-persons-notified-error');
  await missing.waitFor();
  assert.match(await missing.innerText(), /date de l’avis aux personnes concernées.*obligatoire pour fermer/);
  assert.equal(await page.getByLabel('Date de l’avis aux personnes concernées').getAttribute('aria-invalid'), 'true');
  await a11y.check(page, 'incident form with a refused close');

  await page.getByLabel('Date de l’avis aux personnes concernées').fill('2026-03-05');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').getByText('Modifications enregistrées.').waitFor();
  assert.equal(await page.locator('#incident-persons-notified-error').count(), 0);
  assert.equal(await page.getByLabel('Statut').inputValue(), 'closed');

  await page.getByRole('link', { name: /Retour à la liste/ }).click();
  await page.waitForURL(/\/incidents-confidentialite$/);
  await settle(page);
  const card = page.locator('[data-test="incident"]').filter({ hasText: description });
  await card.waitFor();
  assert.match(await card.innerText(), /Fermé/);
  await a11y.check(page, 'incident list with the closed incident');
  assert.deepEqual(a11y.violations, []);
  assert.deepEqual(page.problems, []);
});
