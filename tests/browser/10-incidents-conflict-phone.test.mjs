// The register of confidentiality incidents keeps two edits apart: a manager opens the same
// incident in two tabs of a phone, saves a change in the first, then a change in the second (made
// from the version the second tab loaded). The second save is refused (409) and shows what changed
// with the current values; nothing of the first change is lost. The manager loads the current
// version and saves again. Axe on the conflict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle, uniq } from './lib.mjs';
import { as, findOrg } from '../api/helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('phone: two tabs edit one incident; the second save shows the conflict and overwrites nothing', async () => {
  const manager = await as('manager');
  const organization = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  const made = await manager.post('privacy/incidents', {
    organization_id: organization.id, occurred_on: '2026-03-01', discovered_on: '2026-03-03',
    description: uniq('Dossier laissé sur un bureau'), information_concerned: 'Noms et adresses',
    persons_concerned: 3, persons_estimated: false, sensitivity: 'Moyenne', consequences: 'Aucune connue',
    likelihood_of_misuse: 'Faible', serious_risk: false,
  });
  assert.equal(made.status, 201, made.describe());
  const id = made.json.id;

  const { context, page: first } = await openPage(browser, { viewport: PHONE });
  const a11y = new A11yLog();
  try {
    await login(first, ACCOUNTS.managerMN);
    const second = await context.newPage();
    second.setDefaultTimeout(10_000);
    for (const tab of [first, second]) {
      await tab.goto(`/incidents-confidentialite/${id}`);
      await settle(tab);
      await tab.locator('[data-test="incident-form"]').waitFor();
    }

    await first.getByLabel('Mesures prises pour diminuer les risques').fill('Dossier rangé sous clé');
    await first.getByRole('button', { name: 'Enregistrer' }).click();
    await first.getByRole('status').getByText('Modifications enregistrées.').waitFor();

    await second.getByLabel('Nombre de personnes concernées').fill('4');
    await second.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = second.locator('[data-test="version-conflict"]');
    await conflict.waitFor();
    assert.match(await conflict.innerText(), /Quelqu’un d’autre a modifié cette fiche/);
    assert.equal((await second.locator('[data-test="conflict-measures"]').innerText()).trim(), 'Dossier rangé sous clé',
      'the first tab’s change is listed with its current value');
    assert.equal(await second.locator('[data-test="conflict-persons_concerned"]').count(), 0, 'only what changed is listed');
    await a11y.check(second, 'incident version conflict (phone)');
    let current = await manager.get(`privacy/incidents/${id}`);
    assert.equal(current.json.persons_concerned, 3, 'the second save changed nothing');
    assert.equal(current.json.measures, 'Dossier rangé sous clé');
    assert.equal(current.json.version, 2);

    // The manager loads the current version, types the change again and saves.
    await second.locator('[data-test="conflict-reload"]').click();
    assert.equal(await second.getByLabel('Mesures prises pour diminuer les risques').inputValue(), 'Dossier rangé sous clé');
    await second.getByLabel('Nombre de personnes concernées').fill('4');
    await second.getByRole('button', { name: 'Enregistrer' }).click();
    await second.getByRole('status').getByText('Modifications enregistrées.').waitFor();
    current = await manager.get(`privacy/incidents/${id}`);
    assert.equal(current.json.persons_concerned, 4);
    assert.equal(current.json.version, 3);
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});
