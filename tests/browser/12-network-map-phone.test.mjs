// The network map on a phone (issue 12, item 5): the coordinator draws Montréal-Nord's
// organizations and their links, reads the same figures as the API gives, the tables for screen
// readers with the small counts hidden, and downloads the map as PNG and SVG; the manager of
// Maison de la famille de Montréal-Nord sees its own links' counts. Axe on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ACCOUNTS, A11yLog, PHONE, launch, openPage, login, settle } from './lib.mjs';
import { as } from '../api/helpers.mjs';

let browser;
let territory;
let expected;
before(async () => {
  browser = await launch();
  const coordinator = await as('coordinator');
  territory = (await coordinator.get('territories', { query: { q: 'Montréal-Nord', per_page: 50 } })).json
    .items.find((x) => x.name === 'Montréal-Nord');
  expected = (await coordinator.get('network/map', { query: { territory_id: territory.id } })).json;
  assert.ok(expected.links.length > 0, 'the demo has links in Montréal-Nord');
});
after(async () => {
  await browser?.close();
});

async function showMontrealNord(page) {
  await page.goto('/carte-du-reseau');
  await settle(page);
  await page.getByLabel('Territoire').selectOption({ label: 'Montréal-Nord' });
  await page.getByRole('button', { name: 'Afficher la carte' }).click();
  await page.locator('[data-test="linked-pairs"]').filter({ hasText: String(expected.linked_pairs) }).waitFor();
  await page.locator('[data-test="map-drawing"] canvas').first().waitFor({ state: 'attached' });
}

test('phone: a coordinator draws the network of a territory, reads its tables and downloads it', async () => {
  const a11y = new A11yLog();
  const { page, context } = await openPage(browser, { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.coordinator);
    await showMontrealNord(page);
    assert.equal(await page.locator('[data-test="isolated"]').innerText(), String(expected.isolated));
    assert.equal(await page.locator('[data-test="map-organizations"] tbody tr').count(), expected.organizations.length);
    assert.equal(await page.locator('[data-test="map-links"] tbody tr').count(), expected.links.length);
    // The coordinator reads no organization identified: the counts under 5 say so.
    const hidden = expected.links.filter((l) => l.count === null).length;
    assert.ok(hidden > 0);
    assert.equal(await page.locator('[data-test="map-links"] tbody td', { hasText: '< 5' }).count(), hidden);
    // Every kind of link has its line in the legend and its name in the table.
    for (const kind of ['referrals', 'networking', 'key_partners', 'agreements'])
      await page.locator(`[data-test="legend-${kind}"]`).waitFor();
    for (const [kind, name] of [['key_partners', 'Partenaires clés'], ['agreements', 'Ententes de référence'], ['referrals', 'Références']])
      assert.equal(await page.locator('[data-test="map-links"] tbody td', { hasText: name }).count(),
        expected.links.filter((l) => l.kind === kind).length, kind);
    const label = await page.locator('[data-test="map-drawing"]').getAttribute('aria-label');
    assert.match(label, new RegExp(`${expected.organizations.length} organismes, ${expected.links.length} liens`));
    await a11y.check(page, 'network map');

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="download-png"]').click()]);
    assert.equal(png.suggestedFilename(), 'carte-du-reseau.png');
    const pngBytes = fs.readFileSync(await png.path());
    assert.deepEqual([...pngBytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="download-svg"]').click()]);
    assert.equal(svg.suggestedFilename(), 'carte-du-reseau.svg');
    const svgText = fs.readFileSync(await svg.path(), 'utf8');
    const drawn = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, circles: doc.querySelectorAll('circle').length, lines: doc.querySelectorAll('line').length };
    }, svgText);
    assert.deepEqual(drawn, { error: false, circles: expected.organizations.length, lines: expected.links.length });
    assert.deepEqual(a11y.violations, []);
  } finally {
    await context.close();
  }
});

test("phone: a manager sees the counts of their own organization's links", async () => {
  const { page, context } = await openPage(browser, { viewport: PHONE });
  try {
    await login(page, ACCOUNTS.managerMN);
    await page.goto('/carte-du-reseau');
    await settle(page);
    await page.getByLabel('Territoire').selectOption({ label: 'Montréal-Nord' });
    await page.getByRole('button', { name: 'Afficher la carte' }).click();
    const own = page.locator('[data-test="map-links"] tbody tr', { has: page.getByRole('rowheader', { name: 'Maison de la famille de Montréal-Nord' }) });
    await own.first().waitFor();
    assert.doesNotMatch(await own.first().innerText(), /< 5/);
  } finally {
    await context.close();
  }
});
