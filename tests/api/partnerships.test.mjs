// Key partners (issue 12, item 4): each practitioner and manager records their own choices for
// their organization and a period — at most three per person and period (overlapping periods
// count together), refused beyond in French and English; the partner is an organization of Filet
// or a name typed in; a practitioner sees their own choices, the manager the organization's,
// another organization none; bad bodies name their field and write nothing; a stale version is a
// 409; the summary shows the organization its own counts and a coordinator small counts hidden.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, assertList, findOrg } from './helpers.mjs';

let practitioner; // Maison de la famille de Montréal-Nord
let manager;
let practitionerSL; // Accueil aux immigrants de Saint-Léonard
let managerSL;
let coordinator;
let mfmn;
let accueilSL;
// Each test a period of its own (years no other test or demo choice uses), so the limit counts
// only that test's choices.
const firstYear = 2100 + 10 * Math.floor(Math.random() * 80);
let year;
let period;
function newPeriod(n) {
  year = firstYear + 2 * n;
  period = { period_from: `${year}-04-01`, period_to: `${year}-10-31` };
}

function choice(extra = {}) {
  return {
    ...period,
    partner_outside_name: 'CPE Les Lucioles',
    partner_category: 'child_care',
    links_families: true,
    shares_dialogue: false,
    adapts_practices: true,
    success_factors: ['mutual_trust'],
    partnership_obstacles: ['lack_of_time', 'staff_turnover'],
    solutions: 'Clarifier les rôles et mandats de chacun',
    difficult: false,
    ...extra,
  };
}

async function mine(client) {
  return assertList(await client.get('key-partners', { query: { from: period.period_from, to: period.period_to, per_page: 200 } })).items;
}

before(async () => {
    newPeriod(2);
    newPeriod(1);
  [practitioner, manager, practitionerSL, managerSL, coordinator] = await Promise.all(
    ['practitioner', 'manager', 'practitionerSL', 'managerSL', 'coordinator'].map((r) => as(r)));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
});

describe('key partners', () => {
  test('each person records their own; the manager reads the organization’s; other organizations nothing; audited', async () => {
    newPeriod(0);
    const made = assertCreated(await practitioner.post('key-partners', choice()));
    assert.equal(made.organization_id, mfmn.id);
    assert.equal(made.chooser_role, 'practitioner');
    assert.equal(made.partner_outside_name, 'CPE Les Lucioles');
    assert.equal(made.partner_id, null);
    assert.deepEqual(made.partnership_obstacles, ['lack_of_time', 'staff_turnover']);
    assert.equal(made.links_families, true);
    assert.equal(made.editable, true);
    const managers = assertCreated(await manager.post('key-partners', choice({
      partner_outside_name: null, partner_id: accueilSL.id, partner_category: 'community_organization', success_factors: ['knowing_key_people'],
    })));
    assert.equal(managers.chooser_role, 'manager');
    assert.equal(managers.partner_organization_name, accueilSL.name);

    // The manager reads both, may change only their own; the practitioner sees only theirs.
    const seenByManager = (await manager.get(`key-partners/${made.id}`)).json;
    assert.equal(seenByManager.editable, false);
    assertError(await manager.patch(`key-partners/${made.id}`, { difficult: true }), 403, 'forbidden');
    assertError(await practitioner.get(`key-partners/${managers.id}`), 404, 'not_found');
    assert.deepEqual((await mine(practitioner)).map((k) => k.id), [made.id]);
    assert.deepEqual((await mine(manager)).map((k) => k.id).sort(), [made.id, managers.id].sort());
    for (const other of [managerSL, practitionerSL]) {
      assertError(await other.get(`key-partners/${made.id}`), 404, 'not_found');
      assertError(await other.patch(`key-partners/${made.id}`, { difficult: true }), 404, 'not_found');
      assertError(await other.del(`key-partners/${made.id}`), 404, 'not_found');
      assert.equal((await mine(other)).length, 0);
    }
    for (const role of ['coordinator', 'evaluator', 'facilitator', 'admin']) {
      assertError(await (await as(role)).get('key-partners'), 403, 'forbidden');
      assertError(await (await as(role)).post('key-partners', choice()), 403, 'forbidden');
    }

    const changed = await practitioner.patch(`key-partners/${made.id}`, { difficult: true, success_factors: [], version: made.version });
    assert.equal(changed.status, 200, changed.describe());
    assert.equal(changed.json.difficult, true);
    assert.deepEqual(changed.json.success_factors, []);
    assert.equal(changed.json.version, 2);
    const stale = await practitioner.patch(`key-partners/${made.id}`, { solutions: 'Autre', version: made.version });
    assert.equal(stale.status, 409, stale.describe());
    assert.equal(stale.json.error.current.difficult, true);
    assertError(await practitioner.patch(`key-partners/${made.id}`, { organization_id: accueilSL.id }), 422, 'validation_failed', ['organization_id']);

    for (const [client, id] of [[practitioner, made.id], [manager, managers.id]]) {
      const deleted = await client.del(`key-partners/${id}`);
      assert.equal(deleted.status, 204, deleted.describe());
    }
    assertError(await practitioner.get(`key-partners/${made.id}`), 404, 'not_found');
    const audit = assertList(await (await as('admin')).get('audit', { query: { entity: 'key_partner', per_page: 200 } }));
    assert.deepEqual(audit.items.filter((e) => e.entity_id === made.id).map((e) => e.action).sort(), ['create', 'delete', 'update']);
  });

  test('bad bodies name their field, in French and English, and write nothing', async () => {
    const before = (await mine(practitioner)).length;
    const cases = [
      [{ ...choice(), partner_category: 'nope' }, ['partner_category']],
      [{ ...choice(), partner_id: accueilSL.id }, ['partner_id']],
      [{ ...choice(), partner_outside_name: null }, ['partner_id']],
      [{ ...choice(), partner_outside_name: null, partner_id: mfmn.id }, ['partner_id']],
      [{ ...choice(), partner_outside_name: null, partner_id: '00000000-0000-4000-8000-00000000dead' }, ['partner_id']],
      [{ ...choice(), period_to: `${year}-03-01` }, ['period_to']],
      [{ ...choice(), period_from: 'hier' }, ['period_from']],
      [{ ...choice(), success_factors: ['flattery'] }, ['success_factors']],
      [{ ...choice(), partnership_obstacles: ['lack_of_time', 'lack_of_time'] }, ['partnership_obstacles']],
      [{ ...choice(), links_families: 'yes' }, ['links_families']],
      [{ ...choice(), difficult: 1 }, ['difficult']],
      [{ ...choice(), organization_id: accueilSL.id }, []],
      [{ ...choice(), chooser_role: 'manager' }, ['chooser_role']],
      [{ ...choice(), solutions: 'x'.repeat(2001) }, ['solutions']],
    ];
    for (const [body, fields] of cases) {
      const res = await practitioner.post('key-partners', body);
      if (fields.length === 0) {
        assertError(res, 403, 'forbidden'); // another organization's choice
        continue;
      }
      const e = assertError(res, [400, 422], undefined, fields);
      const named = e.fields.find((f) => f.field === fields[0]);
      assert.notEqual(named.message_fr, named.message_en, res.describe());
    }
    const made = assertCreated(await practitioner.post('key-partners', choice()));
    for (const [body, fields] of [
      [{ partner_category: '' }, ['partner_category']],
      [{ period_to: `${year}-01-01` }, ['period_to']],
      [{ partnership_obstacles: ['nope'] }, ['partnership_obstacles']],
    ]) {
      assertError(await practitioner.patch(`key-partners/${made.id}`, body), [400, 422], undefined, fields);
    }
    const still = (await practitioner.get(`key-partners/${made.id}`)).json;
    assert.equal(still.version, 1);
    assert.equal(still.partner_category, 'child_care');
    assert.equal((await mine(practitioner)).length, before + 1);
    assert.equal((await practitioner.del(`key-partners/${made.id}`)).status, 204);
  });

  test('three per person and period: a fourth is refused in French and English, another person’s count apart', async () => {
    const made = [];
    for (const name of ['CLSC de Montréal-Nord', 'Table de quartier', 'École Saint-Vincent-Marie']) {
      made.push(assertCreated(await practitioner.post('key-partners', choice({ partner_outside_name: name }))));
    }
    // A fourth, even in a period that only overlaps, is refused; nothing written.
    for (const p of [period, { period_from: `${year}-10-01`, period_to: `${year + 1}-03-31` }]) {
      const e = assertError(await practitioner.post('key-partners', choice({ ...p, partner_outside_name: 'Quatrième' })), 422, 'validation_failed', ['period_from']);
      const named = e.fields.find((f) => f.field === 'period_from');
      assert.match(named.message_fr, /trois partenaires clés/);
      assert.match(named.message_en, /three key partners/);
    }
    assert.equal((await mine(practitioner)).length, 3);
    // A later period that does not overlap, and the manager's own three, are counted apart.
    const later = assertCreated(await practitioner.post('key-partners', choice({ period_from: `${year}-11-01`, period_to: `${year + 1}-03-31` })));
    const managers = assertCreated(await manager.post('key-partners', choice()));
    // Changing one of the three keeps the count at three: allowed.
    const changed = await practitioner.patch(`key-partners/${made[0].id}`, { partner_category: 'cisss_ciusss', version: 1 });
    assert.equal(changed.status, 200, changed.describe());
    // Moving the later one into the full period is refused.
    assertError(await practitioner.patch(`key-partners/${later.id}`, period), 422, 'validation_failed', ['period_from']);
    for (const k of [...made, later]) assert.equal((await practitioner.del(`key-partners/${k.id}`)).status, 204);
    assert.equal((await manager.del(`key-partners/${managers.id}`)).status, 204);
  });

  test('the summary: the organization its own counts, a coordinator small counts hidden', async () => {
    newPeriod(3);
    const ids = [];
    ids.push(assertCreated(await practitioner.post('key-partners', choice({ partner_category: 'school' }))).id);
    ids.push(assertCreated(await manager.post('key-partners', choice({ partner_category: 'school', shares_dialogue: true }))).id);
    const query = { query: { from: period.period_from, to: period.period_to } };
    const own = await manager.get('key-partners/summary', query);
    assert.equal(own.status, 200, own.describe());
    assert.equal(own.json.suppressed_below, null);
    const school = own.json.by_category.find((r) => r.code === 'school');
    assert.equal(school.practitioner.count, 1);
    assert.equal(school.manager.count, 1);
    assert.equal(school.total.count, 2);
    const dialogue = own.json.by_criterion.find((r) => r.code === 'shares_dialogue');
    assert.equal(dialogue.met.count, 1);

    const outside = await coordinator.get('key-partners/summary', query);
    assert.equal(outside.status, 200, outside.describe());
    assert.equal(outside.json.suppressed_below, 5);
    const hidden = outside.json.by_category.find((r) => r.code === 'school');
    assert.equal(hidden.practitioner.count, null);
    assert.equal(hidden.practitioner.hidden, 'primary');
    assert.equal(hidden.total.count, null);
    assertError(await coordinator.get('key-partners/summary', { query: { from: `${year}-05-01`, to: `${year}-04-01` } }), 400, 'bad_query', ['to']);
    // The download: the same suppression, French and English headers and labels.
    const fr = await coordinator.get('key-partners/summary/export', { query: { format: 'csv', lang: 'fr', from: period.period_from, to: period.period_to } });
    assert.equal(fr.status, 200, fr.describe());
    assert.match(fr.headers.get('content-type'), /text\/csv/);
    const lines = fr.text.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(lines[0], /^Tableau;Catégorie ou critère;Par les personnes intervenantes;Par les personnes gestionnaires;Rempli;Non rempli;Total/);
    assert.ok(lines.some((l) => l.startsWith('Catégories;École;< 5;< 5;;;')), lines.join('\n'));
    const en = await manager.get('key-partners/summary/export', { query: { format: 'csv', lang: 'en', from: period.period_from, to: period.period_to } });
    const enLines = en.text.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(enLines[0], /^Table,Category or criterion,By practitioners,By managers,Met,Not met,Total/);
    assert.ok(enLines.some((l) => l.startsWith('Categories,School,1,1,,,2')), enLines.join('\n'));
    const xlsx = await coordinator.get('key-partners/summary/export', { query: { format: 'xlsx', lang: 'en' } });
    assert.equal(xlsx.status, 200, xlsx.describe());
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    assertError(await (await as('facilitator')).get('key-partners/summary/export'), 403, 'forbidden');
    for (const [client, id] of [[practitioner, ids[0]], [manager, ids[1]]]) assert.equal((await client.del(`key-partners/${id}`)).status, 204);
  });
});

// Referral agreements (seed 004): either side's managers record and change them; both sides and
// the coordinators of their programs read them; a third organization does not; bad bodies name
// their field and write nothing; an active agreement past its review date is flagged.
describe('referral agreements', () => {
  const uniqHow = `Appel direct ${Math.random().toString(36).slice(2)}`;
  let third; // the manager of Les Maisons voisines d'Ahuntsic
  before(async () => {
    third = await as('pg.maisons-ah@demo.filet');
  });
  function agreement(extra = {}) {
    return {
      other_organization_id: accueilSL.id,
      contacts: [{ name: 'Line Tremblay', role: 'Coordonnatrice', phone: '514-555-0101' }],
      other_contacts: [{ name: 'Marc Gagnon', role: 'Intervenant', email: 'marc@accueil.example' },
        { name: 'Accueil', role: 'Réception', phone: '514-555-0199' }],
      what_is_shared: 'Les coordonnées de la famille, avec son consentement',
      how_to_refer: 'Appel à la personne-ressource, puis accompagnement à la première rencontre',
      starts_on: '2026-01-15', review_on: '2026-06-15', status: 'active',
      ...extra,
    };
  }

  test('recorded by one side’s manager, read and changed by the other side, hidden from a third organization', async () => {
    const made = assertCreated(await manager.post('referral-agreements', agreement()));
    assert.equal(made.organization_id, mfmn.id);
    assert.equal(made.other_organization_name, accueilSL.name);
    assert.equal(made.review_due, true, 'active and past its review date');
    assert.deepEqual(made.contacts, [{ name: 'Line Tremblay', role: 'Coordonnatrice', phone: '514-555-0101', email: '' }]);
    assert.deepEqual(made.other_contacts.map((c) => c.name), ['Marc Gagnon', 'Accueil'], 'each side’s contacts, in order');
    assert.equal(made.editable, true);
    // The other side reads it and its manager changes it; its practitioner only reads.
    const seen = await managerSL.get(`referral-agreements/${made.id}`);
    assert.equal(seen.status, 200, seen.describe());
    assert.equal(seen.json.editable, true);
    assert.ok(assertList(await practitionerSL.get('referral-agreements', { query: { per_page: 200 } })).items.some((a) => a.id === made.id));
    assert.equal((await practitionerSL.get(`referral-agreements/${made.id}`)).json.editable, false);
    assertError(await practitionerSL.patch(`referral-agreements/${made.id}`, { status: 'ended' }), 403, 'forbidden');
    assertError(await practitioner.post('referral-agreements', agreement()), 403, 'forbidden');
    const changed = await managerSL.patch(`referral-agreements/${made.id}`, {
      review_on: '2099-01-15', other_contacts: [{ name: 'Julie Côté', email: 'julie@accueil.example' }], version: made.version,
    });
    assert.equal(changed.status, 200, changed.describe());
    assert.equal(changed.json.review_due, false);
    assert.deepEqual(changed.json.other_contacts.map((c) => c.name), ['Julie Côté'], 'the side’s list replaced');
    assert.equal(changed.json.contacts.length, 1, 'the other side’s untouched');
    assert.equal(changed.json.version, 2);
    const stale = await manager.patch(`referral-agreements/${made.id}`, { status: 'ended', version: made.version });
    assert.equal(stale.status, 409, stale.describe());
    assert.equal(stale.json.error.current.review_on, '2099-01-15');
    assertError(await manager.patch(`referral-agreements/${made.id}`, { other_organization_id: mfmn.id }), 422, 'validation_failed', ['other_organization_id']);
    // The coordinator reads it; a third organization does not find it.
    assert.equal((await coordinator.get(`referral-agreements/${made.id}`)).status, 200);
    assertError(await coordinator.patch(`referral-agreements/${made.id}`, { status: 'ended' }), 403, 'forbidden');
    assertError(await third.get(`referral-agreements/${made.id}`), 404, 'not_found');
    assertError(await third.patch(`referral-agreements/${made.id}`, { status: 'ended' }), 404, 'not_found');
    assert.ok(!assertList(await third.get('referral-agreements', { query: { per_page: 200 } })).items.some((a) => a.id === made.id));
    const audit = assertList(await (await as('admin')).get('audit', { query: { entity: 'referral_agreement', per_page: 200 } }));
    assert.deepEqual(audit.items.filter((e) => e.entity_id === made.id).map((e) => e.action).sort(), ['create', 'update']);
  });

  test('bad bodies name their field, in French and English, and write nothing', async () => {
    const count = async () => assertList(await manager.get('referral-agreements', { query: { per_page: 200 } })).total;
    const before = await count();
    for (const [body, field] of [
      [agreement({ other_organization_id: mfmn.id }), 'other_organization_id'],
      [agreement({ other_organization_id: '00000000-0000-4000-8000-00000000dead' }), 'other_organization_id'],
      [agreement({ review_on: '2026-01-01' }), 'review_on'],
      [agreement({ contacts: [{ name: 'Line Tremblay' }] }), 'contacts[0].phone'],
      [agreement({ other_contacts: [{ name: 'Marc', email: 'pas un courriel' }] }), 'other_contacts[0].email'],
      [agreement({ other_contacts: [{ role: 'Intervenant', phone: '514-555-0101' }] }), 'other_contacts[0].name'],
      [agreement({ contacts: Array(6).fill({ name: 'Line', phone: '514-555-0101' }) }), 'contacts'],
      [agreement({ contacts: 'Line' }), 'contacts'],
      [agreement({ status: 'signed' }), 'status'],
      [agreement({ starts_on: undefined }), 'starts_on'],
      [agreement({ what_is_shared: 'x'.repeat(2001) }), 'what_is_shared'],
    ]) {
      const e = assertError(await manager.post('referral-agreements', body), [400, 422], undefined, [field]);
      const named = e.fields.find((f) => f.field === field);
      assert.notEqual(named.message_fr, named.message_en);
    }
    assert.equal(await count(), before);
    const made = assertCreated(await manager.post('referral-agreements', agreement({ status: 'draft' })));
    assertError(await manager.patch(`referral-agreements/${made.id}`, { review_on: '2025-01-01' }), 422, 'validation_failed', ['review_on']);
    assert.equal((await manager.get(`referral-agreements/${made.id}`)).json.version, 1);
  });

  test('the agreements one reads download as CSV and XLSX, with each side’s contacts; audited', async () => {
    const made = assertCreated(await manager.post('referral-agreements', agreement({ how_to_refer: uniqHow })));
    const csv = await managerSL.get('referral-agreements/export', { query: { format: 'csv', lang: 'fr' } });
    assert.equal(csv.status, 200, csv.describe());
    assert.match(csv.headers.get('content-disposition'), /attachment; filename="ententes-de-referencement\.csv"/);
    const line = csv.text.split('\n').find((l) => l.includes(uniqHow));
    assert.ok(line, 'the other side exports it too');
    assert.match(line, /Line Tremblay \(Coordonnatrice\), 514-555-0101/);
    assert.match(line, /Marc Gagnon \(Intervenant\), marc@accueil\.example ; Accueil \(Réception\), 514-555-0199/);
    assert.match(csv.text.split('\n')[0], /Personnes-ressources de l’autre organisme/);
    const en = await managerSL.get('referral-agreements/export', { query: { format: 'csv', lang: 'en' } });
    assert.match(en.text.split('\n')[0], /The other organization’s contact people/);
    const xlsx = await managerSL.get('referral-agreements/export', { query: { format: 'xlsx' } });
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    // A third organization's export holds none of them.
    const other = await third.get('referral-agreements/export', { query: { format: 'csv' } });
    assert.ok(!other.text.includes(uniqHow));
    assertError(await manager.get('referral-agreements/export', { query: { format: 'pdf' } }), 400, 'bad_query', ['format']);
    const audit = assertList(await (await as('admin')).get('audit', { query: { entity: 'referral_agreement', action: 'export', per_page: 5 } }));
    assert.ok(audit.items.length >= 1);
    assert.ok(made.id);
  });
});
