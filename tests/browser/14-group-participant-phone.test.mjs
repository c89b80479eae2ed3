// A group's participant changed on a phone (issue 11, items 2, 5 and 7): the coordinator opens
// the group's page, chooses a participant, gives their agreement to share a contact with an
// e-mail and a phone by keyboard, saves; the group's notebook then shows that contact. The
// reports page shows attendance and retention per cohort for Espace Intervenants' two cohorts.
// Axe on every page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, fileBrowser, phonePageAs, settle } from './lib.mjs';
import { as, findOrg, uniq } from '../api/helpers.mjs';

const browser = fileBrowser();
let groupId;
before(async () => {
  const coordinator = await as('coordinator');
  const facilitator = await as('facilitator');
  const org = (await findOrg(coordinator, 'Maison de la famille de Montréal-Nord')).id;
  const group = (await coordinator.post('groups', {
    organization_id: org, name: uniq('Ateliers des coordonnées'), kind: 'workshop_series', facilitator_ids: [facilitator.user.id],
  })).json;
  groupId = group.id;
  for (const label of ['Nadia Ouverte', 'Paul Réservé']) {
    const res = await coordinator.post('group-participants', {
      group_id: group.id, kind: 'practitioner', label, organization_id: org, status: 'registered',
    });
    assert.equal(res.status, 201, res.describe());
  }
});

test("phone: a coordinator records a participant's agreement to share a contact; the notebook shows it", () =>
  phonePageAs(browser(), ACCOUNTS.coordinator, `/groupes/${groupId}`, async (page, a11y) => {
    const editor = page.locator('[data-test="participant-editor"]');
    await editor.getByLabel('Participant', { exact: true }).selectOption({ label: 'Nadia Ouverte (intervenante ou intervenant)' });
    const form = editor.locator('[data-test="participant-form"]');
    await form.waitFor();
    assert.equal(await form.getByLabel('Nom ou code').inputValue(), 'Nadia Ouverte');
    assert.equal(await form.locator('#participant-family').count(), 0, 'the family link is for parents only');
    await a11y.check(page, 'group page with the participant form');
    // A bad e-mail is named on its field.
    await form.getByLabel('Courriel').fill('pas-un-courriel');
    await form.getByRole('button', { name: 'Enregistrer le participant' }).click();
    await page.waitForFunction(() => document.querySelector('#participant-email')?.getAttribute('aria-invalid') === 'true');
    await a11y.check(page, 'participant form with an error');
    // By keyboard: the agreement with Space, the fields typed, Enter to save.
    await form.getByLabel('Accepte de partager ses coordonnées avec les membres du groupe').focus();
    await page.keyboard.press('Space');
    assert.ok(await form.getByLabel('Accepte de partager ses coordonnées avec les membres du groupe').isChecked());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('nadia.ouverte@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('514-555-0142');
    await page.keyboard.press('Enter');
    await form.getByRole('status').filter({ hasText: 'Participant enregistré' }).waitFor();

    await page.locator('[data-test="notebook-link"]').click();
    await page.waitForURL(/\/groupes\/[0-9a-f-]{36}\/cahier$/);
    await settle(page);
    const contacts = page.locator('[data-test="contacts"]');
    await contacts.waitFor();
    const text = await contacts.innerText();
    assert.match(text, /Nadia Ouverte/);
    assert.match(text, /nadia\.ouverte@example\.org/);
    assert.match(text, /514-555-0142/);
    assert.doesNotMatch(text, /Paul Réservé/);
    await a11y.check(page, 'notebook with the contact');
  }));

test("phone: the reports page shows Espace Intervenants' two cohorts", () =>
  phonePageAs(browser(), ACCOUNTS.coordinator, '/groupes/bilan', async (page, a11y) => {
    await page.getByLabel('Programme de rencontres').selectOption({ label: 'Espace Intervenants — codéveloppement' });
    const table = page.locator('[data-test="cohorts"]');
    // Once filtered: only the program's two cohorts.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-test="cohorts"] tbody tr')];
      return rows.length === 2 && rows.every((r) => r.textContent.includes('Espace Intervenants'));
    });
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.equal(rows.length, 2);
    assert.match(rows[0], /Cohorte 1/);
    assert.match(rows[0], /18 sur 18/);
    assert.match(rows[1], /Cohorte 2/);
    // A rate (or, outside the planning organization, the counts hidden) on every line.
    for (const row of rows) assert.match(row, /\d+ %|masqué/);
    await a11y.check(page, 'reports page with the cohorts');
  }));
