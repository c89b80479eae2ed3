// The listing kit: every paged list accepts page, per_page (1–200) and sort (its own keys, "-" for
// descending; any other key is a 400 naming `sort`), answers with the same envelope, and pages
// past the end without error. Other test files add rows meanwhile: counts are compared only on
// rows they never add (organizations of sector social_housing, territories of kind housing_site).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError, assertList } from './helpers.mjs';

let admin;
before(async () => {
  admin = await as('admin');
});

/** Filet's accent folding (common/text.cpp), which the name keys are sorted by. */
function fold(s) {
  return s
    .replace(/[ÆæŒœß]/g, (c) => ({ Æ: 'ae', æ: 'ae', Œ: 'oe', œ: 'oe', ß: 'ss' })[c])
    .replace(/[\u00a0-\u00bf\u201c\u201d\u2026\u202f]/g, ' ')
    .replace(/[\u2010\u2011\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every row of a list in the order asked (the audit log, which grows meanwhile: its first 200). */
async function all(path, query, client = admin) {
  const rows = [];
  for (let page = 1; ; page++) {
    if (path === 'audit' && page > 1) return { rows, total: rows.length };
    const b = assertList(await client.get(path, { query: { ...query, page, per_page: 200 } }));
    rows.push(...b.items);
    if (rows.length >= b.total || b.items.length === 0) return { rows, total: b.total };
  }
}

// Each list, its sort keys and the value each key orders by.
const LISTS = {
  organizations: { name: (x) => fold(x.name), sector: (x) => x.sector, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at },
  territories: { name: (x) => fold(x.name), kind: (x) => x.kind, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at },
  programs: { name: (x) => fold(x.name), starts_on: (x) => x.starts_on, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at },
  users: { name: (x) => fold(`${x.name} ${x.email}`), email: (x) => x.email, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at },
  audit: { at: (x) => x.at, action: (x) => x.action, entity: (x) => x.entity },
  'directory/stale': { verified_at: (x) => x.verified_at ?? '' },
  'privacy/incidents': {
    discovered_on: (x) => x.discovered_on, occurred_on: (x) => x.occurred_on,
    persons_concerned: (x) => x.persons_concerned, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at,
  },
};

// The journal's lists, read by a manager of an organization of the demo's outreach program
// (admins read no journal).
const JOURNAL_LISTS = {
  'journal/outreach': {
    entry_date: (x) => x.entry_date, duration_minutes: (x) => x.duration_minutes, strategy: (x) => x.strategy,
    efficacy: (x) => x.efficacy, parents_reached: (x) => x.parents_reached, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at,
  },
  'journal/networking': {
    entry_date: (x) => x.entry_date, category: (x) => x.category, activity: (x) => x.activity, efficacy: (x) => x.efficacy,
    created_at: (x) => x.created_at, updated_at: (x) => x.updated_at,
  },
};

function assertOrdered(values, descending, what) {
  for (let i = 1; i < values.length; i++) {
    const [a, b] = descending ? [values[i], values[i - 1]] : [values[i - 1], values[i]];
    assert.ok(a <= b, `${what}: ${JSON.stringify(values[i - 1])} then ${JSON.stringify(values[i])}`);
  }
}

describe('listing kit', () => {
  for (const [path, keys] of Object.entries(LISTS)) {
    test(`${path}: sorted by each of its keys, both ways`, async () => {
      for (const [key, value] of Object.entries(keys)) {
        for (const descending of [false, true]) {
          const sort = `${descending ? '-' : ''}${key}`;
          const { rows } = await all(path, { sort });
          assert.ok(rows.length > 1, `${path}?sort=${sort} has rows to order`);
          assertOrdered(rows.map(value), descending, `${path}?sort=${sort}`);
        }
      }
    });

    test(`${path}: an unknown sort key is a 400 naming sort, in French and English`, async () => {
      for (const sort of ['nope', '-nope', 'id; DROP TABLE users', '--name']) {
        const e = assertError(await admin.get(path, { query: { sort } }), 400, 'bad_query', ['sort']);
        const field = e.fields.find((f) => f.field === 'sort');
        assert.match(field.message_fr, /tri/);
        assert.match(field.message_en, /sort/);
        for (const key of Object.keys(keys)) assert.ok(field.message_en.includes(key), `the allowed keys are named: ${field.message_en}`);
      }
    });
  }

  for (const [path, keys] of Object.entries(JOURNAL_LISTS)) {
    test(`${path}: sorted by each of its keys, both ways; newest first by default; unknown keys refused`, async () => {
      const manager = await as('manager');
      for (const [key, value] of Object.entries(keys)) {
        for (const descending of [false, true]) {
          const sort = `${descending ? '-' : ''}${key}`;
          const { rows } = await all(path, { sort }, manager);
          assert.ok(rows.length > 1, `${path}?sort=${sort} has rows to order`);
          assertOrdered(rows.map(value), descending, `${path}?sort=${sort}`);
        }
      }
      assertOrdered((await all(path, {}, manager)).rows.map((x) => x.entry_date), true, `${path} by default`);
      const e = assertError(await manager.get(path, { query: { sort: 'note' } }), 400, 'bad_query', ['sort']);
      for (const key of Object.keys(keys)) assert.ok(e.fields[0].message_en.includes(key), `the allowed keys are named: ${e.fields[0].message_en}`);
      const beyond = assertList(await manager.get(path, { query: { per_page: 5, page: 100000 } }));
      assert.deepEqual(beyond.items, []);
      assert.ok(beyond.total > 0);
    });
  }

  test('referrals: sorted by each of their keys, both ways (drafts, never sent, first by sent_at); newest first by default', async () => {
    const practitioner = await as('practitioner');
    const receiver = (await as('practitionerSL')).user.memberships[0].organization_id;
    const needs = (await practitioner.get('directory/needs')).json;
    const today = new Date().toISOString().slice(0, 10);
    for (const send of [false, true, true]) {
      const family = (await practitioner.post('families', { adults: 1 })).json;
      await practitioner.post('family-consents', { family_id: family.id, purpose: 'referral_sharing', partner_organization_id: receiver, given_on: today, given_how: 'verbal' });
      const made = (await practitioner.post('referrals', { family_id: family.id, to_organization_id: receiver, need_ids: [(needs.items ?? needs)[0].id], urgency: 'routine' })).json;
      if (send) assert.equal((await practitioner.post(`referrals/${made.id}/transitions`, { status: 'sent', version: made.version })).status, 200);
    }
    const keys = { created_at: (x) => x.created_at, sent_at: (x) => x.sent_at ?? '', status: (x) => x.status, updated_at: (x) => x.updated_at };
    for (const [key, value] of Object.entries(keys)) {
      for (const descending of [false, true]) {
        const sort = `${descending ? '-' : ''}${key}`;
        const { rows } = await all('referrals', { sort, box: 'sent' }, practitioner);
        assert.ok(rows.length > 2, `referrals?sort=${sort} has rows to order`);
        assertOrdered(rows.map(value), descending, `referrals?sort=${sort}`);
      }
    }
    assertOrdered((await all('referrals', { box: 'sent' }, practitioner)).rows.map((x) => x.created_at), true, 'referrals by default');
    assertError(await practitioner.get('referrals', { query: { sort: 'family_id' } }), 400, 'bad_query', ['sort']);
  });

  test('the default order is unchanged: by name, the audit log newest first', async () => {
    const housing = { sector: 'social_housing' };
    const orgs = (await all('organizations', housing)).rows;
    assert.ok(orgs.length > 1, 'demo housing organizations');
    assert.deepEqual(orgs.map((x) => x.id), (await all('organizations', { ...housing, sort: 'name' })).rows.map((x) => x.id));
    assertOrdered(orgs.map((x) => fold(x.name)), false, 'organizations by default');
    const reversed = (await all('organizations', { ...housing, sort: '-name' })).rows;
    assert.deepEqual(reversed.map((x) => x.id), orgs.map((x) => x.id).reverse(), 'distinct names: -name is the reverse');
    const log = assertList(await admin.get('audit', { query: { per_page: 50 } })).items.map((x) => Number(x.id));
    assertOrdered(log, true, 'audit ids');
  });

  test('per_page goes up to 200; 0, 201 and words are a 400 naming per_page', async () => {
    const b = assertList(await admin.get('organizations', { query: { per_page: 200 } }));
    assert.equal(b.per_page, 200);
    assert.equal(b.items.length, Math.min(200, b.total));
    for (const per_page of [0, 201, -1, 'dix']) assertError(await admin.get('organizations', { query: { per_page } }), 400, 'bad_query', ['per_page']);
    assertError(await admin.get('audit', { query: { page: 0 } }), 400, 'bad_query', ['page']);
  });

  test('a page past the end is empty and still counts every row', async () => {
    for (const path of ['organizations', 'territories', 'programs', 'users', 'audit', 'directory/stale', 'directory/search']) {
      const first = assertList(await admin.get(path, { query: { per_page: 5 } }));
      const beyond = assertList(await admin.get(path, { query: { per_page: 5, page: 100000 } }));
      assert.deepEqual(beyond.items, [], path);
      assert.equal(beyond.page, 100000, path);
      assert.ok(beyond.total >= first.total, `${path}: total ${beyond.total} past the end, ${first.total} on page 1`);
    }
    for (const path of ['services', 'organizations', 'service_at_locations', 'taxonomies']) {
      const hsds = await admin.get(`/api/hsds/${path}`, { query: { per_page: 5, page: 100000 } });
      assert.equal(hsds.status, 200, hsds.describe());
      assert.deepEqual(hsds.json.contents, [], path);
      assert.ok(hsds.json.total_items > 0, path);
      assert.equal(hsds.json.empty, true, path);
      assert.equal(hsds.json.last_page, true, path);
    }
  });

  test('the last page holds the rest, and pages do not overlap', async () => {
    const housing = { kind: 'housing_site' };
    const { rows, total } = await all('territories', housing);
    assert.ok(total > 2, 'demo housing sites');
    const perPage = 2;
    const seen = [];
    for (let page = 1; page <= Math.ceil(total / perPage); page++) {
      const b = assertList(await admin.get('territories', { query: { ...housing, per_page: perPage, page } }));
      assert.equal(b.items.length, page * perPage <= total ? perPage : total % perPage, `page ${page}`);
      assert.equal(b.total, total);
      seen.push(...b.items.map((x) => x.id));
    }
    assert.deepEqual(seen, rows.map((x) => x.id));
  });

  test('a list without sort keys refuses any sort', async () => {
    assertError(await admin.get('directory/search', { query: { sort: 'name' } }), 400, 'bad_query', ['sort']);
  });

  test('the OpenAPI document declares each list\'s sort keys, both ways, as the list takes them', async () => {
    const spec = (await admin.get('openapi.json')).json;
    const sortOf = (path) => spec.paths[`/api/v1/${path}`].get.parameters.find((p) => p.name === 'sort');
    for (const [path, keys] of Object.entries(LISTS)) {
      const declared = sortOf(path)?.schema.enum;
      assert.ok(declared, `${path} declares sort`);
      const ascending = declared.filter((k) => !k.startsWith('-'));
      assert.deepEqual(declared, [...ascending, ...ascending.map((k) => `-${k}`)], path);
      for (const key of Object.keys(keys)) assert.ok(ascending.includes(key), `${path}: ${key} in ${declared}`);
      // What the 400 names as allowed is what the document declares.
      const e = assertError(await admin.get(path, { query: { sort: 'nope' } }), 400, 'bad_query', ['sort']);
      const message = e.fields.find((f) => f.field === 'sort').message_en;
      for (const key of ascending) assert.ok(message.includes(key), `${path}: ${key} in ${message}`);
      for (const key of ascending) assert.equal((await admin.get(path, { query: { sort: `-${key}`, per_page: 1 } })).status, 200, `${path}?sort=-${key}`);
    }
    assert.equal(sortOf('directory/search'), undefined, 'the search has no sort keys, so declares no sort');
  });
});
