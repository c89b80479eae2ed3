// Attendance in a room with no network (issue 11, item 8): the facilitator opens the session while
// the network is there, loses it, takes attendance and writes the logbook; both wait on the phone
// (the header says how many), and are sent once the network returns, exactly as taken. Axe on the
// page and on the outbox.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { A11yLog, ACCOUNTS, PHONE, fileBrowser, login, openPage, phonePageAs, settle } from './lib.mjs';
import { as, findOrg, uniq } from '../api/helpers.mjs';

const browser = fileBrowser();
let facilitator;
let sessionId;
let people;
before(async () => {
  const coordinator = await as('coordinator');
  facilitator = await as('facilitator');
  const org = (await findOrg(coordinator, 'Maison de la famille de Montréal-Nord')).id;
  const group = (await coordinator.post('groups', {
    organization_id: org, name: uniq('Atelier au sous-sol'), kind: 'workshop_series', facilitator_ids: [facilitator.user.id],
  }));
  assert.equal(group.status, 201, group.describe());
  people = [];
  for (const label of ['PARENT-31', 'PARENT-32']) {
    const res = await coordinator.post('group-participants', { group_id: group.json.id, kind: 'parent', label, status: 'registered' });
    assert.equal(res.status, 201, res.describe());
    people.push(res.json);
  }
  const res = await coordinator.post('group-sessions', { group_id: group.json.id, number: 1, held_on: new Date().toISOString().slice(0, 10), place: 'Sous-sol de l’église' });
  assert.equal(res.status, 201, res.describe());
  sessionId = res.json.id;
});

test('phone: attendance and the logbook taken offline wait on the phone and arrive once the network returns', () =>
  phonePageAs(browser(), ACCOUNTS.facilitator, `/rencontres/${sessionId}`, async (page, a11y, context) => {
    await page.locator('[data-test="attendance"]').waitFor();

    await context.setOffline(true);
    await page.getByRole('group', { name: 'PARENT-31' }).getByLabel('Présent').check();
    await page.getByRole('group', { name: 'PARENT-32' }).getByLabel('Absent', { exact: true }).check();
    await page.getByLabel('Enfants au coin des tout-petits').fill('2');
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await page.locator('[data-test="saved"]', { hasText: 'Pas de réseau' }).waitFor();
    await page.locator('[data-test="outbox-count"]').filter({ hasText: '1 en attente' }).waitFor();
    await page.getByLabel('Notes libres').fill('Rencontre tenue sans réseau ; bonne participation.');
    await page.getByRole('button', { name: 'Enregistrer le journal de bord' }).click();
    await page.locator('[data-test="outbox-count"]').filter({ hasText: '2 en attente' }).waitFor();
    await a11y.check(page, 'session offline (phone)');
    // Nothing reached the server yet.
    assert.deepEqual((await facilitator.get(`group-sessions/${sessionId}/attendance`)).json.present, []);

    await context.setOffline(false);
    await page.locator('[data-test="outbox-count"]').waitFor({ state: 'detached', timeout: 30_000 });
    const attendance = (await facilitator.get(`group-sessions/${sessionId}/attendance`)).json;
    assert.deepEqual(attendance.present, [people[0].id]);
    assert.deepEqual(attendance.absent, [people[1].id]);
    assert.equal(attendance.children_in_care, 2);
    assert.equal((await facilitator.get(`group-sessions/${sessionId}/logbook`)).json.notes, 'Rencontre tenue sans réseau ; bonne participation.');
    await page.goto('/envois-en-attente');
    await settle(page);
    await page.locator('[data-test="outbox-summary"]').filter({ hasText: 'Rien n’attend' }).waitFor();
    await a11y.check(page, 'outbox (facilitator, phone)');
  }));

test('phone: the facilitator keeps the minutes and a decision; the coordinator reads the year’s activity', async () => {
  const a11y = new A11yLog();
  const { page, context } = await openPage(browser(), { viewport: PHONE });
  const planner = await openPage(browser(), { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.facilitator);
    await page.goto(`/rencontres/${sessionId}`);
    await settle(page);
    const minutes = page.locator('[data-test="minutes"]');
    await minutes.waitFor();
    await minutes.getByLabel('Durée (minutes)').fill('150');
    await minutes.getByLabel('Compte rendu', { exact: true }).fill('Bilan de l’atelier ; choix du prochain thème.');
    await minutes.locator('[data-test="add-decision"]').click();
    await minutes.getByLabel('Décision 1').fill('Inviter une nutritionniste');
    await minutes.getByLabel('Responsable').fill('Line');
    await a11y.check(page, 'session minutes (phone)');
    await minutes.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.locator('[data-test="minutes-saved"]', { hasText: 'Compte rendu enregistré' }).waitFor();
    const kept = (await facilitator.get(`group-sessions/${sessionId}/minutes`)).json;
    assert.equal(kept.duration_minutes, 150);
    assert.deepEqual(kept.decisions.map((d) => [d.text, d.responsible]), [['Inviter une nutritionniste', 'Line']]);

    await login(planner.page, ACCOUNTS.coordinator);
    await planner.page.goto('/groupes/bilan');
    await settle(planner.page);
    const table = planner.page.locator('[data-test="activity"]');
    await table.waitFor();
    const coordinator = await as('coordinator');
    const rows = (await coordinator.get('group-reports/activity')).json.rows;
    assert.equal(await table.locator('tbody tr').count(), rows.length);
    await planner.page.getByLabel('Année', { exact: true }).selectOption('year');
    const calendar = (await coordinator.get('group-reports/activity', { query: { period: 'year' } })).json.rows;
    const thisYear = new Date().toISOString().slice(0, 4);
    await table.locator(`[data-test="activity-${thisYear}-workshop_series"]`).waitFor();
    assert.equal(await table.locator('tbody tr').count(), calendar.length);
    await a11y.check(planner.page, 'group activity by year (phone)');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
    await planner.context.close();
  }
});
