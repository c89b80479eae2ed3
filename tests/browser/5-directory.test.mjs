// Resource directory: a practitioner searches by keyboard, filters by territory, opens a service
// (hours, languages), reads it in English; phone size; an admin imports an HSDS file with one
// valid and one invalid record, finds the imported service and marks it verified.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACCOUNTS, A11yLog, PHONE, launch, resetLocale, openPage, login, nav, heading, settle, uniq, screenshot } from './lib.mjs';

let browser;
let tmp;
before(async () => {
  await resetLocale(ACCOUNTS.practitionerMN);
  await resetLocale(ACCOUNTS.admin);
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'filet-hsds-'));
});
after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const FR_DAYS = /Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche/;
const EN_DAYS = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/;

async function focused(page) {
  return page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName.toLowerCase() }));
}

/** Leaves the account in French whatever happened (the other test files expect it). */
async function backToFrench(page) {
  await page.evaluate(async () => {
    localStorage.setItem('filet.locale', 'fr');
    const me = await fetch('/api/v1/me', { credentials: 'same-origin' }).then((r) => r.json()).catch(() => null);
    if (me?.csrf_token && me.user?.locale !== 'fr') {
      await fetch('/api/v1/me', {
        method: 'PATCH', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: JSON.stringify({ locale: 'fr' }),
      });
    }
  }).catch(() => {});
}

async function noHorizontalScroll(page, label) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${label}: page wider than the screen (${scroll} > ${client})`);
}

test('practitioner: keyboard search, territory filter, service page in French and English, phone', async () => {
  const { context, page } = await openPage(browser);
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await nav(page, 'Ressources');
    assert.equal(await heading(page), 'Recherche de ressources');
    assert.equal(await page.getByRole('link', { name: 'Nouveau service' }).count(), 0, 'no creation for a practitioner');
    await a11y.check(page, 'directory search');

    // Keyboard only: from the page heading, Tab to the search box, type, Enter.
    assert.equal((await focused(page)).tag, 'h1', 'focus on the page heading after navigation');
    for (let i = 0; i < 5 && (await focused(page)).id !== 'directory-q'; i++) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'directory-q', 'search box reached with Tab');
    await page.keyboard.type('aide alimentaire');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'aide alimentaire');
    await settle(page);
    const cards = page.locator('[data-test="list"] > li');
    const all = await cards.count();
    assert.ok(all >= 1, 'food aid services found');

    // Territory filter: the select shows the territory tree; Montréal-Nord narrows the list.
    const territory = page.getByLabel('Territoire desservi');
    await territory.selectOption({ label: 'Montréal-Nord' });
    await page.waitForURL((u) => !!u.searchParams.get('territory_id') && u.searchParams.get('q') === 'aide alimentaire');
    await settle(page);
    const territoryId = new URL(page.url()).searchParams.get('territory_id');
    const inMN = await cards.count();
    assert.ok(inMN >= 1 && inMN <= all, `services in Montréal-Nord: ${inMN} of ${all}`);
    await page.locator('[data-test="list"]').getByText('Gratuit', { exact: true }).first().waitFor().catch(() => {});
    await a11y.check(page, 'directory results, territory filter');

    // The address keeps the search: a reload shows the same filters and results.
    await page.reload();
    await settle(page);
    assert.equal(await page.locator('#directory-q').inputValue(), 'aide alimentaire');
    assert.equal(await territory.inputValue(), territoryId);
    assert.equal(await cards.count(), inMN);

    // Open the first result.
    const first = cards.first();
    const title = (await first.getByRole('heading').innerText()).trim();
    // Opened with the keyboard: the focus lands on the service's name.
    await first.getByRole('link', { name: title, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ressources\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(await page.title(), `${title} – Filet`, 'the tab title names the service');
    await page.waitForFunction((name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.trim() === name, title);
    const serviceId = new URL(page.url()).pathname.split('/').pop();
    const hours = page.locator('[data-test="service-hours"]');
    const languages = page.locator('[data-test="service-languages"]');
    await page.getByRole('heading', { level: 2, name: 'Heures d’ouverture' }).waitFor();
    assert.match(await hours.innerText(), FR_DAYS, 'hours by day');
    assert.match(await hours.innerText(), /\d{1,2}\u00a0h\u00a0\d{2}/, 'hours in the Quebec French format');
    assert.match(await languages.innerText(), /Français/);
    assert.equal(await page.locator('[data-test="verify"]').count(), 0, 'a practitioner cannot mark it verified');
    await a11y.check(page, 'service page');

    // English: the page asks the API for English and shows the English texts.
    const english = page.waitForRequest((r) => r.url().includes(`/api/v1/directory/services/${serviceId}`) && /[?&]lang=en\b/.test(r.url()));
    await page.getByRole('button', { name: 'English' }).click();
    await english;
    await page.getByRole('heading', { level: 2, name: 'Opening hours' }).waitFor();
    const record = await page.evaluate(async (id) => (await fetch(`/api/v1/directory/services/${id}?lang=en`)).json(), serviceId);
    await page.getByRole('heading', { level: 1, name: record.name, exact: true }).waitFor();
    if (record.description_en) await page.getByText(record.description_en.trim().slice(0, 60)).first().waitFor();
    assert.match(await hours.innerText(), EN_DAYS);
    assert.match(await hours.innerText(), /\d{1,2}:\d{2}\s?[ap]\.?m\.?/i, 'hours in the English format');
    assert.match(await languages.innerText(), /French/);
    await a11y.check(page, 'service page in English');
    await page.setViewportSize(PHONE);
    await noHorizontalScroll(page, 'service page (phone)');
    await a11y.check(page, 'service page in English (phone)');

    // Back to French, so the other tests find the account as they expect it.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Heures d’ouverture' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');

    // Phone: the results as cards, no horizontal scrolling; then a search with no result.
    await page.getByRole('link', { name: /Retour à la recherche/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Recherche de ressources' }).waitFor();
    await settle(page);
    await page.goto(`/ressources?q=${encodeURIComponent('aide alimentaire')}&territory_id=${territoryId}`);
    await settle(page);
    assert.equal(await cards.count(), inMN);
    await noHorizontalScroll(page, 'search results (phone)');
    await a11y.check(page, 'directory results (phone)');
    assert.ok(await screenshot(page, 'directory-390-full.png', { fullPage: true }));
    await page.locator('#directory-q').fill('zzqx introuvable');
    await page.keyboard.press('Enter');
    await page.locator('[data-test="no-results"]').getByText(/Aucun résultat/).waitFor();
    await a11y.check(page, 'directory no result (phone)');

    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await backToFrench(page);
    await context.close();
  }
});

// A stable organization for the imported services, so that runs again reuse it.
const IMPORT_ORG = { id: '6f0c9a52-4e1b-4c3d-9a7e-2b5d8f1e0a11', name: 'Organisme importé (test HSDS)', description: 'Organisme créé par le test des navigateurs.' };

test('admin: HSDS import (one imported, one rejected with its reason), then the service found and verified', async () => {
  const name = uniq('Halte-répit importée');
  const file = path.join(tmp, 'services.json');
  fs.writeFileSync(file, JSON.stringify([
    {
      id: randomUUID(), name, status: 'active', organization_id: IMPORT_ORG.id, organization: IMPORT_ORG,
      description: 'Quelques heures de répit pour les parents, importées d’un fichier HSDS.',
      languages: [{ id: randomUUID(), name: 'French', code: 'fr' }],
    },
    { id: randomUUID(), status: 'active', organization_id: IMPORT_ORG.id, organization: IMPORT_ORG, description: 'Un service sans nom.' },
  ], null, 2));

  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.admin);
    await nav(page, 'Import / export HSDS');
    assert.equal(await heading(page), 'Import et export HSDS');
    assert.match(await page.getByRole('link', { name: 'Exporter (HSDS JSON)' }).getAttribute('href'), /^\/api\/v1\/directory\/export/);
    await a11y.check(page, 'HSDS import page (phone)');

    await page.getByLabel('Fichier HSDS (JSON)').setInputFiles(file);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const result = page.locator('[data-test="import-result"]');
    await result.waitFor();
    assert.equal((await result.locator('[data-test="imported"]').innerText()).trim(), '1');
    assert.equal((await result.locator('[data-test="updated"]').innerText()).trim(), '0');
    assert.equal((await result.locator('[data-test="rejected"]').innerText()).trim(), '1');
    const rows = result.locator('[data-test="rejected-table"] tbody tr');
    assert.equal(await rows.count(), 1);
    const row = await rows.first().innerText();
    assert.match(row, /2/, `position of the rejected record: ${row}`);
    assert.match(row, /[Nn]om/, `reason in French: ${row}`);
    await a11y.check(page, 'HSDS import result (phone)');

    // The export link downloads the directory as an HSDS JSON array, the new service in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter (HSDS JSON)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.ok(Array.isArray(exported) && exported.some((x) => x.name === name), 'imported service in the export');

    // The imported service is in the directory; an admin may mark it verified.
    await nav(page, 'Ressources');
    await page.locator('#directory-q').fill(name);
    await page.keyboard.press('Enter');
    await settle(page);
    const cards = page.locator('[data-test="list"] > li');
    assert.equal(await cards.count(), 1, 'the imported service is found');
    await cards.first().getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.locator('[data-test="edit-service"]').waitFor();
    await page.getByRole('button', { name: 'Marquer comme vérifié' }).click();
    await page.getByRole('status').filter({ hasText: 'Vérification enregistrée' }).waitFor();
    assert.match(await page.locator('[data-test="service-verification"]').innerText(), /Vérifié le .+ par /);
    await a11y.check(page, 'imported service verified (phone)');

    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('admin: an import that moves a service to another organization is refused, then done and listed with "Permettre de réaffecter"', async () => {
  const other = { id: randomUUID(), name: uniq('Organisme d’origine'), description: '' };
  const id = randomUUID();
  const first = path.join(tmp, 'reassign-1.json');
  const second = path.join(tmp, 'reassign-2.json');
  fs.writeFileSync(first, JSON.stringify([{ id, name: uniq('Service à déplacer'), status: 'active', organization: other }]));
  fs.writeFileSync(second, JSON.stringify([{ id, name: 'Service déplacé', status: 'active', organization: IMPORT_ORG }]));
  const { context, page } = await openPage(browser);
  const a11y = new A11yLog();
  const upload = async (file) => {
    await page.getByLabel('Fichier HSDS (JSON)').setInputFiles(file);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.locator('[data-test="import-result"]').waitFor();
    return page.locator('[data-test="import-result"]');
  };
  try {
    await login(page, ACCOUNTS.admin);
    await nav(page, 'Import / export HSDS');
    let result = await upload(first);
    assert.equal((await result.locator('[data-test="imported"]').innerText()).trim(), '1');
    result = await upload(second);
    assert.equal((await result.locator('[data-test="rejected"]').innerText()).trim(), '1');
    assert.match(await result.locator('[data-test="rejected-table"]').innerText(), /autre organisme/);
    await page.getByLabel('Permettre de réaffecter').check();
    result = await upload(second);
    assert.equal((await result.locator('[data-test="updated"]').innerText()).trim(), '1');
    const moved = await result.locator('[data-test="reassigned-table"] tbody tr').innerText();
    assert.match(moved, /Service déplacé/);
    assert.ok(moved.includes(other.id) && moved.includes(IMPORT_ORG.id), moved);
    await a11y.check(page, 'HSDS import with reassigned records');
    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('admin: new service form shows the server field errors next to the fields, then creates the service', async () => {
  const { context, page } = await openPage(browser);
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.admin);
    await page.goto('/ressources');
    await page.getByRole('link', { name: 'Services à vérifier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Services à vérifier' }).waitFor();
    await settle(page);
    assert.ok((await page.locator('[data-test="list"] > li').count()) > 0, 'demo services not verified for 12 months');
    assert.match(await page.locator('[data-test="list"] > li').first().innerText(), /Vérifié le|Jamais vérifié/);
    await a11y.check(page, 'services to verify');

    await page.getByRole('link', { name: /Retour à la recherche/ }).click();
    await page.getByRole('link', { name: 'Nouveau service' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau service' }).waitFor();
    await page.locator('[data-test="service-form"]').waitFor();
    await settle(page);
    await a11y.check(page, 'new service form');

    // Nothing filled in: name and organization are required; a bad age is named too.
    await page.getByLabel('Âge minimum (ans)').fill('deux');
    await page.getByRole('button', { name: 'Créer' }).click();
    await page.locator('[data-test="error-alert"]').waitFor();
    await page.waitForFunction(() => document.querySelector('#service-name-fr')?.getAttribute('aria-invalid') === 'true');
    assert.ok((await page.locator('#service-name-fr').getAttribute('aria-describedby')).includes('service-name-fr-error'));
    assert.equal(await page.locator('#service-minimum-age').getAttribute('aria-invalid'), 'true');
    await page.locator('#service-minimum-age-error').waitFor();
    await a11y.check(page, 'new service form with errors');

    const name = uniq('Cuisine collective Test');
    await page.getByLabel(/^Organisation/).selectOption({ label: 'Maison de la famille de Montréal-Nord' });
    await page.getByLabel(/^Nom \(français\)/).fill(name);
    await page.getByLabel('Nom (anglais)').fill(name.replace('Cuisine collective', 'Collective kitchen'));
    await page.getByLabel('Âge minimum (ans)').fill('0');
    await page.getByLabel('Âge maximum (ans)').fill('5');
    await page.getByRole('group', { name: 'Langues' }).getByLabel('Français', { exact: true }).check();
    await page.getByRole('group', { name: 'Territoires desservis' }).getByLabel('Montréal-Nord', { exact: true }).check();
    await page.getByRole('button', { name: /Ajouter un horaire/ }).click();
    const row = page.getByRole('group', { name: 'Horaire 1' });
    await row.getByLabel('Mardi').check();
    await row.getByLabel('Jeudi').check();
    await row.getByLabel('Ouverture').fill('09:30');
    await row.getByLabel('Fermeture').fill('12:00');
    await page.getByLabel('Service gratuit').check();
    await page.getByRole('button', { name: 'Créer' }).click();
    await page.getByRole('status').filter({ hasText: 'Fiche créée.' }).waitFor();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const hours = await page.locator('[data-test="service-hours"]').innerText();
    assert.match(hours, /Mardi[\s\S]*9\u00a0h\u00a030 à 12\u00a0h\u00a000/);
    assert.match(hours, /Jeudi/);
    await a11y.check(page, 'created service');

    assert.deepEqual(a11y.violations, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});
