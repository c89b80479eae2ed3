// An edit made offline that meets a record changed elsewhere (issue 9, item 8: "a record edited in
// two places shows the conflict instead of overwriting silently"). At phone size, a practitioner
// opens an outreach entry, loses the network and changes its note; meanwhile the manager changes
// the same entry online. The network returns: the outbox shows the conflict field by field (the
// practitioner's value beside the server's), nothing is overwritten; the practitioner keeps their
// version, and the entry holds it exactly once (one record, one more version). Axe on the conflict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle, uniq } from './lib.mjs';
import { as } from '../api/helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('phone: an edit made offline meets a change made online; the conflict is shown and settled once', async () => {
  const practitioner = await as('practitioner');
  const manager = await as('manager');
  const place = uniq('Parc des deux versions');
  const created = await practitioner.post('journal/outreach', {
    entry_date: new Date().toISOString().slice(0, 10), duration_minutes: 30, place, place_type: 'park', strategy: 'parks',
    parents_reached: 2, fathers_reached: 0, children_seen: 1, new_families: 0, efficacy: 2, note: 'Note de départ',
  });
  assert.equal(created.status, 201, created.describe());
  const id = created.json.id;

  const { context, page } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(page, ACCOUNTS.practitionerMN);
    await page.goto(`/demarchage/${id}`);
    await settle(page);
    const form = page.locator('[data-test="entry-form"]');
    await form.waitFor();

    // Offline, the practitioner changes the note: the change waits on the phone with its version.
    await context.setOffline(true);
    await form.getByLabel('Note').fill('Note refaite dans le parc');
    await page.locator('[data-test="entry-save"]').click();
    await page.locator('[data-test="entry-saved"]').filter({ hasText: 'gardée sur ce téléphone' }).waitFor();
    await page.locator('[data-test="outbox-count"]').filter({ hasText: '1 en attente' }).waitFor();

    // Meanwhile the manager changes the same entry online.
    const seen = await manager.get(`journal/outreach/${id}`);
    const changed = await manager.patch(`journal/outreach/${id}`, { note: 'Note du gestionnaire', version: seen.json.version });
    assert.equal(changed.status, 200, changed.describe());

    // The network returns: the edit is sent, refused as stale, and shown; nothing is overwritten.
    await context.setOffline(false);
    await page.locator('[data-test="outbox-count"]').click();
    await page.waitForURL(/\/envois-en-attente$/);
    const conflict = page.locator('[data-test="outbox-conflict"]');
    await conflict.waitFor({ timeout: 20_000 });
    assert.match(await conflict.innerText(), /modifiée ailleurs/);
    const note = page.locator('[data-test="conflict-row-note"]');
    assert.match(await note.innerText(), /diffère/);
    assert.equal((await note.locator('[data-test="mine"]').innerText()).trim(), 'Note refaite dans le parc');
    assert.equal((await note.locator('[data-test="theirs"]').innerText()).trim(), 'Note du gestionnaire');
    assert.equal((await page.locator('[data-test="conflict-row-strategy"] [data-test="mine"]').innerText()).trim(), 'Présence dans les parcs',
      'codes are shown by their label');
    assert.equal((await practitioner.get(`journal/outreach/${id}`)).json.note, 'Note du gestionnaire', 'not overwritten');
    await a11y.check(page, 'outbox conflict (phone)');

    // The practitioner keeps their version: sent again over the manager's, once.
    await page.locator('[data-test="keep-mine"]').click();
    await page.locator('[data-test="outbox-summary"]').filter({ hasText: 'Rien n’attend' }).waitFor({ timeout: 20_000 });
    const after = await practitioner.get(`journal/outreach/${id}`);
    assert.equal(after.json.note, 'Note refaite dans le parc');
    assert.equal(after.json.version, seen.json.version + 1 + 1, 'one change by the manager, one by the practitioner');
    const listed = await practitioner.get('journal/outreach', { query: { q: place, per_page: 50 } });
    assert.equal(listed.json.total, 1, 'exactly one entry');
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});
