// Referrals (issue 12, first slice): a practitioner of Montréal-Nord refers a family to
// Saint-Léonard; without the family's consent to share with Saint-Léonard nothing is sent (only
// "information given"); Saint-Léonard's inbox shows the family's code, the needs and the message
// (never the family's id), and works the loop; the sender sees each step; a step the loop does
// not allow is refused naming `status`; bad bodies write nothing; a withdrawn consent cuts the
// receiver's access; coordinators, evaluators, facilitators and admins see no referral.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, assertList, findOrg } from './helpers.mjs';

let practitioner; // Maison de la famille de Montréal-Nord (the sender)
let manager; // same organization
let practitionerSL; // Accueil aux immigrants de Saint-Léonard (the receiver)
let managerSL;
let others; // coordinator, evaluator, facilitator, admin
let mfmn;
let accueilSL;
let needId;
const today = new Date().toISOString().slice(0, 10);

async function familyWithSharing(consenting) {
  const family = assertCreated(await practitioner.post('families', { adults: 1 }));
  if (consenting) {
    assertCreated(await practitioner.post('family-consents', {
      family_id: family.id, purpose: 'referral_sharing', partner_organization_id: accueilSL.id,
      given_on: today, given_how: 'written',
    }));
  }
  return family;
}

function body(family, extra = {}) {
  return {
    family_id: family.id, to_organization_id: accueilSL.id, need_ids: [needId], urgency: 'soon',
    message: 'Famille arrivée en mars, cherche une halte-garderie', personalised: true,
    contact_person: 'Mme Tremblay', accompanied: true, ...extra,
  };
}

async function step(client, referral, to, extra = {}) {
  return client.post(`referrals/${referral.id}/transitions`, { status: to, version: referral.version, ...extra });
}

async function countReferrals(client) {
  return assertList(await client.get('referrals', { query: { per_page: 200 } })).total;
}

before(async () => {
  [practitioner, manager, practitionerSL, managerSL] = await Promise.all(
    ['practitioner', 'manager', 'practitionerSL', 'managerSL'].map((r) => as(r)));
  others = await Promise.all(['coordinator', 'evaluator', 'facilitator', 'admin'].map(async (r) => [r, await as(r)]));
  mfmn = await findOrg(manager, 'Maison de la famille de Montréal-Nord');
  accueilSL = await findOrg(manager, 'Accueil aux immigrants de Saint-Léonard');
  const needs = (await practitioner.get('directory/needs')).json;
  needId = (needs.items ?? needs)[0].id;
});

describe('referrals', () => {
  test('with consent: sent, acknowledged and accepted by the receiver; the sender sees each step', async () => {
    const family = await familyWithSharing(true);
    let made = assertCreated(await practitioner.post('referrals', body(family)));
    assert.equal(made.status, 'draft');
    assert.equal(made.organization_id, mfmn.id);
    assert.equal(made.side, 'sender');
    assert.deepEqual(made.next_statuses, ['sent', 'information_only', 'cancelled']);
    // A draft is the sender's alone.
    assertError(await practitionerSL.get(`referrals/${made.id}`), 404, 'not_found');

    made = (await step(practitioner, made, 'sent')).json;
    assert.equal(made.status, 'sent');
    assert.equal(made.overdue, false);

    // The inbox: the family's code, needs and message; not the family's id nor its other records.
    const inbox = assertList(await practitionerSL.get('referrals', { query: { box: 'received', per_page: 200 } }));
    const seen = inbox.items.find((r) => r.id === made.id);
    assert.ok(seen, 'in the receiver’s inbox');
    assert.equal(seen.side, 'receiver');
    assert.equal(seen.family_id, null);
    assert.equal(seen.family_code, made.family_code);
    assert.deepEqual(seen.need_ids, [needId]);
    assert.equal(seen.message, made.message);
    assert.deepEqual(seen.next_statuses, ['acknowledged']);
    assertError(await practitionerSL.get(`families/${family.id}`), 404);
    assert.ok(!assertList(await practitioner.get('referrals', { query: { box: 'received', per_page: 200 } }))
      .items.some((r) => r.id === made.id), 'not in the sender’s inbox');

    let theirs = (await step(managerSL, seen, 'acknowledged')).json;
    assert.equal(theirs.status, 'acknowledged');
    assert.equal(theirs.days_to_acknowledgement, 0);
    theirs = (await step(practitionerSL, theirs, 'accepted')).json;
    assert.equal(theirs.status, 'accepted');
    theirs = (await step(practitionerSL, theirs, 'first_contact')).json;
    assert.equal(theirs.days_to_first_contact, 0);

    const mine = (await practitioner.get(`referrals/${made.id}`)).json;
    assert.equal(mine.status, 'first_contact');
    assert.equal(mine.family_id, family.id);
    const timeline = (await manager.get(`referrals/${made.id}/transitions`)).json;
    assert.deepEqual(timeline.transitions.map((t) => t.to_status),
      ['draft', 'sent', 'acknowledged', 'accepted', 'first_contact']);
    assert.deepEqual(timeline.transitions.map((t) => t.made_by_organization_id),
      [mfmn.id, mfmn.id, accueilSL.id, accueilSL.id, accueilSL.id]);
    assert.equal(timeline.transitions[0].from_status, null);

    // Every change is audited, with the organization that made it.
    const admin = others.find(([role]) => role === 'admin')[1];
    const audit = assertList(await admin.get('audit', { query: { entity: 'referral', per_page: 200 } }));
    const mineAudited = audit.items.filter((e) => e.entity_id === made.id);
    assert.deepEqual(mineAudited.map((e) => e.action).sort(), ['create', 'update', 'update', 'update', 'update']);
  });

  test('without consent nothing is sent: the referral can only record the information given', async () => {
    const family = await familyWithSharing(false);
    const made = assertCreated(await practitioner.post('referrals', body(family)));
    const refused = assertError(await step(practitioner, made, 'sent'), 422, 'validation_failed', ['status']);
    assert.equal(refused.fields[0].code, 'consent_missing');
    assert.equal((await practitioner.get(`referrals/${made.id}`)).json.status, 'draft');
    const informed = (await step(practitioner, made, 'information_only')).json;
    assert.equal(informed.status, 'information_only');
    assert.deepEqual(informed.next_statuses, []);
    assertError(await practitionerSL.get(`referrals/${made.id}`), 404);
    assert.ok(!assertList(await managerSL.get('referrals', { query: { per_page: 200 } }))
      .items.some((r) => r.id === made.id));
  });

  test('a step the loop does not allow is refused naming `status`, in French and English; nothing changes', async () => {
    const family = await familyWithSharing(true);
    let made = assertCreated(await practitioner.post('referrals', body(family)));
    made = (await step(practitioner, made, 'sent')).json;
    // The sender cannot answer for the receiver; the receiver cannot skip the acknowledgement.
    const e = assertError(await step(practitioner, made, 'acknowledged'), 422, 'validation_failed', ['status']);
    assert.match(e.fields[0].message_fr, /«\u00a0statut\u00a0» n’est pas permise \(cancelled\)/);
    assert.match(e.fields[0].message_en, /"status" is not allowed \(cancelled\)/);
    assertError(await step(practitionerSL, made, 'accepted'), 422, 'validation_failed', ['status']);
    let theirs = (await step(practitionerSL, made, 'acknowledged')).json;
    // Declining needs a reason from the list.
    assertError(await step(practitionerSL, theirs, 'declined'), 422, 'validation_failed', ['decline_reason']);
    assertError(await step(practitionerSL, theirs, 'declined', { decline_reason: 'too_busy' }), 422, 'validation_failed', ['decline_reason']);
    // A stale version is a 409 carrying the current referral.
    const stale = await step(practitionerSL, { ...theirs, version: theirs.version - 1 }, 'accepted');
    assert.equal(stale.status, 409, stale.describe());
    assert.equal(stale.json.error.current.status, 'acknowledged');
    theirs = (await step(practitionerSL, theirs, 'declined', { decline_reason: 'full_waiting_list', note: 'Liste d’attente de 6 mois' })).json;
    assert.equal(theirs.status, 'declined');
    assert.equal(theirs.decline_reason, 'full_waiting_list');
    assertError(await step(practitioner, { ...theirs }, 'cancelled'), 422, 'validation_failed', ['status']);
    assert.equal((await practitioner.get(`referrals/${made.id}`)).json.status, 'declined');
  });

  test('withdrawing the consent cuts the receiver’s access; the sender keeps the referral', async () => {
    const family = await familyWithSharing(true);
    let made = assertCreated(await practitioner.post('referrals', body(family)));
    made = (await step(practitioner, made, 'sent')).json;
    assert.equal((await practitionerSL.get(`referrals/${made.id}`)).status, 200);
    const consents = assertList(await practitioner.get('family-consents', { query: { family_id: family.id } }));
    const consent = consents.items.find((c) => c.purpose === 'referral_sharing');
    const withdrawn = await practitioner.patch(`family-consents/${consent.id}`, { withdrawn_on: today, version: consent.version });
    assert.equal(withdrawn.status, 200, withdrawn.describe());
    assertError(await practitionerSL.get(`referrals/${made.id}`), 404, 'not_found');
    assertError(await practitionerSL.get(`referrals/${made.id}/transitions`), 404, 'not_found');
    assertError(await step(practitionerSL, made, 'acknowledged'), 404, 'not_found');
    assert.ok(!assertList(await practitionerSL.get('referrals', { query: { box: 'received', per_page: 200 } }))
      .items.some((r) => r.id === made.id));
    assert.equal((await practitioner.get(`referrals/${made.id}`)).json.status, 'sent');
  });

  test('the inbox total follows the consent: withdrawn, given again, ending tomorrow', async () => {
    const inboxTotal = async () =>
      assertList(await practitionerSL.get('referrals', { query: { box: 'received', per_page: 1 } })).total;
    const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
    const family = await familyWithSharing(true);
    let made = assertCreated(await practitioner.post('referrals', body(family)));
    made = (await step(practitioner, made, 'sent')).json;
    const shared = await inboxTotal();
    const consent = assertList(await practitioner.get('family-consents', { query: { family_id: family.id } }))
      .items.find((c) => c.purpose === 'referral_sharing');
    const withdrawn = await practitioner.patch(`family-consents/${consent.id}`, { withdrawn_on: today, version: consent.version });
    assert.equal(withdrawn.status, 200, withdrawn.describe());
    assert.equal(await inboxTotal(), shared - 1);
    assertError(await practitionerSL.get(`referrals/${made.id}`), 404, 'not_found');
    // Given again (a second consent): shared again at once.
    const again = assertCreated(await practitioner.post('family-consents', {
      family_id: family.id, purpose: 'referral_sharing', partner_organization_id: accueilSL.id,
      given_on: today, given_how: 'verbal',
    }));
    assert.equal(await inboxTotal(), shared);
    assert.equal((await practitionerSL.get(`referrals/${made.id}`)).status, 200);
    // Withdrawn as of tomorrow: it still holds today.
    const ending = await practitioner.patch(`family-consents/${again.id}`, { withdrawn_on: tomorrow, version: again.version });
    assert.equal(ending.status, 200, ending.describe());
    assert.equal(await inboxTotal(), shared);
    assert.equal((await practitionerSL.get(`referrals/${made.id}`)).status, 200);
  });

  test('a draft changes only by its sender; the receiver and the family are fixed', async () => {
    const family = await familyWithSharing(true);
    const made = assertCreated(await practitioner.post('referrals', body(family)));
    const changed = await manager.patch(`referrals/${made.id}`, { urgency: 'urgent', version: made.version });
    assert.equal(changed.status, 200, changed.describe());
    assert.equal(changed.json.urgency, 'urgent');
    assert.equal(changed.json.version, made.version + 1);
    assertError(await practitioner.patch(`referrals/${made.id}`, { to_organization_id: mfmn.id }), 422);
    const stale = await practitioner.patch(`referrals/${made.id}`, { message: 'x', version: made.version });
    assert.equal(stale.status, 409, stale.describe());
    const sent = (await step(practitioner, changed.json, 'sent')).json;
    assertError(await practitioner.patch(`referrals/${made.id}`, { message: 'Plus tard' }), 422, 'validation_failed', ['status']);
    assertError(await managerSL.patch(`referrals/${made.id}`, { message: 'Pas à moi' }), 403, 'forbidden');
    assert.equal((await practitioner.get(`referrals/${sent.id}`)).json.message, made.message);
  });

  test('bad bodies name their field and write nothing', async () => {
    const family = await familyWithSharing(true);
    const before = await countReferrals(practitioner);
    const cases = [
      [{ ...body(family), urgency: 'hier' }, 'urgency'],
      [{ ...body(family), need_ids: [] }, 'need_ids'],
      [{ ...body(family), need_ids: ['00000000-0000-4000-8000-00000000dead'] }, 'need_ids'],
      [{ ...body(family), family_id: 'pas-un-id' }, 'family_id'],
      [{ ...body(family), family_id: '00000000-0000-4000-8000-00000000dead' }, 'family_id'],
      [{ ...body(family), to_organization_id: undefined }, 'to_organization_id'],
      [{ ...body(family), to_organization_id: '00000000-0000-4000-8000-00000000dead' }, 'to_organization_id'],
      [{ ...body(family), to_organization_id: mfmn.id }, 'to_organization_id'],
      [{ ...body(family), service_id: '00000000-0000-4000-8000-00000000dead' }, 'service_id'],
      [{ ...body(family), personalised: true, contact_person: '' }, 'contact_person'],
      [{ ...body(family), message: 'x'.repeat(2001) }, 'message'],
      [{ ...body(family), accompanied: 'oui' }, 'accompanied'],
      [{ ...body(family), status: 'sent' }, 'status'],
    ];
    for (const [b, field] of cases) {
      const e = assertError(await practitioner.post('referrals', b), 422, undefined, [field]);
      assert.ok(e.fields.every((f) => f.message_fr && f.message_en));
    }
    const made = assertCreated(await practitioner.post('referrals', body(family)));
    for (const [b, field] of [[{ status: 'nowhere' }, 'status'], [{}, 'status'], [{ status: 'sent', note: 'x'.repeat(1001) }, 'note'],
      [{ status: 'sent', extra: 1 }, 'extra']]) {
      assertError(await practitioner.post(`referrals/${made.id}/transitions`, b), 422, undefined, [field]);
    }
    assert.equal((await practitioner.get(`referrals/${made.id}`)).json.status, 'draft');
    assert.equal(await countReferrals(practitioner), before + 1);
  });

  test('another organization’s family cannot be referred; coordinators, evaluators, facilitators and admins see no referral', async () => {
    const family = await familyWithSharing(true);
    assertError(await managerSL.post('referrals', { ...body(family), to_organization_id: mfmn.id }), 422, 'validation_failed', ['family_id']);
    for (const [role, client] of others) {
      const res = await client.get('referrals');
      assertError(res, 403, 'forbidden');
      assert.ok(role);
    }
  });
});
