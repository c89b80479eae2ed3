// Every list endpoint, signed in as each demo account: each role gets the rows its scope allows,
// counted on the demo data itself (src/demo/demo_network_data.cpp and
// src/directory/demo_directory_data.cpp, read here independently of the server's policy).
// A repository that forgets the request's scope lists other organizations' rows and fails here;
// one that filters what every account shares (reference lists, the published directory) too.
//
// On the demo data, the services to verify (GET /directory/stale: active services not verified
// for 12 months, among those the account may verify) are 38 for the admin, 21 for the
// coordinator (the organizations of the two programs of the regional table), 1 for the manager
// of Maison de la famille de Montréal-Nord, 0 for the manager of Accueil aux immigrants de
// Saint-Léonard, and 0 for the accounts that edit no service.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { as, DEMO, assertList } from './helpers.mjs';

/** The JSON document of a raw string literal `NAME = R"json(...)json"` of a C++ source. */
function demoDocument(file, name) {
  const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const start = source.indexOf('R"json(', source.indexOf(`${name} =`)) + 'R"json('.length;
  return JSON.parse(source.slice(start, source.indexOf(')json"', start)));
}
const network = demoDocument('src/demo/demo_network_data.cpp', 'kDemoNetworkJson');
const demoServices = demoDocument('src/directory/demo_directory_data.cpp', 'kDemoDirectoryJson');
const organizationName = new Map(network.organizations.map((o) => [o.key, o.name]));

// Whose directory services each demo account may change (and so verify), as the design says:
// admins every organization, managers their own, coordinators the organizations of the programs
// of theirs. `null` means every organization.
function editableKeys(user) {
  if (user.is_admin) return null;
  const keys = new Set();
  for (const m of user.memberships) {
    if (m.role === 'manager') keys.add(m.organization);
    if (m.role === 'coordinator') {
      keys.add(m.organization);
      for (const p of network.programs) if (p.organizations.includes(m.organization)) p.organizations.forEach((k) => keys.add(k));
    }
  }
  return keys;
}

const DAY = 24 * 3600 * 1000;
const staleDemo = demoServices.filter((s) => s.verified_days_ago == null || s.verified_days_ago > 365);
const rowKey = (organization, name) => `${organization}\u0000${name}`;
const staleDemoKeys = new Set(staleDemo.map((s) => rowKey(organizationName.get(s.organization), s.name_fr)));

function expectedStale(user) {
  const keys = editableKeys(user);
  return staleDemo.filter((s) => keys === null || keys.has(s.organization)).length;
}

/** Every row of a paged Filet list. */
async function listAll(client, path, query = {}) {
  const items = [];
  let total;
  for (let page = 1; page <= 50; page++) {
    const b = assertList(await client.get(path, { query: { ...query, per_page: 200, page } }));
    total = b.total;
    items.push(...b.items);
    if (b.items.length < 200) break;
  }
  return { items, total };
}

/** The number of rows a list holds for `client`: Filet's `total`, HSDS's `total_items`, or the items. */
async function rowCount(client, path) {
  const res = await client.get(path, { query: { per_page: 1 } });
  if (res.status !== 200) return res.status === 403 ? 'forbidden' : `HTTP ${res.status}`;
  if ('total_items' in res.json) return res.json.total_items;
  if ('total' in res.json) return res.json.total;
  return res.json.items.length;
}

// Lists everyone signed in reads whole (reference lists, the published directory), with what the
// demo alone puts in them (the tests that ran before may have added rows; none removes any).
const SHARED = [
  ['/api/v1/organizations', network.organizations.length],
  ['/api/v1/territories', network.territories.length],
  ['/api/v1/programs', network.programs.length],
  ['/api/v1/directory/needs', 1],
  ['/api/v1/directory/search', demoServices.length],
  ['/api/hsds/services', demoServices.length],
  ['/api/hsds/organizations', network.organizations.length],
  ['/api/hsds/service_at_locations', demoServices.filter((s) => s.location).length],
  ['/api/hsds/taxonomies', 1],
  ['/api/hsds/taxonomy_terms', 1],
];
// Lists of the admins alone.
const ADMIN_ONLY = [
  ['/api/v1/users', network.users.length],
  ['/api/v1/audit', 1],
];

// The journal (src/demo/demo_journal.cpp): every host organization of the outreach program (its
// community organizations; not its round table nor its university team) gets 133 outreach and
// 40 networking entries.
const OUTREACH_PROGRAM = network.programs.find((p) => p.key === 'proximite-0-5');
const sectorOf = new Map(network.organizations.map((o) => [o.key, o.sector]));
const HOSTS = OUTREACH_PROGRAM.organizations.filter((k) => !['round_table', 'other'].includes(sectorOf.get(k)));
const JOURNAL = [['/api/v1/journal/outreach', 133], ['/api/v1/journal/networking', 40]];

/** The organizations whose journal an account reads, by key, and whether identified; null: none. */
function journalKeys(user) {
  if (user.is_admin) return null;
  const keys = new Map();
  for (const m of user.memberships) {
    if (m.role === 'manager' || m.role === 'practitioner') keys.set(m.organization, true);
    if (m.role === 'coordinator' || m.role === 'evaluator')
      for (const p of network.programs) if (p.organizations.includes(m.organization)) p.organizations.forEach((k) => { if (!keys.has(k)) keys.set(k, false); });
  }
  return keys.size ? keys : null;
}

// The demo's families (src/demo/demo_families.hpp): family i of 400 belongs to the outreach
// program's host organizations (community family organizations and social paediatrics centres,
// in the program's order) i mod their number, and consents to de-identified evaluation data
// unless i mod 4 = 3.
const outreach = network.programs.find((p) => p.key === 'proximite-0-5');
const hosts = outreach.organizations.filter((k) => {
  const sector = network.organizations.find((o) => o.key === k).sector;
  return sector === 'community_family' || sector === 'social_paediatrics';
});
const demoFamilies = Array.from({ length: 400 }, (_, i) => ({ organization: hosts[i % hosts.length], evaluation: i % 4 !== 3 }));

/** The demo families an account lists: its organization's whole (practitioners, managers), the
 * consenting ones of its programs' organizations (coordinators, evaluators), or forbidden. */
function expectedFamilies(user) {
  const roles = user.memberships.map((m) => m.role);
  if (!roles.some((r) => ['practitioner', 'manager', 'coordinator', 'evaluator'].includes(r))) return 'forbidden';
  const identified = new Set(user.memberships.filter((m) => ['practitioner', 'manager'].includes(m.role)).map((m) => m.organization));
  const programs = new Set();
  for (const m of user.memberships)
    if (['coordinator', 'evaluator'].includes(m.role))
      for (const p of network.programs) if (p.organizations.includes(m.organization)) p.organizations.forEach((k) => programs.add(k));
  return demoFamilies.filter((f) => identified.has(f.organization) || (programs.has(f.organization) && f.evaluation)).length;
}

const accounts = network.users.map((u) => ({ ...u, role: u.is_admin ? 'admin' : u.memberships.map((m) => m.role).join('+') }));
const clients = new Map();

before(async () => {
  assert.equal(accounts.length, Object.keys(DEMO).length, 'every demo account is in the demo document');
  for (const u of accounts) clients.set(u.email, await as(u.email));
});

describe('scope by role: every list endpoint, signed in as each demo account', () => {
  test('the demo data has services to verify in and out of each editor\'s organizations', () => {
    assert.equal(staleDemo.length, 38);
    const counts = Object.fromEntries(accounts.map((u) => [u.email, expectedStale(u)]));
    assert.deepEqual(counts, {
      'admin@demo.filet': 38,
      'coordination@demo.filet': 21,
      'evaluation@demo.filet': 0,
      'gestion.mn@demo.filet': 1,
      'intervention.mn@demo.filet': 0,
      'gestion.sl@demo.filet': 0,
      'intervention.sl@demo.filet': 0,
      'animation@demo.filet': 0,
    });
  });

  for (const u of accounts) {
    test(`${u.role} (${u.email}): services to verify are those of the organizations they may edit`, async () => {
      const client = clients.get(u.email);
      const { items, total } = await listAll(client, 'directory/stale', { lang: 'fr' });
      assert.equal(items.length, total, 'every page read');
      const demoRows = items.filter((x) => staleDemoKeys.has(rowKey(x.organization.name, x.name)));
      assert.equal(demoRows.length, expectedStale(u), `demo services to verify for ${u.email}`);
      // Rows added by other tests too: only organizations this account may edit, from the live data.
      const keys = editableKeys(u);
      if (keys !== null) {
        const me = (await client.get('me')).json.user;
        const allowed = new Set(me.memberships.filter((m) => m.role === 'manager' || m.role === 'coordinator').map((m) => m.organization_id));
        const coordinated = new Set(me.memberships.filter((m) => m.role === 'coordinator').map((m) => m.organization_id));
        if (coordinated.size > 0) {
          const { items: programs } = await listAll(client, 'programs');
          for (const p of programs)
            if (p.active && p.organization_ids.some((id) => coordinated.has(id))) p.organization_ids.forEach((id) => allowed.add(id));
        }
        for (const x of items) assert.ok(allowed.has(x.organization.id), `${u.email} sees ${x.name} of ${x.organization.name}, not theirs to verify`);
      }
      for (const x of items)
        assert.ok(x.verified_at === null || Date.parse(x.verified_at) < Date.now() - 360 * DAY, `${x.name} is not stale`);
    });
  }

  test('the demo families spread over the host organizations', () => {
    assert.equal(hosts.length, 15);
    const counts = Object.fromEntries(accounts.map((u) => [u.email, expectedFamilies(u)]));
    assert.deepEqual(counts, {
      'admin@demo.filet': 'forbidden',
      'coordination@demo.filet': 300,
      'evaluation@demo.filet': 300,
      'gestion.mn@demo.filet': 27,
      'intervention.mn@demo.filet': 27,
      'gestion.sl@demo.filet': 0,
      'intervention.sl@demo.filet': 0,
      'animation@demo.filet': 'forbidden',
    });
  });

  for (const u of accounts) {
    test(`${u.role} (${u.email}): families are those its scope reads`, async () => {
      const client = clients.get(u.email);
      const expected = expectedFamilies(u);
      const count = await rowCount(client, 'families');
      if (expected === 'forbidden') {
        assert.equal(count, 'forbidden');
        return;
      }
      // Other test files add families of the demo's organizations meanwhile: at least the demo's.
      assert.ok(count >= expected, `families for ${u.email}: ${count}, the demo alone ${expected}`);
      const { items } = await listAll(client, 'families');
      const me = (await client.get('me')).json.user;
      const own = new Set(me.memberships.filter((m) => ['practitioner', 'manager'].includes(m.role)).map((m) => m.organization_id));
      for (const x of items) {
        if (own.has(x.organization_id)) assert.match(x.code, /^[A-Z]{4}-\d{2}$/);
        else assert.equal(x.code, null, `${u.email} reads a code of another organization`);
      }
      if (own.size === 0) assert.ok(items.every((x) => x.code === null));
      if (!u.memberships.some((m) => ['coordinator', 'evaluator'].includes(m.role)))
        for (const x of items) assert.ok(own.has(x.organization_id), `${u.email} lists a family of another organization`);
    });
  }

  // Referrals (the demo has none; other test files add them): a practitioner's or manager's list
  // holds only referrals their organization sent or received, the latter without the family's id;
  // everyone else is refused the list.
  for (const u of accounts) {
    test(`${u.role} (${u.email}): referrals are those its organization sent or received`, async () => {
      const client = clients.get(u.email);
      const count = await rowCount(client, 'referrals');
      if (!u.memberships.some((m) => ['practitioner', 'manager'].includes(m.role))) {
        assert.equal(count, 'forbidden');
        return;
      }
      const { items } = await listAll(client, 'referrals');
      const me = (await client.get('me')).json.user;
      const own = new Set(me.memberships.filter((m) => ['practitioner', 'manager'].includes(m.role)).map((m) => m.organization_id));
      for (const x of items) {
        assert.ok(own.has(x.organization_id) || own.has(x.to_organization_id), `${u.email} lists a referral of others`);
        if (!own.has(x.organization_id)) assert.equal(x.family_id, null, `${u.email} reads the family id of a referral received`);
      }
    });
  }

  // Service gaps: a practitioner's or manager's list holds only its organization's gaps; everyone
  // else is refused the list (the register is their aggregate view).
  for (const u of accounts) {
    test(`${u.role} (${u.email}): service gaps are those its organization recorded`, async () => {
      const client = clients.get(u.email);
      const count = await rowCount(client, 'service-gaps');
      if (!u.memberships.some((m) => ['practitioner', 'manager'].includes(m.role))) {
        assert.equal(count, 'forbidden');
        return;
      }
      const { items } = await listAll(client, 'service-gaps');
      const me = (await client.get('me')).json.user;
      const own = new Set(me.memberships.filter((m) => ['practitioner', 'manager'].includes(m.role)).map((m) => m.organization_id));
      for (const x of items) assert.ok(own.has(x.organization_id), `${u.email} lists a gap of another organization`);
    });
  }

  for (const u of accounts) {
    test(`${u.role} (${u.email}): the evaluation view lists entries of the families its scope reads, de-identified`, async () => {
      const client = clients.get(u.email);
      const expected = expectedFamilies(u);
      for (const path of ['family-evaluation/contacts', 'family-evaluation/check-ins']) {
        const first = await client.get(path, { query: { per_page: 200 } });
        if (expected === 'forbidden') {
          assert.equal(first.status, 403, `${path} for ${u.email}`);
          continue;
        }
        const { items } = assertList(first);
        for (const x of items) for (const hidden of ['notes', 'tried', 'recorded_by', 'code']) assert.equal(hidden in x, false);
        // Without a role in a program, only its own organization's entries.
        if (!u.memberships.some((m) => ['coordinator', 'evaluator'].includes(m.role))) {
          const me = (await client.get('me')).json.user;
          const own = new Set(me.memberships.map((m) => m.organization_id));
          for (const x of items) assert.ok(own.has(x.organization_id), `${u.email} lists an entry of another organization`);
        }
        // Each entry of the demo's (dated before today: other tests add and destroy families of
        // today) belongs to a family the family list gives this account.
        const families = new Set((await listAll(client, 'families')).items.map((f) => f.id));
        const today = new Date().toISOString().slice(0, 10);
        for (const x of items.filter((e) => (e.contact_date ?? e.check_date) < today))
          assert.ok(families.has(x.family_id), `${u.email}: ${path} lists a family it does not read`);
      }
    });
  }

  test('lists everyone shares hold the same rows for every role, the demo\'s included', async () => {
    const admin = clients.get(DEMO.admin);
    for (const [path, demoRows] of SHARED) {
      const counts = {};
      for (const u of accounts) counts[u.email] = await rowCount(clients.get(u.email), path);
      // Rows another test file adds meanwhile: read the admin's count again and accept either.
      const after = await rowCount(admin, path);
      for (const u of accounts)
        assert.ok(counts[u.email] === counts[DEMO.admin] || counts[u.email] === after,
          `${path}: ${u.email} counts ${counts[u.email]}, the admin ${counts[DEMO.admin]}..${after}`);
      assert.ok(after >= demoRows, `${path}: ${after} rows, the demo alone has ${demoRows}`);
    }
  });

  test('the demo journal has entries in every host organization of the outreach program', () => {
    assert.equal(HOSTS.length, 15);
    assert.ok(HOSTS.includes('mf-mn') && !HOSTS.includes('accueil-sl'));
  });

  for (const u of accounts) {
    test(`${u.role} (${u.email}): journal lists hold the entries of the organizations the policy gives`, async () => {
      const client = clients.get(u.email);
      const keys = journalKeys(u);
      for (const [path, perHost] of JOURNAL) {
        const relative = path.replace('/api/v1/', '');
        if (keys === null) {
          assert.equal(await rowCount(client, path), 'forbidden', `${path} for ${u.email}`);
          continue;
        }
        const { items, total } = await listAll(client, relative);
        assert.equal(items.length, total, 'every page read');
        const demoRows = HOSTS.filter((k) => keys.has(k)).length * perHost;
        assert.ok(total >= demoRows, `${path}: ${total} rows for ${u.email}, the demo alone gives ${demoRows}`);
        // Rows other tests add too: only the organizations of the scope, identified only in their own.
        const byName = new Map([...keys].map(([k, identified]) => [organizationName.get(k), identified]));
        for (const x of items) {
          assert.ok(byName.has(x.organization_name), `${u.email} reads an entry of ${x.organization_name}`);
          if (!byName.get(x.organization_name)) assert.ok(x.note === null && x.worker_id === null && x.worker_name === null, `${u.email}: de-identified`);
        }
      }
    });
  }

  test('lists of the admins: every row for the admin, forbidden to every other role', async () => {
    for (const [path, demoRows] of ADMIN_ONLY) {
      for (const u of accounts) {
        const count = await rowCount(clients.get(u.email), path);
        if (u.is_admin) assert.ok(count >= demoRows, `${path}: ${count} rows for the admin, the demo has ${demoRows}`);
        else assert.equal(count, 'forbidden', `${path} for ${u.email}`);
      }
    }
  });
});
