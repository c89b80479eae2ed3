// A parent participant of a group linked to a family of the journal (issue 11, item 2): only a
// parent's, only to a family the planner reads identified, only with the family's consent to
// group participation; seen only by readers of the family (its organization's manager here), a
// pseudonym to everyone else (the coordinator, the facilitator); withdrawing the consent removes
// the link's effect on the next read; every refusal names family_id and writes nothing; the audit
// log records the link.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, findOrg, uniq } from './helpers.mjs';

const today = new Date().toISOString().slice(0, 10);
let admin, manager, practitioner, practitionerSL, coordinator, facilitator;
let group, parent, practitionerParticipant, family, familySL, consent;

const participant = (who) => who.get(`group-participants/${parent.id}`);

before(async () => {
  [admin, manager, practitioner, practitionerSL, coordinator, facilitator] = await Promise.all(
    ['admin', 'manager', 'practitioner', 'practitionerSL', 'coordinator', 'facilitator'].map((r) => as(r)));
  const mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  group = assertCreated(await manager.post('groups', {
    organization_id: mfmn.id, name: `Ateliers parents ${uniq()}`, kind: 'workshop_series',
    facilitator_ids: [facilitator.user.id],
  }));
  parent = assertCreated(await manager.post('group-participants', {
    group_id: group.id, kind: 'parent', label: 'EP-MN-01', status: 'registered',
  }));
  practitionerParticipant = assertCreated(await manager.post('group-participants', {
    group_id: group.id, kind: 'practitioner', label: 'Léa Tremblay', organization_id: mfmn.id, status: 'registered',
  }));
  family = assertCreated(await practitioner.post('families', { adults: 1 }));
  // A family of another organization, consenting: still outside the manager's scope.
  familySL = assertCreated(await practitionerSL.post('families', { adults: 2 }));
  assertCreated(await practitionerSL.post('family-consents', {
    family_id: familySL.id, purpose: 'group_participation', given_on: today, given_how: 'written',
  }));
});

describe('a parent linked to a family of the journal', () => {
  test('refused without the consent, for an unknown family, a family outside the scope, a practitioner: naming family_id, nothing written', async () => {
    const before = (await participant(manager)).json;
    const cases = [
      [parent.id, family.id, 'consent_missing'],
      [parent.id, '00000000-0000-4000-8000-000000000000', 'not_found'],
      [parent.id, familySL.id, 'not_found'],
      [practitionerParticipant.id, family.id, 'invalid_value'],
    ];
    for (const [id, familyId, code] of cases) {
      const current = (await manager.get(`group-participants/${id}`)).json;
      const e = assertError(await manager.patch(`group-participants/${id}`, {
        version: current.version, family_id: familyId, status: 'withdrew',
      }), 422, 'validation_failed', ['family_id']);
      assert.equal(e.fields.find((f) => f.field === 'family_id').code, code, `${familyId}: ${JSON.stringify(e.fields)}`);
      const after = (await manager.get(`group-participants/${id}`)).json;
      assert.equal(after.version, current.version, 'nothing written');
      assert.equal(after.status, 'registered');
      assert.equal(after.family_id, null);
    }
    // On a new participant too.
    assertError(await manager.post('group-participants', {
      group_id: group.id, kind: 'parent', label: 'EP-MN-02', status: 'registered', family_id: family.id,
    }), 422, 'validation_failed', ['family_id']);
    const labels = (await manager.get('group-participants', { query: { group_id: group.id } })).json.items.map((p) => p.label);
    assert.deepEqual(labels.sort(), ['EP-MN-01', 'Léa Tremblay']);
    assert.equal(before.family_id, null);
  });

  test('with the consent the link is set, seen by the reader of the family only, and audited', async () => {
    consent = assertCreated(await practitioner.post('family-consents', {
      family_id: family.id, purpose: 'group_participation', given_on: today, given_how: 'verbal',
    }));
    const current = (await participant(manager)).json;
    const res = await manager.patch(`group-participants/${parent.id}`, { version: current.version, family_id: family.id });
    assert.equal(res.status, 200, res.describe());
    assert.equal(res.json.family_id, family.id);
    assert.equal(res.json.family_code, family.code);
    // Listed with it for the manager.
    const listed = (await manager.get('group-participants', { query: { group_id: group.id } })).json.items
      .find((p) => p.id === parent.id);
    assert.equal(listed.family_code, family.code);
    // The pseudonym only for those who do not read the family identified.
    for (const who of [coordinator, facilitator]) {
      const seen = await participant(who);
      assert.equal(seen.status, 200, seen.describe());
      assert.equal(seen.json.label, 'EP-MN-01');
      assert.equal(seen.json.family_id, null);
      assert.equal(seen.json.family_code, null);
    }
    // A coordinator's change of something else keeps the link they do not see.
    const c = (await participant(coordinator)).json;
    const changed = await coordinator.patch(`group-participants/${parent.id}`, { version: c.version, status: 'registered', phone: '514-555-0199' });
    assert.equal(changed.status, 200, changed.describe());
    assert.equal((await participant(manager)).json.family_id, family.id);
    const log = (await admin.get('audit', { query: { entity: 'group_family_link', per_page: 200 } })).json.items;
    assert.ok(log.some((e) => e.entity_id === parent.id && e.action === 'create'), JSON.stringify(log.slice(0, 3)));
  });

  test('cleared with null; withdrawing the consent removes the link from every read', async () => {
    let current = (await participant(manager)).json;
    let res = await manager.patch(`group-participants/${parent.id}`, { version: current.version, family_id: null });
    assert.equal(res.status, 200, res.describe());
    assert.equal(res.json.family_id, null);
    const log = (await admin.get('audit', { query: { entity: 'group_family_link', per_page: 200 } })).json.items;
    assert.ok(log.some((e) => e.entity_id === parent.id && e.action === 'delete'));
    res = await manager.patch(`group-participants/${parent.id}`, { version: res.json.version, family_id: family.id });
    assert.equal(res.json.family_id, family.id);

    const withdrawn = await practitioner.patch(`family-consents/${consent.id}`, { version: consent.version, withdrawn_on: today });
    assert.equal(withdrawn.status, 200, withdrawn.describe());
    current = (await participant(manager)).json;
    assert.equal(current.family_id, null, 'the withdrawn consent removes the link at once');
    assert.equal(current.family_code, null);
    const listed = (await manager.get('group-participants', { query: { group_id: group.id } })).json.items;
    assert.ok(listed.every((p) => p.family_id === null));
    // And it cannot be set again without a new consent.
    assertError(await manager.patch(`group-participants/${parent.id}`, { version: current.version, family_id: family.id }),
      422, 'validation_failed', ['family_id']);
  });
});
