// The participant notebook on a phone (issue 11, items 1 and 5): the coordinator describes a
// program's session and uploads a material to it on the program's page; the facilitator opens
// the group's notebook, the material's link downloads the file, the contact of a participant who
// agreed is there and the one of a participant who did not is absent; the print button prints.
// Axe on every page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { A11yLog, ACCOUNTS, PHONE, fileBrowser, login, openPage, settle } from './lib.mjs';
import { as, findOrg, uniq } from '../api/helpers.mjs';

const browser = fileBrowser();
let programId;
let groupId;
before(async () => {
  const coordinator = await as('coordinator');
  const facilitator = await as('facilitator');
  const org = (await findOrg(coordinator, 'Maison de la famille de Montréal-Nord')).id;
  const program = (await coordinator.post('group-programs', {
    organization_id: org, name: uniq('Espace Parents'), themes: ['Se présenter et créer le groupe', 'Le jeu pour apprendre'],
    checklist: ['Accueil', 'Synthèse'],
  })).json;
  programId = program.id;
  const group = (await coordinator.post('groups', {
    organization_id: org, program_id: program.id, name: uniq('Ateliers du cahier'), kind: 'workshop_series',
    facilitator_ids: [facilitator.user.id],
  })).json;
  groupId = group.id;
  for (const [label, shares, email] of [['Léa Partage', true, 'lea.partage@example.org'], ['Sam Discret', false, 'sam.discret@example.org']]) {
    const res = await coordinator.post('group-participants', {
      group_id: group.id, kind: 'practitioner', label, organization_id: org, status: 'registered', shares_contact: shares, email, phone: '',
    });
    assert.equal(res.status, 201, res.describe());
  }
  const res = await coordinator.post('group-sessions', { group_id: group.id, number: 1, held_on: '2026-03-10', place: 'Salle communautaire' });
  assert.equal(res.status, 201, res.describe());
});

test('phone: a coordinator describes a session and uploads a material; the facilitator\'s notebook downloads it and shows only shared contacts', async () => {
  const a11y = new A11yLog();
  const { page, context } = await openPage(browser(), { viewport: PHONE });
  const reader = await openPage(browser(), { viewport: PHONE });
  const file = path.join(os.tmpdir(), `fiche-${Date.now()}.txt`);
  await writeFile(file, 'Fiche de la rencontre 1\nObjectifs : créer le groupe.\n');
  try {
    await login(page, ACCOUNTS.coordinator);
    await page.goto(`/programmes-de-groupes/${programId}`);
    await settle(page);
    const first = page.locator('[data-test="program-session"]').first();
    await first.getByLabel('Description').fill('Accueil, présentations et règles du groupe.');
    await first.getByLabel('Durée (minutes)').fill('120');
    await first.getByLabel('Objectifs').fill('Créer un groupe chaleureux.');
    await a11y.check(page, 'program page');
    await first.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
    await first.getByRole('status').filter({ hasText: 'Rencontre enregistrée' }).waitFor();
    await first.getByLabel('Ajouter un fichier').setInputFiles(file);
    await first.locator('[data-test="material-link"]', { hasText: path.basename(file) }).waitFor();
    // A kind the store refuses is named on the field.
    const bad = path.join(os.tmpdir(), `page-${Date.now()}.html`);
    await writeFile(bad, '<html><script>alert(1)</script></html>');
    await first.getByLabel('Ajouter un fichier').setInputFiles(bad);
    await page.waitForFunction(() => document.querySelector('[data-test="material-file"]')?.getAttribute('aria-invalid') === 'true');
    await a11y.check(page, 'program page with a material and an error');

    await login(reader.page, ACCOUNTS.facilitator);
    await reader.page.goto(`/groupes/${groupId}`);
    await settle(reader.page);
    await reader.page.locator('[data-test="notebook-link"]').click();
    await reader.page.waitForURL(/\/groupes\/[0-9a-f-]{36}\/cahier$/);
    await settle(reader.page);
    const book = reader.page.locator('[data-test="notebook"]');
    await book.locator('[data-test="notebook-session"]').first().waitFor();
    const text = await book.innerText();
    assert.match(text, /Accueil, présentations et règles du groupe/);
    assert.match(text, /120 minutes/);
    assert.match(text, /Léa Partage/);
    assert.match(text, /lea\.partage@example\.org/);
    assert.doesNotMatch(text, /Sam Discret|sam\.discret/);
    await a11y.check(reader.page, 'notebook');

    const [download] = await Promise.all([
      reader.page.waitForEvent('download'),
      book.locator('[data-test="material-link"]').first().click(),
    ]);
    assert.equal(download.suggestedFilename(), path.basename(file));
    assert.equal(await readFile(await download.path(), 'utf8'), 'Fiche de la rencontre 1\nObjectifs : créer le groupe.\n');

    // Printing: the button calls the browser's print (stubbed here), navigation hidden on paper.
    await reader.page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await book.getByRole('button', { name: 'Imprimer' }).click();
    assert.equal(await reader.page.evaluate(() => window.__printed), 1);
    await reader.page.emulateMedia({ media: 'print' });
    assert.equal(await reader.page.locator('header').first().evaluate((e) => getComputedStyle(e).visibility), 'hidden');
    assert.equal(await book.locator('[data-test="print"]').evaluate((e) => getComputedStyle(e.parentElement).display), 'none');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
    await reader.context.close();
  }
});
