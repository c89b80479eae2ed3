// CRUD of territories, organizations, programs and users as admin, with validation,
// pagination, accent-insensitive search and deactivation.
//
// Never creates organizations of sector `social_housing` nor territories of kind
// `housing_site` (bad_input.test.mjs counts those).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client, as, assertError, assertList, assertCreated, findOrg, uniq, UUID_RE, fold,
} from './helpers.mjs';

let admin;
let mnTerritory; // "Montréal-Nord" territory
let mfmn; // Maison de la famille de Montréal-Nord
let accueilSL;

before(async () => {
  admin = await as('admin');
  const t = assertList(await admin.get('territories', { query: { q: 'Montréal-Nord', kind: 'territory' } }));
  mnTerritory = t.items.find((x) => x.name === 'Montréal-Nord');
  assert.ok(mnTerritory, `demo territory Montréal-Nord: ${JSON.stringify(t.items.map((x) => x.name))}`);
  mfmn = await findOrg(admin, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(admin, 'Accueil aux immigrants de Saint-Léonard');
});

function ids(list) { return list.items.map((x) => x.id); }

describe('territories', () => {
  test('create, read, update; shape per contract', async () => {
    const name = uniq('Quartier Test');
    const created = assertCreated(await admin.post('territories', {
      name, kind: 'neighbourhood', setting: 'urban', parent_id: mnTerritory.id,
    }));
    for (const k of ['id', 'name', 'kind', 'setting', 'parent_id', 'parent_name', 'active', 'created_at', 'updated_at'])
      assert.ok(k in created, `territory.${k} missing: ${JSON.stringify(created)}`);
    assert.equal(created.name, name);
    assert.equal(created.kind, 'neighbourhood');
    assert.equal(created.setting, 'urban');
    assert.equal(created.parent_id, mnTerritory.id);
    assert.equal(created.parent_name, 'Montréal-Nord');
    assert.equal(created.active, true);
    assert.ok(!Number.isNaN(Date.parse(created.created_at)), 'created_at is a date-time');

    const got = await admin.get(`territories/${created.id}`);
    assert.equal(got.status, 200, got.describe());
    assert.deepEqual(got.json, created);

    const patched = await admin.patch(`territories/${created.id}`, { name: `${name} (renommé)`, setting: 'mixed' });
    assert.equal(patched.status, 200, patched.describe());
    assert.equal(patched.json.name, `${name} (renommé)`);
    assert.equal(patched.json.setting, 'mixed');
    assert.equal(patched.json.kind, 'neighbourhood', 'fields not sent are kept');
    assert.equal(patched.json.parent_id, mnTerritory.id);
    assert.ok(Date.parse(patched.json.updated_at) >= Date.parse(created.updated_at));
    assert.equal(patched.json.created_at, created.created_at);

    // Detach from parent.
    const root = await admin.patch(`territories/${created.id}`, { parent_id: null });
    assert.equal(root.status, 200, root.describe());
    assert.equal(root.json.parent_id, null);

    // Empty PATCH is harmless.
    const empty = await admin.patch(`territories/${created.id}`, {});
    assert.ok([200, 422].includes(empty.status), empty.describe());
  });

  test('validation: required name, bad kind and setting, self-parent', async () => {
    assertError(await admin.post('territories', { kind: 'neighbourhood', setting: 'urban' }), 422, 'validation_failed', ['name']);
    assertError(await admin.post('territories', { name: '', kind: 'neighbourhood', setting: 'urban' }), 422, 'validation_failed', ['name']);
    assertError(await admin.post('territories', { name: uniq('x'), kind: 'country', setting: 'urban' }), 422, 'validation_failed', ['kind']);
    assertError(await admin.post('territories', { name: uniq('x'), kind: 'neighbourhood', setting: 'space' }), 422, 'validation_failed', ['setting']);
    const t = assertCreated(await admin.post('territories', { name: uniq('Boucle'), kind: 'neighbourhood', setting: 'rural' }));
    const self = await admin.patch(`territories/${t.id}`, { parent_id: t.id });
    assertError(self, 422, 'validation_failed', ['parent_id']);
    assertError(await admin.patch(`territories/${t.id}`, { name: '' }), 422, 'validation_failed', ['name']);
    assert.equal((await admin.get(`territories/${t.id}`)).json.parent_id, null);
  });

  test('pagination, accent-insensitive search, filters, deactivation', async () => {
    const tag = uniq('Épinette');
    const made = [];
    for (const n of ['A', 'B', 'C']) {
      made.push(assertCreated(await admin.post('territories', {
        name: `Île ${tag} ${n}`, kind: 'neighbourhood', setting: 'rural', parent_id: mnTerritory.id,
      })));
    }
    const q = fold(`ile ${tag}`).toUpperCase();
    const p1 = assertList(await admin.get('territories', { query: { q, per_page: 2, page: 1 } }));
    assert.equal(p1.total, 3, `accent/case-insensitive q=${q}`);
    assert.equal(p1.page, 1);
    assert.equal(p1.per_page, 2);
    assert.equal(p1.items.length, 2);
    const p2 = assertList(await admin.get('territories', { query: { q, per_page: 2, page: 2 } }));
    assert.equal(p2.page, 2);
    assert.equal(p2.total, 3);
    assert.equal(p2.items.length, 1);
    const all = new Set([...ids(p1), ...ids(p2)]);
    assert.equal(all.size, 3, 'pages do not overlap');
    for (const m of made) assert.ok(all.has(m.id));

    const byParent = assertList(await admin.get('territories', { query: { parent_id: mnTerritory.id, kind: 'neighbourhood', per_page: 200 } }));
    for (const m of made) assert.ok(ids(byParent).includes(m.id), 'parent_id + kind filter');
    assert.ok(byParent.items.every((x) => x.parent_id === mnTerritory.id && x.kind === 'neighbourhood'));

    const off = await admin.patch(`territories/${made[1].id}`, { active: false });
    assert.equal(off.status, 200, off.describe());
    assert.equal(off.json.active, false);
    const inactive = assertList(await admin.get('territories', { query: { q, active: 'false' } }));
    assert.deepEqual(ids(inactive), [made[1].id]);
    const active = assertList(await admin.get('territories', { query: { q, active: 'true' } }));
    assert.equal(active.total, 2);
    assert.ok(!ids(active).includes(made[1].id));
    // Omitted = all.
    assert.equal(assertList(await admin.get('territories', { query: { q } })).total, 3);
    // Still readable by id and reactivatable.
    assert.equal((await admin.get(`territories/${made[1].id}`)).json.active, false);
    const on = await admin.patch(`territories/${made[1].id}`, { active: true });
    assert.equal(on.json.active, true);
  });

  test('any logged-in role can read territories', async () => {
    const p = await as('practitioner');
    const list = assertList(await p.get('territories'));
    assert.ok(list.total > 0);
    assert.equal(list.per_page, 25, 'default per_page is 25');
    assert.equal(list.page, 1, 'default page is 1');
    assert.ok(list.items.length <= 25);
  });
});

describe('organizations', () => {
  test('search "montreal" finds "Maison de la famille de Montréal-Nord" (accent-insensitive)', async () => {
    for (const q of ['montreal', 'MONTREAL-NORD', 'maison de la famille de montreal', 'Montréal-Nord', 'MONTRÉAL']) {
      const l = assertList(await admin.get('organizations', { query: { q, per_page: 200 } }));
      assert.ok(l.items.some((o) => o.name === 'Maison de la famille de Montréal-Nord'), `q=${q}`);
      assert.ok(l.items.every((o) => fold(o.name).includes(fold(q))), `q=${q} returns only matches`);
    }
    const sl = assertList(await admin.get('organizations', { query: { q: 'saint-leonard' } }));
    assert.ok(sl.items.some((o) => o.id === accueilSL.id));
  });

  test('its territories are listed by name, and follow a territory renamed', async () => {
    const territory = (name) => admin.post('territories', { name, kind: 'neighbourhood', setting: 'urban' });
    const zed = assertCreated(await territory(uniq('Zone test')));
    const alpha = assertCreated(await territory(uniq('Aire test')));
    const o = assertCreated(await admin.post('organizations', {
      name: uniq('Carrefour des quartiers test'), sector: 'community_family', territory_ids: [zed.id, alpha.id],
    }));
    const shown = async () => {
      const one = (await admin.get(`organizations/${o.id}`)).json;
      const listed = assertList(await admin.get('organizations', { query: { q: o.name } })).items;
      assert.deepEqual(listed, [one], 'the list shows the record as its own page does');
      return one;
    };
    let got = await shown();
    assert.deepEqual(got.territories, [{ id: alpha.id, name: alpha.name }, { id: zed.id, name: zed.name }]);
    assert.deepEqual(got.territory_ids, [alpha.id, zed.id]);
    const renamed = `${zed.name} \\ (à l'est)`; // backslashes: kept as they are
    assert.equal((await admin.patch(`territories/${alpha.id}`, { name: `${renamed} 2` })).status, 200);
    assert.equal((await admin.patch(`territories/${zed.id}`, { name: renamed })).status, 200);
    got = await shown();
    assert.deepEqual(got.territories, [{ id: zed.id, name: renamed }, { id: alpha.id, name: `${renamed} 2` }]);
    assert.equal(got.version, o.version, 'a territory renamed is not a change of the organization');
  });

  test('create, read, update; shape per contract', async () => {
    const name = uniq('Carrefour familial test');
    const body = {
      name, sector: 'community_family', territory_ids: [mnTerritory.id],
      email: 'info@carrefour-test.example', phone: '514-555-0199', website: 'https://carrefour-test.example',
    };
    const o = assertCreated(await admin.post('organizations', body));
    for (const k of ['id', 'name', 'sector', 'territory_ids', 'territories', 'active', 'email', 'phone', 'website', 'created_at', 'updated_at'])
      assert.ok(k in o, `organization.${k} missing`);
    assert.equal(o.name, name);
    assert.equal(o.sector, 'community_family');
    assert.deepEqual(o.territory_ids, [mnTerritory.id]);
    assert.deepEqual(o.territories, [{ id: mnTerritory.id, name: 'Montréal-Nord' }]);
    assert.equal(o.email, body.email);
    assert.equal(o.phone, body.phone);
    assert.equal(o.website, body.website);
    assert.equal(o.active, true);
    assert.deepEqual((await admin.get(`organizations/${o.id}`)).json, o);

    const p = await admin.patch(`organizations/${o.id}`, { sector: 'library', territory_ids: [] });
    assert.equal(p.status, 200, p.describe());
    assert.equal(p.json.sector, 'library');
    assert.deepEqual(p.json.territory_ids, []);
    assert.equal(p.json.name, name);
    assert.equal(p.json.email, body.email);

    // Filters.
    const bySector = assertList(await admin.get('organizations', { query: { sector: 'library', q: name } }));
    assert.deepEqual(ids(bySector), [o.id]);
    const byTerr = assertList(await admin.get('organizations', { query: { territory_id: mnTerritory.id, per_page: 200 } }));
    assert.ok(ids(byTerr).includes(mfmn.id), 'territory_id filter includes MF Montréal-Nord');
    assert.ok(!ids(byTerr).includes(o.id), 'territory_id filter excludes orgs no longer serving it');
  });

  test('validation: required name, bad enum sector → field sector', async () => {
    assertError(await admin.post('organizations', { sector: 'other' }), 422, 'validation_failed', ['name']);
    assertError(await admin.post('organizations', { name: '', sector: 'other' }), 422, 'validation_failed', ['name']);
    const bad = uniq('Secteur');
    assertError(await admin.post('organizations', { name: bad, sector: 'spaceport' }), 422, 'validation_failed', ['sector']);
    assertError(await admin.post('organizations', { name: bad, sector: 'Community_Family' }), 422, 'validation_failed', ['sector']);
    assertError(await admin.patch(`organizations/${mfmn.id}`, { sector: 'spaceport' }), 422, 'validation_failed', ['sector']);
    assert.equal((await admin.get(`organizations/${mfmn.id}`)).json.sector, mfmn.sector);
    assert.equal(assertList(await admin.get('organizations', { query: { q: bad } })).total, 0);
  });

  test('every contract sector is accepted', async () => {
    const tag = uniq('Secteurs');
    for (const sector of ['community_family', 'community_newcomers', 'social_paediatrics', 'community_other',
      'health_social_services', 'school', 'childcare', 'library', 'municipality', 'round_table', 'legal_clinic', 'other']) {
      const o = assertCreated(await admin.post('organizations', { name: `${tag} ${sector}`, sector }));
      assert.equal(o.sector, sector);
    }
    // (social_housing is exercised by bad_input.test.mjs only via counts; accepted as a filter here.)
    assert.equal(assertList(await admin.get('organizations', { query: { sector: 'social_housing', q: tag } })).total, 0);
  });

  test('pagination over organizations', async () => {
    const p1 = assertList(await admin.get('organizations', { query: { per_page: 5, page: 1 } }));
    const p2 = assertList(await admin.get('organizations', { query: { per_page: 5, page: 2 } }));
    assert.equal(p1.items.length, 5);
    assert.equal(p1.per_page, 5);
    assert.ok(p1.total >= 40, `demo has many organizations: ${p1.total}`);
    const overlap = ids(p1).filter((id) => ids(p2).includes(id));
    assert.deepEqual(overlap, [], 'pages do not overlap');
    const maxp = assertList(await admin.get('organizations', { query: { per_page: 200 } }));
    assert.equal(maxp.per_page, 200);
    assert.equal(maxp.items.length, Math.min(200, maxp.total));
  });

  test('deactivate via PATCH active:false and the active filter', async () => {
    const name = uniq('Organisme à fermer');
    const o = assertCreated(await admin.post('organizations', { name, sector: 'community_other' }));
    const off = await admin.patch(`organizations/${o.id}`, { active: false });
    assert.equal(off.status, 200, off.describe());
    assert.equal(off.json.active, false);
    assert.deepEqual(ids(assertList(await admin.get('organizations', { query: { q: name, active: 'false' } }))), [o.id]);
    assert.equal(assertList(await admin.get('organizations', { query: { q: name, active: 'true' } })).total, 0);
    assert.equal(assertList(await admin.get('organizations', { query: { q: name } })).total, 1);
    const inactive = assertList(await admin.get('organizations', { query: { active: 'false', per_page: 200 } }));
    assert.ok(inactive.items.every((x) => x.active === false));
  });

  test('manager may PATCH own organization (not active, not another one)', async () => {
    const mgr = await as('manager');
    const own = mgr.user.memberships.find((m) => m.role === 'manager').organization_id;
    assert.equal(own, mfmn.id);
    const cur = (await mgr.get(`organizations/${own}`)).json;
    const ok = await mgr.patch(`organizations/${own}`, { phone: cur.phone });
    assert.equal(ok.status, 200, ok.describe());
    const act = await mgr.patch(`organizations/${own}`, { active: false });
    if (act.status === 200) await admin.patch(`organizations/${own}`, { active: true }); // undo before failing
    assert.ok([403, 422].includes(act.status), `manager may not change active: ${act.describe()}`);
    assertError(act);
    assert.equal((await admin.get(`organizations/${own}`)).json.active, true);
    // Another organization, with a valid body: forbidden, nothing changes.
    const other = assertCreated(await admin.post('organizations', { name: uniq('Autre organisme'), sector: 'other' }));
    const no = await mgr.patch(`organizations/${other.id}`, { name: `${other.name} piraté` });
    assertError(no, 403, 'forbidden');
    assert.equal((await admin.get(`organizations/${other.id}`)).json.name, other.name);
    const noSL = await mgr.patch(`organizations/${accueilSL.id}`, { phone: '000' });
    assertError(noSL, 403, 'forbidden');
    // A practitioner of the same organization may not PATCH it.
    const prac = await as('practitioner');
    assertError(await prac.patch(`organizations/${own}`, { phone: cur.phone }), 403, 'forbidden');
    // Nor create organizations.
    const pn = uniq('Non permis');
    assertError(await mgr.post('organizations', { name: pn, sector: 'other' }), 403, 'forbidden');
    assert.equal(assertList(await admin.get('organizations', { query: { q: pn } })).total, 0);
  });
});

describe('programs', () => {
  test('create, read, update, search, deactivate', async () => {
    const name = uniq('Programme Équipe Proximité');
    const body = {
      name, description: 'Un programme de test.', starts_on: '2025-09-01', ends_on: '2027-06-30',
      organization_ids: [mfmn.id, accueilSL.id], funders: ['Fondation Test', 'Ministère de la Famille'],
    };
    const p = assertCreated(await admin.post('programs', body));
    for (const k of ['id', 'name', 'description', 'starts_on', 'ends_on', 'organization_ids', 'organizations', 'funders', 'active'])
      assert.ok(k in p, `program.${k} missing`);
    assert.equal(p.name, name);
    assert.equal(p.starts_on, '2025-09-01');
    assert.equal(p.ends_on, '2027-06-30');
    assert.deepEqual([...p.organization_ids].sort(), [mfmn.id, accueilSL.id].sort());
    assert.deepEqual(p.organizations.map((o) => o.id).sort(), [mfmn.id, accueilSL.id].sort());
    assert.ok(p.organizations.some((o) => o.name === mfmn.name));
    assert.deepEqual(p.funders, body.funders);
    assert.equal(p.active, true);
    assert.deepEqual((await admin.get(`programs/${p.id}`)).json, p);

    const u = await admin.patch(`programs/${p.id}`, { ends_on: null, organization_ids: [mfmn.id] });
    assert.equal(u.status, 200, u.describe());
    assert.equal(u.json.ends_on, null);
    assert.deepEqual(u.json.organization_ids, [mfmn.id]);
    assert.equal(u.json.starts_on, '2025-09-01');

    const found = assertList(await admin.get('programs', { query: { q: fold(name).toUpperCase() } }));
    assert.deepEqual(ids(found), [p.id]);

    const off = await admin.patch(`programs/${p.id}`, { active: false });
    assert.equal(off.json.active, false);
    assert.deepEqual(ids(assertList(await admin.get('programs', { query: { q: name, active: 'false' } }))), [p.id]);
    assert.equal(assertList(await admin.get('programs', { query: { q: name, active: 'true' } })).total, 0);
  });

  test('validation: required name', async () => {
    assertError(await admin.post('programs', { starts_on: '2025-09-01' }), 422, 'validation_failed', ['name']);
    assertError(await admin.post('programs', { name: '', starts_on: '2025-09-01' }), 422, 'validation_failed', ['name']);
  });

  test('demo programs are readable by every role', async () => {
    const list = assertList(await (await as('facilitator')).get('programs'));
    assert.ok(list.total >= 2);
    const one = await (await as('evaluator')).get(`programs/${list.items[0].id}`);
    assert.equal(one.status, 200, one.describe());
  });
});

describe('users', () => {
  const pw = 'Mot2passe-long!';

  test('create with membership, read, login as the new user; no password material returned', async () => {
    const email = `${uniq('noemie')}@example.test`;
    const name = `Noémie Bélanger ${uniq('u')}`;
    const res = await admin.post('users', {
      email, name, password: pw, locale: 'en', is_admin: false,
      memberships: [{ organization_id: mfmn.id, role: 'practitioner' }],
    });
    const u = assertCreated(res);
    for (const k of ['id', 'email', 'name', 'locale', 'active', 'is_admin', 'memberships', 'created_at', 'updated_at'])
      assert.ok(k in u, `user.${k} missing`);
    assert.equal(u.email, email);
    assert.equal(u.name, name);
    assert.equal(u.locale, 'en');
    assert.equal(u.is_admin, false);
    assert.equal(u.active, true);
    assert.deepEqual(u.memberships.map((m) => [m.organization_id, m.role]), [[mfmn.id, 'practitioner']]);
    assert.equal(u.memberships[0].organization_name, mfmn.name);
    assert.ok(!/password|hash|argon|scrypt|bcrypt/i.test(res.text), `no password material: ${res.text}`);
    assert.ok(!res.text.includes(pw));

    const got = await admin.get(`users/${u.id}`);
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, u);
    const list = await admin.get('users', { query: { per_page: 200 } });
    assert.ok(!/password|hash/i.test(list.text), 'no password material in the list');

    // Accent-insensitive search on user names.
    const found = assertList(await admin.get('users', { query: { q: fold(name) } }));
    assert.deepEqual(ids(found), [u.id]);

    const c = new Client();
    const login = await c.login(email, pw);
    assert.equal(login.status, 200, login.describe());
    assert.equal(login.json.user.id, u.id);
    assert.equal(login.json.user.locale, 'en');
    await c.logout();
  });

  test('password length: under 12 or over 128 characters → field password (characters, not bytes)', async () => {
    const base = { name: 'Test Mot de passe', locale: 'fr', memberships: [] };
    const bad = [
      'a'.repeat(11),
      'a'.repeat(129),
      'é'.repeat(11), // 22 bytes but 11 characters
      '',
    ];
    for (const password of bad) {
      const email = `${uniq('pw')}@example.test`;
      const res = await admin.post('users', { ...base, email, password });
      assertError(res, 422, 'validation_failed', ['password']);
      assert.equal(assertList(await admin.get('users', { query: { q: email } })).total, 0);
    }
    for (const password of ['a'.repeat(12), 'b'.repeat(128), 'é'.repeat(100) /* 200 bytes, 100 chars */]) {
      const email = `${uniq('pw')}@example.test`;
      const u = assertCreated(await admin.post('users', { ...base, email, password }));
      const c = new Client();
      assert.equal((await c.login(email, password)).status, 200, `login with a ${password.length}-char password`);
      await c.logout();
      assertError(await admin.patch(`users/${u.id}`, { password: 'short' }), 422, 'validation_failed', ['password']);
      assertError(await admin.patch(`users/${u.id}`, { password: 'x'.repeat(129) }), 422, 'validation_failed', ['password']);
    }
    assertError(await admin.post('users', { ...base, email: `${uniq('pw')}@example.test` }), 422, 'validation_failed', ['password']);
  });

  test('duplicate email → 409 conflict', async () => {
    const email = `${uniq('dup')}@example.test`;
    assertCreated(await admin.post('users', { email, name: 'Premier', password: pw }));
    const dup = await admin.post('users', { email, name: 'Second', password: pw });
    assertError(dup, 409, 'conflict');
    assert.equal(assertList(await admin.get('users', { query: { q: email } })).total, 1);
    const demoDup = await admin.post('users', { email: 'admin@demo.filet', name: 'Imposteur', password: pw });
    assertError(demoDup, 409, 'conflict');
  });

  test('duplicate email differing only by letter case → 409 conflict', async () => {
    const email = `${uniq('casse')}@example.test`;
    assertCreated(await admin.post('users', { email, name: 'Minuscule', password: pw }));
    const dup = await admin.post('users', { email: email.toUpperCase(), name: 'Majuscule', password: pw });
    assertError(dup, 409, 'conflict');
  });

  test('update name, locale, memberships, password, is_admin', async () => {
    const email = `${uniq('maj')}@example.test`;
    const u = assertCreated(await admin.post('users', { email, name: 'Avant', password: pw, memberships: [] }));
    const p = await admin.patch(`users/${u.id}`, {
      name: 'Après', locale: 'en', memberships: [{ organization_id: accueilSL.id, role: 'manager' }],
    });
    assert.equal(p.status, 200, p.describe());
    assert.equal(p.json.name, 'Après');
    assert.equal(p.json.locale, 'en');
    assert.equal(p.json.email, email);
    assert.deepEqual(p.json.memberships.map((m) => [m.organization_id, m.role, m.organization_name]),
      [[accueilSL.id, 'manager', accueilSL.name]]);
    const pw2 = 'Un-autre-mot-de-passe';
    assert.equal((await admin.patch(`users/${u.id}`, { password: pw2 })).status, 200);
    const c = new Client();
    assert.equal((await c.login(email, pw2)).status, 200, 'login with the new password');
    assert.equal(c.user.memberships[0].role, 'manager');
    await c.logout();
    const adm = await admin.patch(`users/${u.id}`, { is_admin: true });
    assert.equal(adm.json.is_admin, true);
    const back = await admin.patch(`users/${u.id}`, { is_admin: false });
    assert.equal(back.json.is_admin, false);
    assertError(await admin.patch(`users/${u.id}`, { memberships: [{ organization_id: accueilSL.id, role: 'king' }] }), 422, 'validation_failed');
    assertError(await admin.patch(`users/${u.id}`, { name: '' }), 422, 'validation_failed', ['name']);
    assert.equal((await admin.get(`users/${u.id}`)).json.name, 'Après');
  });

  test('deactivate via PATCH active:false, active filter, and the account can no longer sign in', async () => {
    const email = `${uniq('off')}@example.test`;
    const u = assertCreated(await admin.post('users', { email, name: 'À désactiver', password: pw }));
    const c = new Client();
    assert.equal((await c.login(email, pw)).status, 200);
    const off = await admin.patch(`users/${u.id}`, { active: false });
    assert.equal(off.status, 200, off.describe());
    assert.equal(off.json.active, false);
    assert.deepEqual(ids(assertList(await admin.get('users', { query: { q: email, active: 'false' } }))), [u.id]);
    assert.equal(assertList(await admin.get('users', { query: { q: email, active: 'true' } })).total, 0);
    const inactive = assertList(await admin.get('users', { query: { active: 'false', per_page: 200 } }));
    assert.ok(inactive.items.every((x) => x.active === false));
    // Its open session no longer works, and it cannot log in again.
    assertError(await c.get('me'), 401, 'unauthenticated');
    const again = await new Client().login(email, pw);
    assert.ok([401, 403].includes(again.status), `deactivated login: ${again.describe()}`);
    assertError(again);
  });

  test('users list pagination', async () => {
    const p1 = assertList(await admin.get('users', { query: { per_page: 3, page: 1 } }));
    const p2 = assertList(await admin.get('users', { query: { per_page: 3, page: 2 } }));
    assert.equal(p1.items.length, 3);
    assert.ok(p1.total >= 8);
    assert.deepEqual(ids(p1).filter((x) => ids(p2).includes(x)), []);
    for (const u of p1.items) assert.match(u.id, UUID_RE);
  });
});
