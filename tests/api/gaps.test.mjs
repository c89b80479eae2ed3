// Service gaps (issue 12, item 3): the practitioners and managers of an organization record,
// change and delete its gaps (others do not find them); bad bodies name their field and write
// nothing; a referral declined for a waiting list proposes a gap, pre-filled, which is recorded
// only when the worker sends it; the register shows the organization its own counts and a
// coordinator (another organization) the same table with small counts hidden, complementary
// hiding included, and downloads it as CSV or XLSX.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, assertList, findOrg, uniq } from './helpers.mjs';

let practitioner; // Maison de la famille de Montréal-Nord
let manager;
let practitionerSL; // Accueil aux immigrants de Saint-Léonard
let managerSL;
let coordinator;
let mfmn;
let accueilSL;
let needId;
let territory; // a territory of its own, so that the register's column is this test's alone
const today = new Date().toISOString().slice(0, 10);

function gapBody(extra = {}) {
  return { need_id: needId, territory_id: territory.id, reason: 'waiting_list', gap_date: today, note: 'Six mois d’attente', ...extra };
}

async function countGaps(client) {
  return assertList(await client.get('service-gaps', { query: { per_page: 200 } })).total;
}

async function step(client, referral, to, extra = {}) {
  const res = await client.post(`referrals/${referral.id}/transitions`, { status: to, version: referral.version, ...extra });
  assert.equal(res.status, 200, res.describe());
  return res.json;
}

before(async () => {
  [practitioner, manager, practitionerSL, managerSL, coordinator] = await Promise.all(
    ['practitioner', 'manager', 'practitionerSL', 'managerSL', 'coordinator'].map((r) => as(r)));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
  const needs = (await practitioner.get('directory/needs')).json;
  needId = (needs.items ?? needs)[0].id;
  const admin = await as('admin');
  territory = assertCreated(await admin.post('territories', { name: uniq('Territoire des trous'), kind: 'neighbourhood', setting: 'rural' }));
});

describe('service gaps', () => {
  test('recorded, changed and deleted by the organization; others do not find them; audited', async () => {
    const made = assertCreated(await practitioner.post('service-gaps', gapBody()));
    assert.equal(made.organization_id, mfmn.id);
    assert.equal(made.reason, 'waiting_list');
    assert.equal(made.family_id, null);
    assert.equal(made.version, 1);
    assert.equal((await manager.get(`service-gaps/${made.id}`)).status, 200);
    assertError(await managerSL.get(`service-gaps/${made.id}`), 404, 'not_found');
    assertError(await managerSL.patch(`service-gaps/${made.id}`, { reason: 'cost' }), 404, 'not_found');
    assertError(await practitionerSL.del(`service-gaps/${made.id}`), 404, 'not_found');
    assert.ok(!assertList(await managerSL.get('service-gaps', { query: { per_page: 200 } })).items.some((g) => g.id === made.id));
    for (const role of ['coordinator', 'evaluator', 'facilitator', 'admin']) {
      assertError(await (await as(role)).get('service-gaps'), 403, 'forbidden');
    }

    const changed = await manager.patch(`service-gaps/${made.id}`, { reason: 'other', reason_other: 'Pas d’interprète', version: made.version });
    assert.equal(changed.status, 200, changed.describe());
    assert.equal(changed.json.reason_other, 'Pas d’interprète');
    assert.equal(changed.json.version, 2);
    const stale = await practitioner.patch(`service-gaps/${made.id}`, { reason: 'cost', version: made.version });
    assert.equal(stale.status, 409, stale.describe());
    assert.equal(stale.json.error.current.reason, 'other');
    assertError(await practitioner.patch(`service-gaps/${made.id}`, { organization_id: accueilSL.id }), 422, 'validation_failed', ['organization_id']);

    const deleted = await practitioner.del(`service-gaps/${made.id}`);
    assert.equal(deleted.status, 204, deleted.describe());
    assertError(await practitioner.get(`service-gaps/${made.id}`), 404, 'not_found');
    const audit = assertList(await (await as('admin')).get('audit', { query: { entity: 'service_gap', per_page: 200 } }));
    assert.deepEqual(audit.items.filter((e) => e.entity_id === made.id).map((e) => e.action).sort(), ['create', 'delete', 'update']);
  });

  test('bad bodies name their field, in French and English, and write nothing', async () => {
    const familySL = assertCreated(await managerSL.post('families', { adults: 1 }));
    const before = await countGaps(practitioner);
    const dead = '00000000-0000-4000-8000-00000000dead';
    const tomorrow = new Date(Date.now() + 2 * 86400000).toISOString().slice(0, 10);
    const cases = [
      [gapBody({ reason: 'hier' }), 'reason'],
      [gapBody({ need_id: undefined }), 'need_id'],
      [gapBody({ need_id: dead }), 'need_id'],
      [gapBody({ territory_id: dead }), 'territory_id'],
      [gapBody({ territory_id: 'ici' }), 'territory_id'],
      [gapBody({ reason: 'other' }), 'reason_other'],
      [gapBody({ gap_date: tomorrow }), 'gap_date'],
      [gapBody({ gap_date: 'demain' }), 'gap_date'],
      [gapBody({ family_id: familySL.id }), 'family_id'],
      [gapBody({ referral_id: dead }), 'referral_id'],
      [gapBody({ note: 'x'.repeat(2001) }), 'note'],
      [gapBody({ organization_id: accueilSL.id }), null],
      [gapBody({ extra: 1 }), 'extra'],
    ];
    for (const [b, field] of cases) {
      if (field === null) {
        assertError(await practitioner.post('service-gaps', b), 403, 'forbidden');
        continue;
      }
      const e = assertError(await practitioner.post('service-gaps', b), 422, undefined, [field]);
      assert.ok(e.fields.every((f) => f.message_fr && f.message_en), JSON.stringify(e));
    }
    const made = assertCreated(await practitioner.post('service-gaps', gapBody()));
    for (const [b, field] of [[{ reason: 'hier' }, 'reason'], [{ need_id: dead }, 'need_id'], [{ gap_date: tomorrow }, 'gap_date'],
      [{ territory_id: null }, 'territory_id'], [{ version: 'deux' }, 'version']]) {
      assertError(await practitioner.patch(`service-gaps/${made.id}`, b), undefined, undefined, [field]);
    }
    assert.equal((await practitioner.get(`service-gaps/${made.id}`)).json.version, 1);
    assert.equal(await countGaps(practitioner), before + 1);
    assert.equal((await practitioner.del(`service-gaps/${made.id}`)).status, 204);
  });

  test('a referral declined for a waiting list proposes a gap; nothing is recorded until the worker sends it', async () => {
    const family = assertCreated(await practitioner.post('families', { adults: 1, territory_id: territory.id }));
    assertCreated(await practitioner.post('family-consents', {
      family_id: family.id, purpose: 'referral_sharing', partner_organization_id: accueilSL.id, given_on: today, given_how: 'written',
    }));
    let referral = assertCreated(await practitioner.post('referrals', {
      family_id: family.id, to_organization_id: accueilSL.id, need_ids: [needId], urgency: 'soon',
    }));
    referral = await step(practitioner, referral, 'sent');
    // Not yet declined: nothing to propose.
    assertError(await practitioner.get('service-gaps/proposal', { query: { referral_id: referral.id } }), 422, 'validation_failed', ['referral_id']);
    let theirs = await step(practitionerSL, referral, 'acknowledged');
    theirs = await step(practitionerSL, theirs, 'declined', { decline_reason: 'full_waiting_list' });

    const before = await countGaps(practitioner);
    const proposal = await practitioner.get('service-gaps/proposal', { query: { referral_id: referral.id } });
    assert.equal(proposal.status, 200, proposal.describe());
    assert.deepEqual(proposal.json, {
      organization_id: mfmn.id, need_id: needId, need_ids: [needId], territory_id: territory.id, reason: 'waiting_list',
      family_id: family.id, referral_id: referral.id, gap_date: today,
    });
    assert.equal(await countGaps(practitioner), before, 'a proposal records nothing');
    // The receiver, and whoever is not on the sending side, get no proposal.
    assertError(await practitionerSL.get('service-gaps/proposal', { query: { referral_id: referral.id } }), 404, 'not_found');
    assertError(await practitioner.get('service-gaps/proposal'), 400, 'bad_query', ['referral_id']);

    const { need_ids: _, ...body } = proposal.json;
    const recorded = assertCreated(await practitioner.post('service-gaps', body));
    assert.equal(recorded.referral_id, referral.id);
    assert.equal(recorded.family_id, family.id);
    assert.equal(recorded.family_code, family.code);
    assert.equal(await countGaps(practitioner), before + 1);
    const fromReferral = assertList(await practitioner.get('service-gaps', { query: { referral_id: referral.id } }));
    assert.deepEqual(fromReferral.items.map((g) => g.id), [recorded.id]);
    // The referral names its family: another family is refused.
    const other = assertCreated(await practitioner.post('families', { adults: 2 }));
    assertError(await practitioner.post('service-gaps', { ...body, family_id: other.id }), 422, 'validation_failed', ['family_id']);
    // Out of the register's count below.
    assert.equal((await practitioner.del(`service-gaps/${recorded.id}`)).status, 204);
  });

  test('the register: own counts for the organization, small counts hidden (with complementary hiding) for a coordinator', async () => {
    // Three families of Montréal-Nord with an unmet need in this test's territory, and one gap without a family.
    for (let i = 0; i < 3; i += 1) {
      const family = assertCreated(await practitioner.post('families', { adults: 1, territory_id: territory.id }));
      assertCreated(await practitioner.post('service-gaps', gapBody({ family_id: family.id, reason: i === 0 ? 'cost' : 'transport' })));
      if (i === 0) assertCreated(await practitioner.post('service-gaps', gapBody({ family_id: family.id, reason: 'cost' })));
    }
    assertCreated(await manager.post('service-gaps', gapBody({ reason: 'transport' })));

    const own = await practitioner.get('service-gaps/register', { query: { from: today, to: today, setting: 'rural' } });
    assert.equal(own.status, 200, own.describe());
    assert.equal(own.json.suppressed_below, null, 'the organization reads its own counts');
    const column = own.json.territories.findIndex((t) => t.id === territory.id);
    assert.ok(column >= 0, 'the territory is a column');
    assert.equal(own.json.territories[column].setting, 'rural');
    const row = own.json.needs.findIndex((n) => n.id === needId);
    const cell = own.json.cells[row * own.json.territories.length + column];
    assert.equal(cell.count, 4, 'three families once each and one gap without a family');
    assert.equal(cell.top_reason, 'transport');
    assert.ok(own.json.by_quarter.length >= 1);

    const theirs = await coordinator.get('service-gaps/register', { query: { from: today, to: today, setting: 'rural' } });
    assert.equal(theirs.status, 200, theirs.describe());
    assert.equal(theirs.json.suppressed_below, 5);
    const tc = theirs.json.territories.findIndex((t) => t.id === territory.id);
    const tr = theirs.json.needs.findIndex((n) => n.id === needId);
    const hidden = theirs.json.cells[tr * theirs.json.territories.length + tc];
    assert.equal(hidden.count, null);
    assert.equal(hidden.hidden, 'primary');
    assert.equal(hidden.top_reason, null);
    // No line (a row or a column with its total) holds exactly one hidden count.
    const { needs, territories, cells, total } = theirs.json;
    const isHidden = (x) => x.count === null;
    for (let i = 0; i < needs.length; i += 1) {
      const n = [needs[i], ...territories.map((_, j) => cells[i * territories.length + j])].filter(isHidden).length;
      assert.notEqual(n, 1, `row ${needs[i].name}`);
    }
    for (let j = 0; j < territories.length; j += 1) {
      const n = [territories[j], ...needs.map((_, i) => cells[i * territories.length + j])].filter(isHidden).length;
      assert.notEqual(n, 1, `column ${territories[j].name}`);
    }
    assert.notEqual([total, ...needs].filter(isHidden).length, 1);
    assert.notEqual([total, ...territories].filter(isHidden).length, 1);
    for (const c of cells) if (c.count !== null) assert.ok(c.count === 0 || c.count >= 5, `shown ${c.count}`);
    // Saint-Léonard reads nothing of Montréal-Nord's gaps.
    const sl = (await managerSL.get('service-gaps/register', { query: { from: today, to: today, setting: 'rural' } })).json;
    assert.ok(!sl.territories.some((t) => t.id === territory.id));

    // Bad queries name their parameter.
    assertError(await coordinator.get('service-gaps/register', { query: { quarter: '2026-Q5' } }), 400, 'bad_query', ['quarter']);
    assertError(await coordinator.get('service-gaps/register', { query: { setting: 'lunar' } }), 400, 'bad_query', ['setting']);
    assertError(await coordinator.get('service-gaps/register', { query: { from: today, to: '2020-01-01' } }), 400, 'bad_query', ['to']);
    const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    const inQuarter = (await practitioner.get('service-gaps/register', { query: { quarter, setting: 'rural' } })).json;
    assert.ok(inQuarter.territories.some((t) => t.id === territory.id));

    // The download: the same suppression, French and English headers.
    const fr = await coordinator.get('service-gaps/register/export', { query: { format: 'csv', lang: 'fr', from: today, to: today, setting: 'rural' } });
    assert.equal(fr.status, 200, fr.describe());
    assert.match(fr.headers.get('content-type'), /text\/csv/);
    const lines = fr.text.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(lines[0], /^Besoin;Territoire;Milieu;Familles \(ou situations sans famille\);Masqué;Motif le plus fréquent/);
    const mine = lines.find((l) => l.includes(territory.name));
    assert.ok(mine, 'the territory is in the file');
    assert.match(mine, /;Rural;;< 5;/, 'hidden in the file too');
    const en = await practitioner.get('service-gaps/register/export', { query: { format: 'csv', lang: 'en', from: today, to: today, setting: 'rural' } });
    assert.match(en.text.replace(/^\uFEFF/, '').split('\r\n')[0], /^Need,Territory,Setting,Families \(or situations without a family\),Hidden,Most frequent reason/);
    assert.match(en.text.split('\r\n').find((l) => l.includes(territory.name)), /,Rural,4,,Transport or distance/);
    const xlsx = await coordinator.get('service-gaps/register/export', { query: { format: 'xlsx', lang: 'en' } });
    assert.equal(xlsx.status, 200, xlsx.describe());
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    assertError(await (await as('facilitator')).get('service-gaps/register'), 403, 'forbidden');
  });
});
