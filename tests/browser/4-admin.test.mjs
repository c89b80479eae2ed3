// The administration at phone size: every page passes axe, an organization is created and
// found by search, a bad form shows its field errors, records are deactivated and reactivated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, DESKTOP, signedInPage, nav, heading, settle, uniq, screenshot } from './lib.mjs';

let session;
let page;
const a11y = new A11yLog();

before(async () => ({ page } = session = await signedInPage(ACCOUNTS.admin, PHONE)));
after(() => session?.close());

async function search(text) {
  await page.getByLabel('Rechercher par nom').fill(text);
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await settle(page);
}

test('phone menu opens with its button and lists every page', async () => {
  const toggle = page.getByRole('button', { name: /Menu/ });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).waitFor();
  await a11y.check(page, 'home with open menu (phone)');
  await toggle.click();
});

test('organizations: invalid form shows field errors, create, find by search, deactivate, reactivate', async () => {
  await nav(page, 'Organisations');
  assert.equal(await heading(page), 'Organisations');
  const cards = page.locator('[data-test="list"] > li');
  assert.equal(await cards.count(), 25, 'first page of the demo organizations');
  await page.getByRole('navigation', { name: 'Pagination' }).getByText(/Page 1 sur \d+/).waitFor();
  await a11y.check(page, 'organizations list (phone)');
  assert.ok(await screenshot(page, 'organizations-390.png'));
  assert.ok(await screenshot(page, 'organizations-390-full.png', { fullPage: true }));

  await page.getByRole('link', { name: 'Nouvelle organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nouvelle organisation' }).waitFor();
  await a11y.check(page, 'new organization form (phone)');

  // Submit with no name and no sector: the server's field errors show next to the fields.
  await page.getByRole('button', { name: 'Créer' }).click();
  const name = page.getByLabel(/^Nom/);
  await page.waitForFunction(() => document.querySelector('#organization-name')?.getAttribute('aria-invalid') === 'true');
  const described = await name.getAttribute('aria-describedby');
  assert.ok(described && described.includes('organization-name-error'));
  const message = (await page.locator('#organization-name-error').innerText()).trim();
  assert.ok(message.length > 3, `field error text: ${message}`);
  assert.ok(await name.evaluate((el) => el === document.activeElement), 'focus moves to the first invalid field');
  await page.locator('[data-test="error-alert"]').waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: /\S/ }).count() >= 1, true);
  await a11y.check(page, 'organization form with errors (phone)');

  const orgName = uniq('Maison des familles Test');
  await name.fill(orgName);
  await page.getByLabel(/^Secteur/).selectOption('community_family');
  const served = page.getByRole('group', { name: 'Territoires desservis' });
  // The territories as a tree: a neighbourhood is indented under its territory.
  const indent = async (label) => served.getByLabel(label, { exact: true }).evaluate((el) => el.parentElement.className);
  assert.match(await indent('Montréal-Nord'), /depth-[1-4]/);
  await served.getByLabel('Montréal-Nord', { exact: true }).check();
  await page.getByLabel(/^Courriel/).fill('test@exemple.org');
  await page.getByLabel(/^Téléphone/).fill('514-555-0199');
  await page.getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('status').filter({ hasText: 'Fiche créée.' }).waitFor();
  await page.getByRole('heading', { level: 1, name: orgName }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/organisations\/[0-9a-f-]{36}$/);

  await page.getByRole('link', { name: /Retour à la liste/ }).click();
  await settle(page);
  await search(orgName.toLowerCase().replace('maison', 'MAISON'));
  assert.equal(await cards.count(), 1);
  const card = cards.first();
  await card.getByRole('link', { name: orgName, exact: true }).waitFor();
  assert.match(await card.innerText(), /Communautaire – famille et petite enfance/);
  assert.match(new URL(page.url()).search, /q=/, 'search kept in the address');

  // A deactivation acts at once, and can be taken back from the confirmation.
  await card.getByRole('button', { name: `Désactiver — ${orgName}` }).click();
  await page.getByRole('status').filter({ hasText: 'désactivation enregistrée' }).waitFor();
  await card.getByText('Inactive', { exact: true }).waitFor();
  await page.getByRole('status').getByRole('button', { name: 'Annuler la désactivation' }).click();
  await card.getByText('Active', { exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'réactivation enregistrée' }).waitFor();
  await card.getByRole('button', { name: `Désactiver — ${orgName}` }).click();
  await card.getByText('Inactive', { exact: true }).waitFor();
  await page.getByLabel('Statut').selectOption('false');
  await settle(page);
  assert.equal(await cards.count(), 1, 'found among inactive ones');
  await card.getByRole('button', { name: `Réactiver — ${orgName}` }).click();
  await card.getByText('Active', { exact: true }).waitFor();
  await a11y.check(page, 'organizations after search (phone)');
});

test('territories, programs: lists, forms and a validation error on dates', async () => {
  await nav(page, 'Territoires');
  assert.equal(await heading(page), 'Territoires');
  await page.getByLabel('Type').selectOption('region');
  await settle(page);
  assert.ok((await page.locator('[data-test="list"] > li').count()) >= 1);
  await a11y.check(page, 'territories list (phone)');
  await page.getByRole('link', { name: 'Nouveau territoire' }).click();
  await page.locator('[data-test="territory-form"]').waitFor();
  await a11y.check(page, 'new territory form (phone)');

  await nav(page, 'Programmes');
  assert.equal(await heading(page), 'Programmes');
  await a11y.check(page, 'programs list (phone)');
  await page.locator('[data-test="list"] > li').first().getByRole('link', { name: /^Modifier/ }).click();
  await page.locator('[data-test="program-form"]').waitFor();
  await a11y.check(page, 'program form (phone)');
  await page.getByRole('link', { name: /Retour à la liste/ }).click();
  await page.getByRole('link', { name: 'Nouveau programme' }).click();
  await page.getByLabel(/^Nom/).fill(uniq('Programme Test'));
  await page.getByRole('button', { name: 'Créer' }).click();
  await page.waitForFunction(() => document.querySelector('#program-starts')?.getAttribute('aria-invalid') === 'true');
  await page.locator('#program-starts-error').waitFor();
  await a11y.check(page, 'program form with errors (phone)');
});

test('organizations: a second one with the same name is flagged before it is created', async () => {
  await page.setViewportSize(PHONE);
  await page.goto('/organisations/nouveau');
  await page.locator('[data-test="organization-form"]').waitFor();
  // The demo's organization, typed without accents and in other case.
  await page.getByLabel(/^Nom/).fill('maison de la famille de MONTREAL-NORD');
  await page.getByLabel(/^Secteur/).selectOption('community_family');
  await page.getByRole('button', { name: 'Créer' }).click();
  const warning = page.locator('[data-test="same-name"]');
  await warning.waitFor();
  await warning.getByRole('link', { name: 'Maison de la famille de Montréal-Nord' }).waitFor();
  assert.equal(await warning.evaluate((el) => el === document.activeElement), true, 'the warning takes the focus');
  assert.match(new URL(page.url()).pathname, /\/organisations\/nouveau$/, 'nothing created yet');
  await a11y.check(page, 'organization form, same name (phone)');
  // Another name: the warning goes; the same name again, then "Créer quand même" creates it.
  const name = uniq('Maison de la famille de Montréal-Nord');
  await page.getByLabel(/^Nom/).fill(name);
  assert.equal(await warning.count(), 0);
  await page.getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('status').filter({ hasText: 'Fiche créée.' }).waitFor();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const first = new URL(page.url()).pathname;
  // Asked twice, a second one with that name is created.
  await page.goto('/organisations/nouveau');
  await page.getByLabel(/^Nom/).fill(name);
  await page.getByLabel(/^Secteur/).selectOption('community_family');
  await page.getByRole('button', { name: 'Créer' }).click();
  await warning.getByRole('link', { name }).waitFor();
  await page.getByRole('button', { name: 'Créer quand même' }).click();
  await page.getByRole('status').filter({ hasText: 'Fiche créée.' }).waitFor();
  assert.notEqual(new URL(page.url()).pathname, first);
});

test('audit log: table on a wide screen, stacked cards on a phone, filter by action', async () => {
  await page.setViewportSize(DESKTOP);
  await nav(page, 'Journal d’audit');
  assert.equal(await heading(page), 'Journal d’audit');
  const rows = page.locator('[data-test="audit-table"] tbody tr');
  assert.ok((await rows.count()) > 0, 'audit entries');
  assert.match(await rows.first().innerText(), /\d{4}/);
  await a11y.check(page, 'audit log');
  await page.setViewportSize(PHONE);
  await a11y.check(page, 'audit log (phone)');
  await page.getByLabel('Action').selectOption('login');
  await settle(page);
  assert.match(await rows.first().innerText(), /Connexion/);
  // Services are an object of the log too, each entry with the record's name beside its id.
  await page.getByLabel('Objet').selectOption({ label: 'Service' });
  await page.getByLabel('Action').selectOption('create');
  await page.waitForURL((u) => u.searchParams.get('entity') === 'service' && u.searchParams.get('action') === 'create');
  await settle(page);
  const first = rows.first();
  assert.match(await first.innerText(), /Service/);
  assert.ok((await first.locator('[data-test="entity-name"]').innerText()).trim().length > 2, 'the service is named');
  await a11y.check(page, 'audit log of services (phone)');
  // The downloads carry the filters and the interface's language: the French CSV of these entries.
  const csvHref = await page.locator('[data-test="audit-csv"]').getAttribute('href');
  const url = new URL(csvHref, page.url());
  assert.equal(url.pathname, '/api/v1/audit/export');
  for (const [k, v] of [['format', 'csv'], ['lang', 'fr'], ['entity', 'service'], ['action', 'create']])
    assert.equal(url.searchParams.get(k), v, k);
  assert.equal(new URL(await page.locator('[data-test="audit-xlsx"]').getAttribute('href'), page.url()).searchParams.get('format'), 'xlsx');
  const csv = await page.request.get(url.href);
  assert.equal(csv.status(), 200);
  const text = (await csv.body()).toString('utf8');
  assert.ok(text.startsWith('\uFEFFDate et heure (UTC);Compte;Action;Type de fiche;'), text.slice(0, 80));
  assert.match(text.split('\r\n')[1], /;create;service;/);
});

test('accounts: list, new account form with a membership row and errors', async () => {
  await page.setViewportSize(DESKTOP);
  await nav(page, 'Comptes');
  assert.equal(await heading(page), 'Comptes');
  await search('gestion');
  assert.ok((await page.locator('[data-test="list"] > li').count()) >= 2);
  await a11y.check(page, 'accounts list');
  await page.getByRole('link', { name: 'Nouveau compte' }).click();
  await page.locator('[data-test="user-form"]').waitFor();
  await page.getByRole('button', { name: /Ajouter un rôle/ }).click();
  const row = page.getByRole('group', { name: 'Rôle 1' });
  await row.getByLabel('Organisation').waitFor();
  assert.ok(await row.getByLabel('Organisation').evaluate((el) => el === document.activeElement), 'focus on the new row');
  await row.getByLabel('Rôle', { exact: true }).selectOption('practitioner');
  await page.getByLabel(/^Courriel/).fill(`test.${Date.now()}@exemple.org`);
  await page.getByLabel(/^Nom/).fill('Personne Test');
  await page.getByLabel(/^Mot de passe/).fill('court');
  await page.getByRole('button', { name: 'Créer' }).click();
  await page.locator('[data-test="error-alert"]').waitFor();
  await page.locator('#user-password-error').waitFor();
  assert.equal(await page.locator('#user-password').getAttribute('aria-invalid'), 'true');
  await a11y.check(page, 'new account form with errors');

  // Fix the form: an organization for the role, a long enough password; then edit the roles.
  await row.getByLabel('Organisation').selectOption({ label: 'Maison de la famille de Montréal-Nord' });
  await page.getByLabel(/^Mot de passe/).fill('un-mot-de-passe-assez-long');
  await page.getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('status').filter({ hasText: 'Fiche créée.' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Personne Test' }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Rôle 1' }).getByLabel('Rôle', { exact: true }).inputValue(), 'practitioner');
  await page.getByRole('button', { name: /Ajouter un rôle/ }).click();
  const second = page.getByRole('group', { name: 'Rôle 2' });
  await second.getByLabel('Organisation').selectOption({ label: 'Accueil aux immigrants de Saint-Léonard' });
  await second.getByLabel('Rôle', { exact: true }).selectOption('facilitator');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
  // Remove the practitioner role (the server may return the roles in another order).
  let practitionerRow = 0;
  for (const n of [1, 2]) {
    const value = await page.getByRole('group', { name: `Rôle ${n}` }).getByLabel('Rôle', { exact: true }).inputValue();
    if (value === 'practitioner') practitionerRow = n;
  }
  assert.ok(practitionerRow, 'both roles saved');
  await page.getByRole('button', { name: `Retirer le rôle ${practitionerRow}` }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
  await page.reload();
  await page.getByRole('group', { name: 'Rôle 1' }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Rôle 2' }).count(), 0);
  assert.equal(await page.getByRole('group', { name: 'Rôle 1' }).getByLabel('Rôle', { exact: true }).inputValue(), 'facilitator');
  await a11y.check(page, 'account form after saving roles');
});

test('no serious or critical axe violation, no CSP or script error', () => {
  assert.ok(a11y.pages.length >= 10, `pages checked: ${a11y.pages.length}`);
  assert.deepEqual(a11y.violations, []);
  assert.deepEqual(page.problems, []);
});
