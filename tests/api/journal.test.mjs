// The outreach and networking journal: recording (an id made by the phone, resent safely),
// bad input on every field (a clear FR/EN error naming it, nothing written), versions (409 on a
// stale one, the previous version kept), the editing window, who sees what (de-identified
// outside the organization, nothing for admins), the managers' CSV / XLSX exports, the audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { as, assertError, assertList, uniq } from './helpers.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n) => new Date(Date.now() - n * 24 * 3600 * 1000).toISOString().slice(0, 10);

function outreach(place, extra = {}) {
  return { entry_date: today(), duration_minutes: 45, place, place_type: 'park', strategy: 'parks', parents_reached: 4, fathers_reached: 1, children_seen: 3, new_families: 1, efficacy: 3, note: 'Note de test', ...extra };
}
function networking(name, extra = {}) {
  return { entry_date: today(), partner_name: name, category: 'round_tables', activity: 'meeting', participants: 'both', efficacy: 4, ...extra };
}

/** Rows of a list whose search text (the place, the organization reached) holds `q`. */
async function count(client, kind, q) {
  return assertList(await client.get(`journal/${kind}`, { query: { q, per_page: 200 } })).total;
}

test('a practitioner records an outreach entry; resending the same id makes no second row', async () => {
  const practitioner = await as('practitioner');
  const place = uniq('Parc du renvoi');
  const id = randomUUID();
  const first = await practitioner.post('journal/outreach', { id, ...outreach(place) });
  assert.equal(first.status, 201, first.describe());
  assert.equal(first.json.id, id);
  assert.equal(first.json.worker_id, practitioner.user.id);
  assert.equal(first.json.organization_id, practitioner.user.memberships[0].organization_id);
  assert.equal(first.json.version, 1);
  assert.equal(first.json.editable, true);
  assert.equal(first.json.note, 'Note de test');
  const again = await practitioner.post('journal/outreach', { id: id.toUpperCase(), ...outreach(place, { parents_reached: 9 }) });
  assert.equal(again.status, 201, again.describe());
  assert.deepEqual(again.json, first.json, 'the first record, as stored');
  assert.equal(await count(practitioner, 'outreach', place), 1);
  // The same id from another organization is refused, not read.
  const other = await as('practitionerSL');
  assertError(await other.post('journal/outreach', { id, ...outreach(place) }), 409, 'conflict', ['id']);
  assert.equal(await count(practitioner, 'outreach', place), 1);
});

const OUTREACH_BAD = [
  ['entry_date', { entry_date: '2026-02-30' }],
  ['entry_date', { entry_date: null }],
  ['duration_minutes', { duration_minutes: 0 }],
  ['duration_minutes', { duration_minutes: 'une heure' }],
  ['territory_id', { territory_id: 'nulle-part' }],
  ['territory_id', { territory_id: '00000000-0000-4000-8000-000000000000' }],
  ['place', { place: 'x'.repeat(201) }],
  ['place_type', { place_type: 'fusee' }],
  ['strategy', { strategy: 'porte_a_porte' }],
  ['strategy', { strategy: '' }],
  ['parents_reached', { parents_reached: -1 }],
  ['fathers_reached', { fathers_reached: 5 }],
  ['children_seen', { children_seen: 1.5 }],
  ['new_families', { new_families: 'deux' }],
  ['efficacy', { efficacy: 5 }],
  ['efficacy', { efficacy: 0 }],
  ['note', { note: 'n'.repeat(2001) }],
  ['organization_id', { organization_id: '00000000-0000-4000-8000-000000000000' }],
  ['id', { id: 'pas-un-uuid' }],
];
const NETWORKING_BAD = [
  ['entry_date', { entry_date: '07/12/2026' }],
  ['partner_organization_id', { partner_organization_id: '00000000-0000-4000-8000-000000000000', partner_name: null }],
  ['partner_organization_id', { partner_name: null }],
  ['partner_name', { partner_name: 'x'.repeat(201) }],
  ['category', { category: 'voisins' }],
  ['activity', { activity: '' }],
  ['participants', { participants: 'tout le monde' }],
  ['efficacy', { efficacy: 'très' }],
  ['note', { note: 'n'.repeat(2001) }],
];

test('bad input on every field of both bodies: a clear error naming it in French and English, nothing written', async () => {
  const practitioner = await as('practitioner');
  for (const [kind, bad, make] of [['outreach', OUTREACH_BAD, outreach], ['networking', NETWORKING_BAD, networking]]) {
    for (const [field, change] of bad) {
      const marker = uniq(`Refus ${field}`);
      const body = { ...make(marker), ...change };
      const res = await practitioner.post(`journal/${kind}`, body);
      assert.ok([403, 409, 422].includes(res.status), `${kind} ${field} ${JSON.stringify(change)}: ${res.describe()}`);
      if (res.status === 422) {
        const named = res.json.error.fields.find((f) => f.field === field);
        assert.ok(named, `${kind} ${JSON.stringify(change)} names ${field}: ${res.describe()}`);
        assert.ok(named.message_fr.length > 10 && named.message_en.length > 10, `${field}: messages in both languages`);
        assert.notEqual(named.message_fr, named.message_en);
      } else {
        assertError(res, 403, 'forbidden'); // another organization's id: not the practitioner's to record for
        assert.equal(field, 'organization_id');
      }
      assert.equal(await count(practitioner, kind, marker), 0, `${kind} ${field}: nothing written`);
    }
  }
  // A required field missing, an unknown one, the wrong JSON type of body.
  assertError(await practitioner.post('journal/outreach', { entry_date: today() }), 422, 'validation_failed', ['duration_minutes', 'place_type', 'strategy', 'efficacy']);
  assertError(await practitioner.post('journal/outreach', { ...outreach(uniq('Inconnu')), colour: 'blue' }), 422, 'unknown_field');
  assertError(await practitioner.post('journal/networking', [1, 2]), [400, 422]);
  // The labels name the fields as the forms do.
  const fathers = await practitioner.post('journal/outreach', outreach(uniq('Pères'), { parents_reached: 1, fathers_reached: 2 }));
  const message = fathers.json.error.fields.find((f) => f.field === 'fathers_reached');
  assert.match(message.message_fr, /pères ou figures paternelles.*parents rejoints/);
  assert.match(message.message_en, /fathers or father figures.*parents reached/);
  const both = await practitioner.post('journal/networking', networking(uniq('Deux')));
  assert.equal(both.status, 201, both.describe());
  // Changes are checked the same way: a bad one changes nothing.
  for (const [field, change] of OUTREACH_BAD.filter(([f]) => !['organization_id', 'id'].includes(f))) {
    const entry = (await practitioner.post('journal/outreach', outreach(uniq('Changement')))).json;
    const res = await practitioner.patch(`journal/outreach/${entry.id}`, { ...change, version: entry.version });
    assert.equal(res.status, 422, `PATCH ${field}: ${res.describe()}`);
    assert.deepEqual((await practitioner.get(`journal/outreach/${entry.id}`)).json, entry, `PATCH ${field}: nothing changed`);
  }
  assertError(await practitioner.patch(`journal/networking/${both.json.id}`, { organization_id: both.json.organization_id }), 422, 'unknown_field');
});

test('a stale version is a 409 with the entry as it is; every change keeps the version before it', async () => {
  const practitioner = await as('practitioner');
  const manager = await as('manager');
  const entry = (await practitioner.post('journal/networking', networking(uniq('Versions')))).json;
  const changed = await manager.patch(`journal/networking/${entry.id}`, { efficacy: 2, version: 1 });
  assert.equal(changed.status, 200, changed.describe());
  assert.equal(changed.json.version, 2);
  const stale = await practitioner.patch(`journal/networking/${entry.id}`, { efficacy: 4, version: 1 });
  assertError(stale, 409, 'version_conflict');
  assert.equal(stale.json.error.current.version, 2);
  assert.equal(stale.json.error.current.efficacy, 2);
  assert.equal((await practitioner.get(`journal/networking/${entry.id}`)).json.efficacy, 2);
  const admin = await as('admin');
  const audit = assertList(await admin.get('audit', { query: { entity: 'networking_entry', per_page: 200 } })).items
    .filter((e) => e.entity_id === entry.id).map((e) => e.action);
  assert.deepEqual(audit.sort(), ['create', 'update']);
});

test('a practitioner changes their own entries for 7 days; then managers only', async () => {
  const practitioner = await as('practitioner');
  const manager = await as('manager');
  const old = (await practitioner.post('journal/outreach', outreach(uniq('Ancienne'), { entry_date: daysAgo(10) }))).json;
  assert.equal(old.editable, false);
  assertError(await practitioner.patch(`journal/outreach/${old.id}`, { parents_reached: 6, version: old.version }), 403, 'editing_window_closed');
  const fixed = await manager.patch(`journal/outreach/${old.id}`, { parents_reached: 6, version: old.version });
  assert.equal(fixed.status, 200, fixed.describe());
  assert.equal(fixed.json.parents_reached, 6);
  // A fresh entry cannot be moved back out of the window by its worker.
  const fresh = (await practitioner.post('journal/outreach', outreach(uniq('Récente')))).json;
  assertError(await practitioner.patch(`journal/outreach/${fresh.id}`, { entry_date: daysAgo(30) }), 403, 'editing_window_closed');
  // Dates in the future are refused.
  const future = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  assertError(await practitioner.post('journal/outreach', outreach(uniq('Futur'), { entry_date: future })), 422, 'validation_failed', ['entry_date']);
});

test('outside its organization an entry is de-identified; admins and facilitators see no journal', async () => {
  const practitioner = await as('practitioner');
  const place = uniq('Parc désidentifié');
  const entry = (await practitioner.post('journal/outreach', outreach(place))).json;
  for (const role of ['coordinator', 'evaluator']) {
    const client = await as(role);
    const seen = await client.get(`journal/outreach/${entry.id}`);
    assert.equal(seen.status, 200, seen.describe());
    assert.equal(seen.json.note, null, `${role}: no note`);
    assert.equal(seen.json.worker_id, null, `${role}: no worker`);
    assert.equal(seen.json.worker_name, null, `${role}: no worker name`);
    assert.equal(seen.json.parents_reached, 4);
    const listed = assertList(await client.get('journal/outreach', { query: { q: place } }));
    assert.equal(listed.total, 1);
    assert.equal(listed.items[0].note, null);
    // Filtering by a worker reaches only organizations read identified: none here.
    assert.equal(assertList(await client.get('journal/outreach', { query: { worker_id: practitioner.user.id } })).total, 0);
  }
  assertError(await (await as('practitionerSL')).get(`journal/outreach/${entry.id}`), 404, 'not_found');
  for (const role of ['admin', 'facilitator']) {
    const client = await as(role);
    assertError(await client.get('journal/outreach'), 403, 'forbidden');
    assertError(await client.get(`journal/networking/${entry.id}`), 403, 'forbidden');
  }
});

test('lists filter by period, strategy, territory and worker, sort by their keys, and refuse bad filters', async () => {
  const practitioner = await as('practitioner');
  const manager = await as('manager');
  const territory = assertList(await manager.get('territories', { query: { q: 'Montréal-Nord', per_page: 1 } })).items[0];
  const place = uniq('Filtres');
  await practitioner.post('journal/outreach', outreach(place, { strategy: 'streets', place_type: 'street', territory_id: territory.id, entry_date: daysAgo(2) }));
  await manager.post('journal/outreach', outreach(place, { strategy: 'schools', place_type: 'school', entry_date: daysAgo(1) }));
  const list = (query) => manager.get('journal/outreach', { query: { q: place, ...query } });
  assert.equal(assertList(await list({})).total, 2);
  assert.equal(assertList(await list({ strategy: 'streets' })).total, 1);
  assert.equal(assertList(await list({ territory_id: territory.id })).total, 1);
  assert.equal(assertList(await list({ worker_id: practitioner.user.id })).total, 1);
  assert.equal(assertList(await list({ from: daysAgo(1), to: today() })).total, 1);
  assert.equal(assertList(await list({ sort: 'entry_date' })).items[0].strategy, 'streets');
  assert.equal(assertList(await list({ sort: '-entry_date' })).items[0].strategy, 'schools');
  assert.equal(assertList(await list({})).items[0].strategy, 'schools', 'newest first by default');
  assertError(await list({ from: 'hier' }), 400, 'bad_query', ['from']);
  assertError(await list({ worker_id: 'moi' }), 400, 'bad_query', ['worker_id']);
  assertError(await list({ sort: 'note' }), 400, 'bad_query', ['sort']);
});

test('managers download their organization’s entries as CSV and XLSX, with French or English headers', async () => {
  const practitioner = await as('practitioner');
  const manager = await as('manager');
  const place = uniq('Parc exporté');
  await practitioner.post('journal/outreach', outreach(place, { note: '=2+3' }));
  const fr = await manager.get('journal/exports/outreach', { query: { format: 'csv', lang: 'fr', from: today() } });
  assert.equal(fr.status, 200, fr.describe());
  assert.match(fr.headers.get('content-type'), /text\/csv/);
  const header = fr.text.replace(/^\uFEFF/, '').split('\r\n')[0];
  assert.match(header, /^Date;Organisme;Intervenant\.e;.*Stratégie;.*Efficacité/);
  const row = fr.text.split('\r\n').find((l) => l.includes(place));
  assert.ok(row, 'the entry is in the file');
  assert.match(row, /Présence dans les parcs/, 'labels, not codes');
  assert.match(row, /'=2\+3/, 'a formula is defused');
  const en = await manager.get('journal/exports/networking', { query: { format: 'csv', lang: 'en' } });
  assert.equal(en.status, 200, en.describe());
  assert.match(en.text.replace(/^\uFEFF/, '').split('\r\n')[0], /^Date,Organization,Worker,Organization reached,Category/);
  const xlsx = await manager.get('journal/exports/outreach', { query: { format: 'xlsx', lang: 'en' } });
  assert.equal(xlsx.status, 200, xlsx.describe());
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  // Another organization's manager does not get them.
  const other = await (await as('managerSL')).get('journal/exports/outreach', { query: { format: 'csv', lang: 'fr' } });
  assert.equal(other.status, 200);
  assert.ok(!other.text.includes(place), 'only their own organization');
  assertError(await practitioner.get('journal/exports/outreach', { query: { format: 'csv' } }), 403, 'forbidden');
  assertError(await manager.get('journal/exports/outreach', { query: { format: 'pdf' } }), 400, 'bad_query', ['format']);
});
