// The journal's summary (GET /api/v1/journal/summary): what an entry adds, whose entries each
// role counts (the scope), small counts suppressed outside the organization read identified,
// bad query parameters named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError } from './helpers.mjs';

const today = () => new Date().toISOString().slice(0, 10);

async function summary(client, query = {}) {
  const res = await client.get('journal/summary', { query });
  assert.equal(res.status, 200, res.describe());
  return res.json;
}
const shopsOf = (s) => s.outreach.find((r) => r.strategy === 'shops') ?? { entries: 0, parents_reached: 0, fathers_reached: 0 };

function outreach(extra = {}) {
  return { entry_date: today(), duration_minutes: 30, place: 'Dépanneur du coin', place_type: 'shop', strategy: 'shops', parents_reached: 7, fathers_reached: 2, children_seen: 3, new_families: 1, efficacy: 4, ...extra };
}

test("a practitioner's summary counts what their organization records, unsuppressed", async () => {
  const practitioner = await as('practitioner');
  const other = await as('practitionerSL');
  const period = { from: today(), to: today() };
  const before = await summary(practitioner, period);
  const otherBefore = await summary(other, period);
  assert.equal(before.suppressed_below, null, 'their own organization: nothing hidden');
  assert.equal(before.from, today());
  const res = await practitioner.post('journal/outreach', outreach());
  assert.equal(res.status, 201, res.describe());
  const after = await summary(practitioner, period);
  assert.equal(shopsOf(after).entries, shopsOf(before).entries + 1);
  assert.equal(shopsOf(after).parents_reached, shopsOf(before).parents_reached + 7);
  assert.equal(shopsOf(after).fathers_reached, shopsOf(before).fathers_reached + 2);
  assert.equal(after.outreach_total.entries, before.outreach_total.entries + 1);
  assert.equal(typeof after.outreach_total.mean_efficacy, 'number');
  // Another organization's practitioner does not count it.
  assert.deepEqual((await summary(other, period)).outreach, otherBefore.outreach);
  // Before the period: not counted.
  const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  const earlier = await summary(practitioner, { to: yesterday });
  assert.ok(earlier.outreach_total.entries < (await summary(practitioner)).outreach_total.entries);
});

/** Every count of a summary: null (hidden), zero, or at least the threshold. */
function assertSuppressed(s) {
  assert.equal(s.suppressed_below, 5);
  const counts = [
    ...s.outreach.flatMap((r) => [r.entries]),
    s.outreach_total.entries,
    ...s.networking.map((r) => r.entries),
    s.networking_total.entries,
    ...s.families_by_status.map((r) => r.families),
    s.families_total,
    ...s.families_by_factor.map((r) => r.families),
    ...s.check_ins.flatMap((r) => [r.families, r.improved]),
  ];
  for (const n of counts) assert.ok(n === null || n === 0 || n >= 5, `a small count is shown: ${n} in ${JSON.stringify(s)}`);
  for (const r of s.outreach.filter((x) => x.entries === null)) {
    assert.equal(r.parents_reached, null, 'a hidden row shows none of its sums');
    assert.equal(r.mean_efficacy, null);
  }
}

test("coordinators and evaluators read their programs' aggregates with small counts suppressed", async () => {
  const practitioner = await as('practitioner');
  const mn = practitioner.user.memberships[0].organization_id;
  for (const who of ['coordinator', 'evaluator']) {
    const client = await as(who);
    const all = await summary(client);
    assertSuppressed(all);
    assert.ok(all.outreach_total.entries > 0, `${who}: the demo's entries are counted`);
    const one = await summary(client, { organization_id: mn, from: '2026-01-01' });
    assertSuppressed(one);
    assert.equal(one.organization_id, mn);
  }
  // The organization's manager reads it unsuppressed.
  const manager = await as('manager');
  assert.equal((await summary(manager, { organization_id: mn })).suppressed_below, null);
});

test('bad query parameters are named, in French and English', async () => {
  const coordinator = await as('coordinator');
  for (const [field, query] of [
    ['from', { from: '2026-02-30' }],
    ['to', { to: 'demain' }],
    ['to', { from: '2026-05-01', to: '2026-04-01' }],
    ['organization_id', { organization_id: 'montreal-nord' }],
  ]) {
    assertError(await coordinator.get('journal/summary', { query }), 400, 'bad_query', [field]);
  }
});
