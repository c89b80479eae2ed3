// Families (issue 9): Filet-made codes, client-made ids, versions, the identity vault (audited
// reads, blind-index name search, never in lists), consents and consent gating, contacts,
// check-ins, the timeline and families with no recent contact; bad input on every body.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { as, assertError, assertList } from './helpers.mjs';
import { IDENTITY, IDENTITY_STRINGS } from './identity_strings.mjs';

const CODE_RE = /^[BDFGKMNPRSTVZ][AEIOU][BDFGKMNPRSTVZ][AEIOU]-[2-9]{2}$/;
const today = new Date().toISOString().slice(0, 10);
let practitioner; let manager; let managerSL; let coordinator; let evaluator; let admin;
let family;

async function total(client, path, query) {
  return assertList(await client.get(path, { query: { per_page: 1, ...query } })).total;
}

before(async () => {
  [practitioner, manager, managerSL, coordinator, evaluator, admin] = await Promise.all(
    ['practitioner', 'manager', 'managerSL', 'coordinator', 'evaluator', 'admin'].map((r) => as(r)));
  const res = await practitioner.post('families', {
    adults: 2, single_parent: false, father_involved: true,
    children: [{ birth_year: Number(today.slice(0, 4)) - 2, birth_month: 3 }, { birth_year: 2012, birth_month: 9 }],
    languages: ['fr', 'ar'], housing: 'hlm', arrival_year: 2021, immigration_status: 'permanent_resident',
    vulnerability_factors: ['economic_deprivation', 'weak_support_network'], outreach_strategy: 'parks',
    notes: 'Rencontrée au parc.',
  });
  assert.equal(res.status, 201, res.describe());
  family = res.json;
});

describe('families', () => {
  test('Filet makes a short code, unique in the organization; the worker is the practitioner who recorded it', async () => {
    assert.match(family.code, CODE_RE);
    assert.equal(family.worker_id, practitioner.user.id);
    assert.equal(family.status, 'in_contact');
    assert.equal(family.children_5_or_less, 1);
    assert.deepEqual(family.children.map((c) => c.aged_5_or_less), [true, false]);
    assert.equal(await total(practitioner, 'families', { code: family.code.toLowerCase().replace('-', ' ') }), 1);
  });

  test('a create sent again with the same id makes one family', async () => {
    const id = randomUUID();
    const body = { id, adults: 1, single_parent: true, outreach_strategy: 'streets' };
    const first = await practitioner.post('families', body);
    assert.equal(first.status, 201, first.describe());
    const again = await practitioner.post('families', body);
    assert.equal(again.status, 201, again.describe());
    assert.equal(again.json.id, id);
    assert.equal(again.json.code, first.json.code);
    assert.equal(await total(practitioner, 'families', { code: first.json.code }), 1);
    // Another organization cannot take that id.
    const other = await managerSL.post('families', body);
    assertError(other, 409, 'conflict', ['id']);
  });

  test('a stale version is refused with the current record; the right one changes it', async () => {
    const ok = await practitioner.patch(`families/${family.id}`, { status: 'accompanied', version: family.version });
    assert.equal(ok.status, 200, ok.describe());
    assert.equal(ok.json.version, family.version + 1);
    const stale = await manager.patch(`families/${family.id}`, { notes: 'Écrasement', version: family.version });
    const e = assertError(stale, 409, 'version_conflict');
    assert.equal(e.current.status, 'accompanied');
    assert.equal((await practitioner.get(`families/${family.id}`)).json.notes, 'Rencontrée au parc.');
    family = ok.json;
  });

  test('closing needs a reason from the list', async () => {
    assertError(await practitioner.patch(`families/${family.id}`, { status: 'closed' }), 422, 'validation_failed', ['closing_reason']);
    assertError(await practitioner.patch(`families/${family.id}`, { status: 'closed', closing_reason: 'bored' }), 422,
      'validation_failed', ['closing_reason']);
  });

  test('bad input on a family: a clear error naming each field, nothing written', async () => {
    // Each refused create carries an id of its own: none may name a family afterwards (other
    // test files record families meanwhile, so counting would not tell).
    const cases = [
      [{ adults: 'deux' }, 'adults'],
      [{ adults: 40 }, 'adults'],
      [{ children: [{ birth_year: 2024 }] }, 'children'],
      [{ children: 'trois' }, 'children'],
      [{ status: 'lost' }, 'status'],
      [{ housing: 'castle' }, 'housing'],
      [{ arrival_year: 1800 }, 'arrival_year'],
      [{ vulnerability_factors: ['not_a_factor'] }, 'vulnerability_factors'],
      [{ outreach_strategy: 'telepathy' }, 'outreach_strategy'],
      [{ territory_id: randomUUID() }, 'territory_id'],
      [{ worker_id: managerSL.user.id }, 'worker_id'],
      [{ nickname: 'x' }, 'nickname'],
    ];
    for (const [body, field] of cases) {
      const id = randomUUID();
      const e = assertError(await practitioner.post('families', { id, ...body }), 422, ['validation_failed', 'unknown_field'], [field]);
      const f = e.fields.find((x) => x.field === field);
      assert.ok(f.message_fr && f.message_en, JSON.stringify(e));
      assert.equal((await practitioner.get(`families/${id}`)).status, 404, `nothing written for ${field}`);
    }
    assertError(await practitioner.post('families', { id: 'pas-un-uuid' }), 422, undefined, ['id']);
  });
});

describe('identity', () => {
  test('recorded sealed, read back by the organization, every read audited', async () => {
    const put = await practitioner.put(`families/${family.id}/identity`, IDENTITY);
    assert.equal(put.status, 200, put.describe());
    assert.equal(put.json.names, IDENTITY.names);
    const auditBefore = await total(admin, 'audit', { entity: 'family_identity', action: 'read' });
    const read = await manager.get(`families/${family.id}/identity`);
    assert.equal(read.status, 200, read.describe());
    assert.equal(read.json.phone, IDENTITY.phone);
    // Other test files read identities meanwhile: at least this reading was recorded.
    assert.ok(await total(admin, 'audit', { entity: 'family_identity', action: 'read' }) >= auditBefore + 1);
    const reads = assertList(await admin.get('audit', { query: { entity: 'family_identity', action: 'read', per_page: 50 } }));
    const mine = reads.items.find((x) => x.entity_id === family.id && x.user_id === manager.user.id);
    assert.ok(mine, 'the manager\'s reading of this family\'s identity is in the audit log');
    for (const s of IDENTITY_STRINGS) assert.ok(!JSON.stringify(reads.items).includes(s), 'the audit log holds no identity');
  });

  test('never in a list; found by name through the blind index, only by the organization', async () => {
    const list = await practitioner.get('families', { query: { per_page: 200 } });
    for (const s of IDENTITY_STRINGS) assert.ok(!list.text.includes(s), `a list holds ${s}`);
    assert.ok(list.json.items.find((x) => x.id === family.id).has_identity);
    const found = assertList(await practitioner.get('families', { query: { name: 'zephirine' } }));
    assert.ok(found.items.some((x) => x.id === family.id), 'the family is found by a word of its name');
    assert.ok(found.items.every((x) => x.has_identity));
    const byWords = assertList(await practitioner.get('families', { query: { name: 'Quabbelot Zéphirine', per_page: 200 } }));
    assert.ok(byWords.items.some((x) => x.id === family.id), 'every word of the name, in any order');
    assert.equal(await total(practitioner, 'families', { name: 'Zéphirine Inconnue' }), 0);
    assert.equal(await total(managerSL, 'families', { name: 'zephirine' }), 0);
    assert.equal(await total(coordinator, 'families', { name: 'zephirine' }), 0);
  });

  test('outside the organization: refused', async () => {
    assert.equal((await managerSL.get(`families/${family.id}/identity`)).status, 404);
    assert.equal((await managerSL.put(`families/${family.id}/identity`, { names: 'Autre' })).status, 404);
    assertError(await coordinator.get(`families/${family.id}/identity`), 403, 'forbidden');
    assertError(await admin.get(`families/${family.id}/identity`), 403, 'forbidden');
  });

  test('bad input and stale versions change nothing', async () => {
    assertError(await practitioner.put(`families/${family.id}/identity`, { phone: 'appelez-moi' }), 422, 'validation_failed', ['phone']);
    assertError(await practitioner.put(`families/${family.id}/identity`, { names: 'x'.repeat(201) }), 422, 'validation_failed', ['names']);
    assertError(await practitioner.put(`families/${family.id}/identity`, { names: 'Autre', version: 99 }), 409, 'version_conflict');
    assert.equal((await practitioner.get(`families/${family.id}/identity`)).json.names, IDENTITY.names);
  });
});

describe('consents, contacts, check-ins', () => {
  test('a phone contact made by the worker needs the consent; a withdrawal ends it', async () => {
    const phone = { family_id: family.id, contact_date: today, mode: 'phone', initiated_by: 'worker' };
    assertError(await practitioner.post('family-contacts', phone), 422, 'validation_failed', ['mode']);
    const consent = await practitioner.post('family-consents', { family_id: family.id, purpose: 'phone_or_text', given_on: today, given_how: 'verbal' });
    assert.equal(consent.status, 201, consent.describe());
    assert.equal(consent.json.recorded_by, practitioner.user.id);
    const made = await practitioner.post('family-contacts', { ...phone, duration_minutes: 15, elements: ['active_listening'] });
    assert.equal(made.status, 201, made.describe());
    const withdrawn = await practitioner.patch(`family-consents/${consent.json.id}`, { withdrawn_on: today, version: 1 });
    assert.equal(withdrawn.status, 200, withdrawn.describe());
    assertError(await practitioner.post('family-contacts', phone), 422, 'validation_failed', ['mode']);
    // The parent calling needs no consent.
    assert.equal((await practitioner.post('family-contacts', { ...phone, initiated_by: 'parent' })).status, 201);
  });

  test('sharing for a referral names an existing partner', async () => {
    const body = { family_id: family.id, purpose: 'referral_sharing', given_on: today, given_how: 'written' };
    assertError(await practitioner.post('family-consents', body), 422, 'validation_failed', ['partner_organization_id']);
    assertError(await practitioner.post('family-consents', { ...body, partner_organization_id: randomUUID() }), 422,
      'validation_failed', ['partner_organization_id']);
    const partner = managerSL.user.memberships[0].organization_id;
    assert.equal((await practitioner.post('family-consents', { ...body, partner_organization_id: partner })).status, 201);
  });

  test('bad input on consents, contacts and check-ins: the field is named, nothing written', async () => {
    const counts = async () => Promise.all(['family-consents', 'family-contacts', 'family-check-ins']
      .map((p) => total(practitioner, p, { family_id: family.id })));
    const before = await counts();
    const base = { family_id: family.id };
    const cases = [
      ['family-consents', { ...base, purpose: 'gossip', given_on: today, given_how: 'verbal' }, 'purpose'],
      ['family-consents', { ...base, purpose: 'photos', given_on: '2026-02-30', given_how: 'verbal' }, 'given_on'],
      ['family-consents', { ...base, purpose: 'photos', given_on: today, given_how: 'telepathy' }, 'given_how'],
      ['family-consents', { ...base, purpose: 'photos', given_on: today, given_how: 'verbal', withdrawn_on: '2000-01-01' }, 'withdrawn_on'],
      ['family-consents', { purpose: 'photos', given_on: today, given_how: 'verbal' }, 'family_id'],
      ['family-contacts', { ...base, contact_date: today, mode: 'carrier_pigeon', initiated_by: 'worker' }, 'mode'],
      ['family-contacts', { ...base, contact_date: 'hier', mode: 'home_visit', initiated_by: 'worker' }, 'contact_date'],
      ['family-contacts', { ...base, contact_date: '2999-01-01', mode: 'home_visit', initiated_by: 'worker' }, 'contact_date'],
      ['family-contacts', { ...base, contact_date: today, mode: 'home_visit', initiated_by: 'cat' }, 'initiated_by'],
      ['family-contacts', { ...base, contact_date: today, mode: 'home_visit', initiated_by: 'worker', duration_minutes: -5 }, 'duration_minutes'],
      ['family-contacts', { ...base, contact_date: today, mode: 'home_visit', initiated_by: 'worker', need_ids: [randomUUID()] }, 'need_ids'],
      ['family-contacts', { ...base, contact_date: today, mode: 'home_visit', initiated_by: 'worker', elements: ['magic'] }, 'elements'],
      ['family-contacts', { ...base, contact_date: today, mode: 'home_visit', initiated_by: 'worker', obstacles: ['dragons'] }, 'obstacles'],
      ['family-contacts', { family_id: randomUUID(), contact_date: today, mode: 'home_visit', initiated_by: 'worker' }, 'family_id'],
      ['family-check-ins', { ...base, check_date: today, trust_link: 5, confidence: 2, informed: 2, resource_use: 2 }, 'trust_link'],
      ['family-check-ins', { ...base, check_date: today, trust_link: 2, confidence: 2, informed: 2 }, 'resource_use'],
      ['family-check-ins', { ...base, check_date: today, trust_link: 2, confidence: 'beaucoup', informed: 2, resource_use: 2 }, 'confidence'],
    ];
    for (const [path, body, field] of cases) assertError(await practitioner.post(path, body), 422, 'validation_failed', [field]);
    assert.deepEqual(await counts(), before);
  });

  test('the timeline puts contacts, needs, consents and check-ins in date order', async () => {
    const needs = (await practitioner.get('directory/needs')).json;
    const need = (needs.items ?? needs).find((n) => n.parent_id) ?? (needs.items ?? needs)[0];
    const earlier = new Date(Date.now() - 10 * 86400e3).toISOString().slice(0, 10);
    assert.equal((await practitioner.post('family-contacts', { family_id: family.id, contact_date: earlier, mode: 'home_visit', initiated_by: 'both', need_ids: [need.id] })).status, 201);
    assert.equal((await practitioner.post('family-check-ins', { family_id: family.id, check_date: today, trust_link: 3, confidence: 3, informed: 2, resource_use: 2 })).status, 201);
    const res = await practitioner.get(`families/${family.id}/timeline`);
    assert.equal(res.status, 200, res.describe());
    const dates = res.json.events.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    const kinds = new Set(res.json.events.map((e) => e.kind));
    for (const k of ['contact', 'need', 'consent_given', 'consent_withdrawn', 'check_in']) assert.ok(kinds.has(k), `timeline has ${k}`);
    assert.equal(res.json.events.find((e) => e.kind === 'need').detail, need.id);
    assert.equal((await managerSL.get(`families/${family.id}/timeline`)).status, 404);
  });

  test('managers change any entry of their organization; other organizations see none', async () => {
    const list = assertList(await practitioner.get('family-contacts', { query: { family_id: family.id } }));
    const contact = list.items[0];
    const res = await manager.patch(`family-contacts/${contact.id}`, { notes: 'Revu par la gestion', version: contact.version });
    assert.equal(res.status, 200, res.describe());
    assert.equal((await managerSL.get(`family-contacts/${contact.id}`)).status, 404);
    assert.equal((await managerSL.patch(`family-contacts/${contact.id}`, { notes: 'x' })).status, 404);
    assert.equal(await total(managerSL, 'family-contacts', { family_id: family.id }), 0);
    assertError(await coordinator.get('family-contacts'), 403, 'forbidden');
  });
});

describe('who sees what', () => {
  test('coordinators and evaluators read de-identified families of their programs; admins none', async () => {
    for (const client of [coordinator, evaluator]) {
      const page = assertList(await client.get('families', { query: { per_page: 200 } }));
      assert.ok(page.total > 0, 'the demo families consenting to evaluation');
      for (const x of page.items) {
        assert.equal(x.code, null);
        assert.equal(x.notes, null);
        assert.equal(x.worker_id, null);
        assert.equal(x.has_identity, false);
      }
      assertError(await client.get(`families/${family.id}`), 403, 'forbidden');
      assertError(await client.post('families', { adults: 1 }), 403, 'forbidden');
    }
    assertError(await admin.get('families'), 403, 'forbidden');
  });

  test('families with no contact for 30 days: not closed, none contacted since', async () => {
    const res = await practitioner.get('families/without-contact', { query: { whose: 'all', per_page: 200 } });
    const page = assertList(res);
    const limit = new Date(Date.now() - 30 * 86400e3).toISOString().slice(0, 10);
    for (const x of page.items) {
      assert.notEqual(x.status, 'closed');
      assert.ok(x.last_contact_on === null || x.last_contact_on < limit, `${x.code} was contacted on ${x.last_contact_on}`);
      assert.equal(x.organization_id, family.organization_id);
    }
    const mine = assertList(await practitioner.get('families/without-contact', { query: { per_page: 200 } }));
    for (const x of mine.items) assert.equal(x.worker_id, practitioner.user.id);
    assertError(await practitioner.get('families/without-contact', { query: { days: '7' } }), 400, 'bad_query', ['days']);
  });
});
