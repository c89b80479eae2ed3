// Reference lists: every account reads them; admins add, edit, retire and restore entries; codes
// never change; bad input is refused naming the field, in French and English, with nothing written;
// every change is audited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Client, as, assertError, assertList } from './helpers.mjs';

const ROLES = ['admin', 'coordinator', 'evaluator', 'manager', 'practitioner', 'facilitator'];

/** A code no earlier run used (codes are permanent, so tests never reuse one). */
function newCode(prefix = 'entry') {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

async function entries(client, key, query) {
  const res = await client.get(`reference-lists/${key}`, { query });
  assert.equal(res.status, 200, res.describe());
  return res.json;
}

async function auditActions(admin, entityId) {
  const res = await admin.get('audit', { query: { entity: 'reference_entry', per_page: 200 } });
  return assertList(res).items.filter((e) => e.entity_id === entityId).map((e) => e.action).reverse();
}

test('every signed-in role reads the lists and seed 003’s strategies in order; anonymous cannot', async () => {
  for (const role of ROLES) {
    const client = await as(role);
    const lists = assertList(await client.get('reference-lists'));
    const strategies = lists.items.find((l) => l.key === 'outreach_strategy');
    assert.ok(strategies, `${role}: outreach_strategy listed`);
    assert.equal(strategies.name_fr, 'Stratégies de démarchage');
    assert.equal(strategies.name_en, 'Outreach strategies');
    assert.ok(strategies.active_count >= 11, `${role}: counts`);
    for (const key of ['organization_category', 'networking_activity', 'vulnerability_factor', 'accompaniment_element',
      'accompaniment_obstacle', 'contact_mode', 'family_closing_reason', 'service_gap_reason', 'referral_decline_reason',
      'efficacy_rating', 'outreach_place_type'])
      assert.ok(lists.items.some((l) => l.key === key), `${role}: ${key} listed`);
    const list = await entries(client, 'outreach_strategy');
    assert.deepEqual(list.entries.slice(0, 4).map((e) => e.code), ['social_media', 'community_organizations', 'collective_activities', 'parks']);
    assert.equal(list.entries[3].label_fr, 'Présence dans les parcs');
    assert.equal(list.entries[3].label_en, 'Presence in parks');
    assert.ok(list.entries.every((e) => e.retired === false), `${role}: only offered entries by default`);
  }
  const anonymous = new Client('anonymous');
  assertError(await anonymous.get('reference-lists'), 401, 'unauthenticated');
  assertError(await anonymous.get('reference-lists/outreach_strategy'), 401, 'unauthenticated');
});

test('unknown lists and codes are 404; retired entries on request are for admins only', async () => {
  const admin = await as('admin');
  const practitioner = await as('practitioner');
  assertError(await admin.get('reference-lists/no_such_list'), 404, 'not_found');
  assertError(await admin.get('reference-lists/NOT-A-KEY'), 404, 'not_found');
  assertError(await admin.get('reference-lists/contact_mode/entries/carrier_pigeon'), 404, 'not_found');
  assertError(await admin.post('reference-lists/no_such_list/entries', { code: newCode(), label_fr: 'x', label_en: 'x' }), 404, 'not_found');
  assertError(await admin.patch('reference-lists/contact_mode/entries/carrier_pigeon', { label_fr: 'Pigeon' }), 404, 'not_found');
  assertError(await practitioner.get('reference-lists/contact_mode', { query: { include_retired: 'true' } }), 403, 'forbidden');
  assertError(await admin.get('reference-lists/contact_mode', { query: { include_retired: 'yes' } }), 400, 'bad_query');
  assert.equal((await admin.get('reference-lists/contact_mode', { query: { include_retired: 'true' } })).status, 200);
});

test('only admins add or change entries', async () => {
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const client = await as(role);
    assertError(await client.post('reference-lists/contact_mode/entries', { code: newCode(), label_fr: 'x', label_en: 'x' }), 403, 'forbidden');
    assertError(await client.patch('reference-lists/contact_mode/entries/phone', { retired: true }), 403, 'forbidden');
  }
  const phone = await entries(await as('admin'), 'contact_mode');
  assert.ok(phone.entries.some((e) => e.code === 'phone'), 'phone still offered');
});

test('an admin adds an entry, edits it, retires and restores it: the code never changes, every step audited', async () => {
  const admin = await as('admin');
  const practitioner = await as('practitioner');
  const code = newCode('video_call');
  const created = await admin.post('reference-lists/contact_mode/entries', {
    code, label_fr: 'Appel vidéo', label_en: 'Video call', description_fr: 'Par visioconférence',
  });
  assert.equal(created.status, 201, created.describe());
  assert.equal(created.json.code, code);
  assert.equal(created.json.built_in, false);
  assert.equal(created.json.created_by, admin.user.id);
  let list = await entries(practitioner, 'contact_mode');
  assert.equal(list.entries.at(-1).code, code, 'a new entry goes last and is offered to everyone');

  const edited = await admin.patch(`reference-lists/contact_mode/entries/${code}`, { label_fr: 'Appel en vidéo', label_en: 'Video call (app)' });
  assert.equal(edited.status, 200, edited.describe());
  assert.equal(edited.json.code, code);
  assert.equal(edited.json.label_fr, 'Appel en vidéo');
  assert.equal(edited.json.description_fr, 'Par visioconférence', 'absent fields stay');

  const retired = await admin.patch(`reference-lists/contact_mode/entries/${code}`, { retired: true });
  assert.equal(retired.status, 200, retired.describe());
  assert.equal(retired.json.retired, true);
  assert.ok(retired.json.retired_at);
  list = await entries(practitioner, 'contact_mode');
  assert.ok(!list.entries.some((e) => e.code === code), 'a retired entry is not offered');
  const byCode = await practitioner.get(`reference-lists/contact_mode/entries/${code}`);
  assert.equal(byCode.status, 200, 'old records still read a retired entry by its code');
  assert.equal(byCode.json.retired, true);
  assert.equal(byCode.json.label_fr, 'Appel en vidéo');
  const all = await entries(admin, 'contact_mode', { include_retired: 'true' });
  assert.ok(all.entries.some((e) => e.code === code && e.retired), 'admins see it, marked retired');
  assert.ok(all.retired_count >= 1);

  const restored = await admin.patch(`reference-lists/contact_mode/entries/${code}`, { retired: false });
  assert.equal(restored.json.retired, false);
  assert.equal(restored.json.retired_at, null);
  list = await entries(practitioner, 'contact_mode');
  assert.ok(list.entries.some((e) => e.code === code), 'restored: offered again');

  assert.deepEqual(await auditActions(admin, created.json.id), ['create', 'update', 'retire', 'restore']);
  const log = assertList(await admin.get('audit', { query: { entity: 'reference_entry', per_page: 50 } }));
  const entry = log.items.find((e) => e.entity_id === created.json.id);
  assert.equal(entry.entity_name, 'Appel en vidéo', 'the audit log names the entry by its label today');
});

test('a duplicate code is a 409 naming the code, even against a retired entry; nothing is written', async () => {
  const admin = await as('admin');
  const twin = await admin.post('reference-lists/contact_mode/entries', { code: 'phone', label_fr: 'Tél.', label_en: 'Phone call' });
  const e = assertError(twin, 409, 'conflict', ['code']);
  assert.match(e.fields[0].message_fr, /code/);
  assert.match(e.fields[0].message_en, /code/);
  assert.equal((await admin.get('reference-lists/contact_mode/entries/phone')).json.label_fr, 'Téléphone');

  const code = newCode('retired_twin');
  assert.equal((await admin.post('reference-lists/contact_mode/entries', { code, label_fr: 'A', label_en: 'A' })).status, 201);
  assert.equal((await admin.patch(`reference-lists/contact_mode/entries/${code}`, { retired: true })).status, 200);
  assertError(await admin.post('reference-lists/contact_mode/entries', { code, label_fr: 'B', label_en: 'B' }), 409, 'conflict', ['code']);
  assert.equal((await admin.get(`reference-lists/contact_mode/entries/${code}`)).json.label_fr, 'A');
});

test('bad input on every field is refused naming the field in French and English; nothing is written', async () => {
  const admin = await as('admin');
  const before = await entries(admin, 'contact_mode', { include_retired: 'true' });
  const good = { label_fr: 'Bon', label_en: 'Good' };
  const cases = [
    [{ ...good }, 'code'],
    [{ ...good, code: '' }, 'code'],
    [{ ...good, code: 'Video Call' }, 'code'],
    [{ ...good, code: '9lives' }, 'code'],
    [{ ...good, code: `a${'b'.repeat(41)}` }, 'code'],
    [{ ...good, code: 42 }, 'code'],
    [{ code: newCode(), label_en: 'Good' }, 'label_fr'],
    [{ code: newCode(), label_fr: 'Bon' }, 'label_en'],
    [{ code: newCode(), label_fr: '   ', label_en: 'Good' }, 'label_fr'],
    [{ code: newCode(), label_fr: 'x'.repeat(201), label_en: 'Good' }, 'label_fr'],
    [{ code: newCode(), label_fr: 'Bon', label_en: ['Good'] }, 'label_en'],
    [{ ...good, code: newCode(), description_fr: 'x'.repeat(1001) }, 'description_fr'],
    [{ ...good, code: newCode(), description_en: { text: 'x' } }, 'description_en'],
    [{ ...good, code: newCode(), position: -1 }, 'position'],
    [{ ...good, code: newCode(), position: 'first' }, 'position'],
    [{ ...good, code: newCode(), position: 1.5 }, 'position'],
  ];
  for (const [body, field] of cases) {
    const res = await admin.post('reference-lists/contact_mode/entries', body);
    const e = assertError(res, [422], 'validation_failed', [field]);
    const f = e.fields.find((x) => x.field === field);
    assert.ok(f.message_fr.length > 5 && f.message_en.length > 5, `${field}: messages in both languages`);
  }
  assertError(await admin.post('reference-lists/contact_mode/entries', { ...good, code: newCode(), colour: 'red' }), 422, 'unknown_field', ['colour']);
  assertError(await admin.post('reference-lists/contact_mode/entries', '{"code":'), 400, 'malformed_json');

  const patches = [
    [{ label_fr: '' }, 'label_fr'],
    [{ label_en: null }, 'label_en'],
    [{ label_fr: 7 }, 'label_fr'],
    [{ description_en: 'y'.repeat(1001) }, 'description_en'],
    [{ position: 'last' }, 'position'],
    [{ position: null }, 'position'],
    [{ retired: 'yes' }, 'retired'],
  ];
  for (const [body, field] of patches) {
    assertError(await admin.patch('reference-lists/contact_mode/entries/phone', body), 422, 'validation_failed', [field]);
  }
  // Codes are never renamed: "code" is not a field of a change.
  assertError(await admin.patch('reference-lists/contact_mode/entries/phone', { code: 'telephone' }), 422, 'unknown_field', ['code']);

  const after = await entries(admin, 'contact_mode', { include_retired: 'true' });
  assert.deepEqual(after.entries.filter((e) => before.entries.some((b) => b.code === e.code)), before.entries,
    'no entry changed');
  assert.equal(after.entries.length, before.entries.length, 'no entry added');
});
