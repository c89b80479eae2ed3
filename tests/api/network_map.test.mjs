// The network map (issue 12, item 5): networking entries of Maison de la famille de Montréal-Nord
// naming Accueil aux immigrants de Saint-Léonard become a link; its count is shown to the
// organization's own people and, under 5, hidden from the coordinator, who sees the link exists;
// the period, the kind of link and the territory filter it; bad queries name their parameter;
// only those who read the journal reach the map.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError, findOrg } from './helpers.mjs';

let practitioner;
let manager;
let coordinator;
let mfmn;
let accueilSL;
// A month of 2020 that no other test records in, so the counts here are this test's own.
const period = { from: '2020-03-01', to: '2020-03-31' };

async function record(n) {
  for (let i = 0; i < n; i++) {
    const res = await practitioner.post('journal/networking', {
      entry_date: '2020-03-05', partner_organization_id: accueilSL.id, category: 'community_organizations',
      activity: 'meeting', participants: 'outreach_worker', efficacy: 3,
    });
    assert.equal(res.status, 201, res.describe());
  }
}

const linkOf = (map) => map.links.find((l) => l.source === mfmn.id && l.target === accueilSL.id && l.kind === 'networking');
const nodeOf = (map, id) => map.organizations.find((o) => o.id === id);

before(async () => {
  [practitioner, manager, coordinator] = await Promise.all(['practitioner', 'manager', 'coordinator'].map((r) => as(r)));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
});

describe('network map', () => {
  test('a link is counted for its own organization and hidden under 5 from others, then shown', async () => {
    await record(3);
    const own = (await manager.get('network/map', { query: { ...period, links: 'networking' } })).json;
    assert.equal(linkOf(own).count, 3);
    assert.equal(nodeOf(own, mfmn.id).activity, 3);
    assert.equal(nodeOf(own, mfmn.id).partners, 1);

    let outside = (await coordinator.get('network/map', { query: { ...period, links: 'networking' } })).json;
    assert.ok(linkOf(outside), 'the coordinator sees that the link exists');
    assert.equal(linkOf(outside).count, null);
    assert.equal(nodeOf(outside, mfmn.id).activity, null);
    assert.equal(nodeOf(outside, accueilSL.id).activity, null);
    assert.equal(outside.linked_pairs, 1);
    assert.equal(outside.reciprocal_pairs, 0);
    assert.equal(outside.reciprocity, 0);
    assert.equal(outside.isolated, outside.organizations.length - 2);
    assert.deepEqual(outside.brokers, []);

    await record(3);
    outside = (await coordinator.get('network/map', { query: { ...period, links: 'networking' } })).json;
    assert.equal(linkOf(outside).count, 6);
    assert.equal(nodeOf(outside, mfmn.id).activity, 6);
  });

  test('the period, the kind of link and the territory filter the map', async () => {
    const referralsOnly = (await manager.get('network/map', { query: { ...period, links: 'referrals' } })).json;
    assert.equal(linkOf(referralsOnly), undefined);
    const otherMonth = (await manager.get('network/map', { query: { from: '2020-04-01', to: '2020-04-30' } })).json;
    assert.equal(linkOf(otherMonth), undefined);
    // Montréal-Nord's map has Maison de la famille but not Accueil aux immigrants de Saint-Léonard.
    const territory = (await coordinator.get('territories', { query: { q: 'Montréal-Nord', per_page: 50 } })).json
      .items.find((x) => x.name === 'Montréal-Nord');
    const north = (await coordinator.get('network/map', { query: { ...period, territory_id: territory.id } })).json;
    assert.ok(nodeOf(north, mfmn.id));
    assert.equal(nodeOf(north, accueilSL.id), undefined);
    assert.equal(linkOf(north), undefined);
  });

  test('key-partner choices and active agreements are links; an agreement is either side’s own', async () => {
    // A year of its own, so that this run's choice and agreement are the only new ones in it.
    const y = 2300 + Math.floor(Math.random() * 600);
    const year = { from: `${y}-01-01`, to: `${y}-12-31` };
    const managerSL = await as('managerSL');
    const between = (map, kind) => map.links.find((l) => l.kind === kind &&
      ((l.source === mfmn.id && l.target === accueilSL.id) || (l.source === accueilSL.id && l.target === mfmn.id)));
    const agreementsIn = async (client, to) =>
      between((await client.get('network/map', { query: { from: year.from, to, links: 'agreements' } })).json, 'agreements')?.count ?? 0;
    const before = await agreementsIn(manager, year.to);

    const choice = await practitioner.post('key-partners', {
      period_from: `${y}-04-01`, period_to: `${y}-10-31`, partner_id: accueilSL.id, partner_category: 'community_organization',
      links_families: true, shares_dialogue: true, adapts_practices: false, success_factors: [], partnership_obstacles: [],
      solutions: '', difficult: false,
    });
    assert.equal(choice.status, 201, choice.describe());
    const made = await manager.post('referral-agreements', {
      other_organization_id: accueilSL.id, contacts: [{ name: 'Line Tremblay', phone: '514-555-0101' }],
      other_contacts: [{ name: 'Marc Gagnon', email: 'marc@accueil.example' }],
      what_is_shared: 'Coordonnées, avec consentement', how_to_refer: 'Appel à la personne-ressource',
      starts_on: `${y}-02-01`, status: 'active',
    });
    assert.equal(made.status, 201, made.describe());

    const own = (await manager.get('network/map', { query: { ...year, links: 'all' } })).json;
    const chosen = own.links.find((l) => l.kind === 'key_partners' && l.source === mfmn.id && l.target === accueilSL.id);
    assert.equal(chosen.count, 1);
    assert.equal(chosen.completed_share, null);
    assert.equal(between(own, 'agreements').count, before + 1);
    // The other side reads the agreement's count as its own; a coordinator sees that it exists.
    assert.equal(await agreementsIn(managerSL, year.to), before + 1);
    const outside = (await coordinator.get('network/map', { query: { ...year, links: 'agreements' } })).json;
    assert.ok(between(outside, 'agreements'));
    if (before + 1 < 5) assert.equal(between(outside, 'agreements').count, null);
    // Neither is activity: the kinds alone leave the organizations' activity at 0 for this year.
    const onlyChoices = (await manager.get('network/map', { query: { ...year, links: 'key_partners' } })).json;
    assert.equal(nodeOf(onlyChoices, mfmn.id).activity, 0);
    assert.ok(nodeOf(onlyChoices, mfmn.id).partners >= 1);
    // Not begun by the period's end, the agreement is not on the map; the choice's period must overlap.
    assert.equal(await agreementsIn(manager, `${y}-01-15`), before);
    const nextYear = (await manager.get('network/map', { query: { from: `${y + 1}-01-01`, to: `${y + 1}-12-31`, links: 'key_partners' } })).json;
    assert.equal(nextYear.links.find((l) => l.source === mfmn.id && l.target === accueilSL.id), undefined);
    // Ended, it leaves the map.
    const ended = await manager.patch(`referral-agreements/${made.json.id}`, { status: 'ended', version: made.json.version });
    assert.equal(ended.status, 200, ended.describe());
    assert.equal(await agreementsIn(manager, year.to), before);
  });

  test('bad queries name their parameter; only journal readers reach the map', async () => {
    assertError(await coordinator.get('network/map', { query: { from: '2020-05-01', to: '2020-01-01' } }), 400, 'bad_query', ['to']);
    assertError(await coordinator.get('network/map', { query: { links: 'amitié' } }), 400, 'bad_query', ['links']);
    assertError(await coordinator.get('network/map', { query: { territory_id: 'nord' } }), 400, 'bad_query', ['territory_id']);
    assertError(await coordinator.get('network/map', { query: { from: '2020-02-30' } }), 400, 'bad_query', ['from']);
    assertError(await (await as('facilitator')).get('network/map'), 403, 'forbidden');
  });
});
