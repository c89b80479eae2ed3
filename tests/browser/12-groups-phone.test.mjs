// Groups on a phone (issue 11, first slice): the coordinator plans a co-development group of
// Montréal-Nord with the demo facilitator (through the API); the facilitator finds it, opens its
// session, takes attendance with the big three-way choices, counts the child-care corner, ticks
// the checklist, writes the logbook; it is all there after a reload; the evaluator reads the
// logbook. Axe on every page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { A11yLog, ACCOUNTS, PHONE, fileBrowser, login, openPage, phonePageAs, settle } from './lib.mjs';
import { as, findOrg, uniq } from '../api/helpers.mjs';

const browser = fileBrowser();
let groupName;
let programName;
before(async () => {
  const coordinator = await as('coordinator');
  const facilitator = await as('facilitator');
  const org = (await findOrg(coordinator, 'Maison de la famille de Montréal-Nord')).id;
  const territory = (await coordinator.get('territories', { query: { q: 'Montréal-Nord', per_page: 50 } })).json
    .items.find((x) => x.name === 'Montréal-Nord');
  const program = (await coordinator.post('group-programs', {
    organization_id: org, name: (programName = uniq('Espace Intervenants')), themes: ['Le lien avec les familles'],
    checklist: ['Accueil et tour de table', 'Synthèse'],
  })).json;
  groupName = uniq('Cohorte du Nord');
  const group = (await coordinator.post('groups', {
    organization_id: org, program_id: program.id, name: groupName, kind: 'co_development',
    facilitator_ids: [facilitator.user.id], territory_id: territory.id,
  })).json;
  for (const label of ['Léa Tremblay', 'Samir Haddad']) {
    const res = await coordinator.post('group-participants', { group_id: group.id, kind: 'practitioner', label, organization_id: org, status: 'registered' });
    assert.equal(res.status, 201, res.describe());
  }
  const res = await coordinator.post('group-sessions', { group_id: group.id, number: 1, held_on: new Date().toISOString().slice(0, 10), place: 'Salle communautaire' });
  assert.equal(res.status, 201, res.describe());
});

test('phone: a facilitator takes attendance and writes the logbook; the evaluator reads it', async () => {
  const a11y = new A11yLog();
  const { page, context } = await openPage(browser(), { viewport: PHONE });
  const reader = await openPage(browser(), { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.facilitator);
    await page.goto('/groupes');
    await settle(page);
    const card = page.locator('[data-test="group"]').filter({ hasText: groupName });
    await card.waitFor();
    await a11y.check(page, 'groups list');
    await card.getByRole('link').click();
    await page.waitForURL(/\/groupes\/[0-9a-f-]{36}$/);
    await settle(page);
    await a11y.check(page, 'group page');
    await page.locator('[data-test="session"]').getByRole('link').click();
    await page.waitForURL(/\/rencontres\/[0-9a-f-]{36}$/);
    await settle(page);
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Rencontre 1 — Le lien avec les familles/);

    await page.getByRole('group', { name: 'Léa Tremblay' }).getByLabel('Présent').check();
    // Keyboard: focus the second person's first choice and move with the arrows.
    await page.getByRole('group', { name: 'Samir Haddad' }).getByLabel('Présent').focus();
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.getByRole('group', { name: 'Samir Haddad' }).getByLabel('Absence motivée').isChecked());
    await page.getByLabel('Enfants au coin des tout-petits').fill('3');
    await page.getByLabel('Accueil et tour de table').check();
    await a11y.check(page, 'attendance');
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await page.locator('[data-test="saved"]', { hasText: 'Présences enregistrées' }).waitFor();

    await page.getByLabel('Cote (1 à 4)').nth(1).selectOption('4');
    await page.getByLabel('Commentaire').nth(1).fill('Confiance installée dès le tour de table');
    await page.getByLabel('Notes libres').fill('Pratique prometteuse : le jumelage entre organismes.');
    await a11y.check(page, 'logbook');
    await page.getByRole('button', { name: 'Enregistrer le journal de bord' }).click();
    await page.locator('[data-test="saved"]', { hasText: 'Journal de bord enregistré' }).waitFor();
    const sessionUrl = page.url();

    await page.reload();
    await settle(page);
    await page.locator('[data-test="attendance"]').waitFor();
    assert.ok(await page.getByRole('group', { name: 'Léa Tremblay' }).getByLabel('Présent').isChecked());
    assert.equal(await page.getByLabel('Enfants au coin des tout-petits').inputValue(), '3');
    assert.ok(await page.getByLabel('Accueil et tour de table').isChecked());
    assert.equal(await page.getByLabel('Notes libres').inputValue(), 'Pratique prometteuse : le jumelage entre organismes.');

    await login(reader.page, ACCOUNTS.evaluator);
    await reader.page.goto(new URL(sessionUrl).pathname);
    await settle(reader.page);
    const read = reader.page.locator('[data-test="logbook-read"]');
    await read.waitFor();
    assert.match(await read.innerText(), /jumelage entre organismes/);
    assert.equal(await reader.page.locator('[data-test="attendance"]').count(), 0);
    await a11y.check(reader.page, 'session page (evaluator)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
    await reader.context.close();
  }
});

test('phone: a coordinator sees Table 2 generated from the registrations', () =>
  phonePageAs(browser(), ACCOUNTS.coordinator, '/groupes/bilan', async (page, a11y) => {
    await page.getByLabel('Programme de rencontres').selectOption({ label: programName });
    const table = page.locator('[data-test="table-2"]');
    await table.getByRole('row', { name: /Montréal-Nord/ }).waitFor();
    assert.match(await table.getByRole('row', { name: /Montréal-Nord/ }).innerText(), /Montréal-Nord\s+1\s+2/);
    assert.equal(await page.locator('[data-test="practitioners"]').innerText(), '2');
    await a11y.check(page, 'groups report');
  }));

test('phone: a manager records what the group pays, a wrong amount named first, then marks it paid; the totals follow', () =>
  phonePageAs(browser(), ACCOUNTS.managerMN, '/groupes', async (page, a11y) => {
    await page.locator('[data-test="group"]').filter({ hasText: groupName }).getByRole('link').click();
    await page.waitForURL(/\/groupes\/[0-9a-f-]{36}$/);
    await settle(page);
    const section = page.locator('[data-test="compensation"]');
    await section.getByText('Aucun dédommagement consigné.').waitFor();
    const form = page.locator('[data-test="compensation-form"]');
    await form.getByLabel('Payé à').selectOption({ label: 'Organisme — Maison de la famille de Montréal-Nord' });
    await form.getByLabel('Type de dédommagement').selectOption({ label: 'Accueil d’une rencontre' });
    await form.getByLabel('Montant en dollars').fill('cent cinquante');
    await form.getByRole('button', { name: 'Consigner un dédommagement' }).click();
    const amount = form.getByLabel('Montant en dollars');
    await page.waitForFunction(() => document.querySelector('#compensation-amount')?.getAttribute('aria-invalid') === 'true');
    assert.match(await page.locator('#compensation-amount-error').innerText(), /montant/i);
    assert.equal(await section.locator('[data-test="compensation-list"]').count(), 0, 'nothing recorded');
    await amount.fill('150,50');
    await form.getByRole('button', { name: 'Consigner un dédommagement' }).click();
    await form.locator('[data-test="compensation-saved"]').waitFor();
    const row = section.locator('[data-test="compensation-list"] tbody tr');
    await row.first().waitFor();
    assert.match(await row.first().innerText(), /Maison de la famille de Montréal-Nord[\s\S]*Accueil d’une rencontre[\s\S]*150,50\s\$/);
    await a11y.check(page, 'group page with compensation');
    await row.first().getByRole('button', { name: 'Marquer payé aujourd’hui' }).click();
    await row.first().getByRole('button').waitFor({ state: 'detached' });

    await page.goto('/groupes/bilan');
    await settle(page);
    await page.getByLabel('Programme de rencontres').selectOption({ label: programName });
    const totals = page.locator('[data-test="compensation-organizations"]');
    await totals.getByRole('row', { name: /Maison de la famille de Montréal-Nord/ }).waitFor();
    assert.match(await totals.locator('[data-test="paid-total"]').innerText(), /150,50\s\$/);
    assert.match(await totals.locator('[data-test="to-pay-total"]').innerText(), /0,00\s\$/);
    await a11y.check(page, 'groups report with compensation');
  }));
