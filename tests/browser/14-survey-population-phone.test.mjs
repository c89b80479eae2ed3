// Campaign populations on a phone (issue 10, item 3): a manager opens a campaign for a group's
// participants; the card shows the response rate and the invitations' download, with the note
// that Filet sends no e-mail; a participant answers through their personal link (and that link
// then says it was used); the rate moves and the non-respondents shrink; the results compare by
// the group's cohort. Axe on every page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, PHONE, openPage, resetLocale, fileBrowser, phonePageAs } from './lib.mjs';
import { as, uniq } from '../api/helpers.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

const browser = fileBrowser();
let manager;
let questionnaire;
let group;
const cohort = uniq('Cohorte');

before(async () => {
  manager = await as('manager');
  const coordinator = await as('coordinator');
  const orgId = manager.user.memberships.find((m) => m.role === 'manager').organization_id;
  const imported = await manager.post('questionnaires/import', { organization_id: orgId, file: appreciationXlsx(uniq('pop').replace(/-/g, '_')) });
  assert.equal(imported.status, 201, imported.describe());
  questionnaire = imported.json;
  const made = await coordinator.post('groups', { organization_id: orgId, name: uniq('Groupe sondé'), kind: 'co_development', cohort });
  assert.equal(made.status, 201, made.describe());
  group = made.json;
  for (let n = 1; n <= 5; n += 1) {
    const p = await coordinator.post('group-participants', {
      group_id: group.id, kind: 'practitioner', label: `Personne ${n}`, organization_id: orgId, status: 'registered', email: `personne${n}.${uniq('p')}@example.org`,
    });
    assert.equal(p.status, 201, p.describe());
  }
});

test('phone: a group campaign is answered through a personal link; the rate moves, the non-respondents shrink, results compare by cohort', async () => {
  await resetLocale(ACCOUNTS.managerMN);
  await phonePageAs(browser(), ACCOUNTS.managerMN, `/questionnaires/${questionnaire.id}`, async (page, a11y) => {
    await page.getByRole('heading', { level: 1, name: 'Appréciation et retombées' }).waitFor();

    const name = uniq('Campagne du groupe');
    const form = page.locator('[data-test="campaign-form"]');
    await form.getByLabel('Nom de la campagne').fill(name);
    await form.getByLabel('Date de clôture').fill(new Date().toISOString().slice(0, 10));
    await form.getByLabel('Qui répond').selectOption({ label: 'Les participant.es d’un groupe' });
    await form.locator('#campaign-group').selectOption({ label: `${group.name} (${cohort})` });
    await form.locator('[data-test="population-note"]').getByText(/lien personnel/).waitFor();
    await a11y.check(page, 'campaign form with a group');
    await form.getByRole('button', { name: 'Ouvrir la campagne' }).click();

    const card = page.locator('[data-test="campaign"]').filter({ hasText: name });
    await card.locator('[data-test="response-rate"]').filter({ hasText: '0 / 5 (0 %)' }).waitFor();
    assert.equal(await card.locator('[data-test="public-link"]').count(), 0, 'no open link');
    await card.getByText('Filet n’envoie pas de courriels').waitFor();
    await card.locator('[data-test="invitations-csv"]').waitFor();
    await card.getByRole('button', { name: 'Qui n’a pas encore répondu ?' }).click();
    await card.locator('[data-test="non-respondents"] li').nth(4).waitFor();
    assert.equal(await card.locator('[data-test="non-respondents"] li').count(), 5);
    await a11y.check(page, 'campaign with its invitations');

    // The mailing list, as its download link gives it.
    const href = await card.locator('[data-test="invitations-csv"]').getAttribute('href');
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    const links = csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.match(/https?:\/\/\S+?\/q\/[A-Za-z0-9_-]+/)[0]);
    assert.equal(links.length, 5);

    // A participant answers through their link on their own phone.
    const respondent = await openPage(browser(), { viewport: PHONE });
    try {
      await respondent.page.goto(links[0].replace(/^https?:\/\/[^/]+/, ''));
      await respondent.page.getByRole('heading', { level: 1, name }).waitFor();
      await respondent.page.getByRole('group', { name: /L’accueil reçu/ }).getByLabel('Tout à fait satisfait·e').check();
      await respondent.page.getByRole('group', { name: /Avez-vous participé/ }).getByLabel('Oui').check();
      await respondent.page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
      await respondent.page.locator('[data-test="thanks"]').waitFor();
      await a11y.check(respondent.page, 'respondent thanked');
      // The same link elsewhere (another device): it says it was used.
      const other = await openPage(browser(), { viewport: PHONE });
      try {
        await other.page.goto(links[0].replace(/^https?:\/\/[^/]+/, ''));
        await other.page.locator('[data-test="used"]').waitFor();
        await a11y.check(other.page, 'invitation already used');
      } finally {
        await other.context.close();
      }
    } finally {
      await respondent.context.close();
    }

    await page.reload();
    await card.locator('[data-test="response-rate"]').filter({ hasText: '1 / 5 (20 %)' }).waitFor();
    await card.getByRole('button', { name: 'Qui n’a pas encore répondu ?' }).click();
    await card.getByText('Pas encore de réponse : 4').waitFor();
    assert.equal(await card.locator('[data-test="non-respondents"] li').count(), 4);

    // Compared by the group's cohort (five invitees share it: kept with the answer).
    await card.getByRole('button', { name: `Résultats de ${name}` }).click();
    await page.getByLabel('Comparer selon').selectOption({ label: 'Cohorte du groupe' });
    const comparison = page.locator('[data-test="comparison"]');
    await comparison.locator(`[data-test="group-${cohort}"]`).getByText(cohort).waitFor();
    await comparison.locator('[data-test="compare-q_accueil"]').getByText('n = 1').waitFor();
    await a11y.check(page, 'results compared by cohort');
  });
});
