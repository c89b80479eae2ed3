// A facilitator's phone keeps attendance and the logbook when the room has no network, and sends
// them later as items of POST /api/v1/batch: each item passes its own route (the facilitator's
// rule, the version), a stale version comes back as a 409 with the current record, and the outbox
// is the journal recorders' and the facilitators' only.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, findOrg, uniq } from './helpers.mjs';

let coordinator;
let facilitator;
let practitioner;
let session;
let participants;

const item = (method, path, body) => ({ method, path: `/api/v1/${path}`, body });

before(async () => {
  [coordinator, facilitator, practitioner] = await Promise.all(['coordinator', 'facilitator', 'practitioner'].map((r) => as(r)));
  const mfmn = await findOrg(coordinator, 'Maison de la famille de Montréal-Nord');
  const group = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, name: uniq('Atelier hors ligne'), kind: 'co_development', facilitator_ids: [facilitator.user.id],
  }));
  participants = [];
  for (const label of ['PARENT-21', 'PARENT-22']) {
    participants.push(assertCreated(await coordinator.post('group-participants', {
      group_id: group.id, kind: 'parent', label, status: 'registered',
    })));
  }
  session = assertCreated(await coordinator.post('group-sessions', { group_id: group.id, number: 1, held_on: '2026-02-10' }));
});

test('attendance and the logbook kept offline arrive through the batch, in order', async () => {
  const attendance = (await facilitator.get(`group-sessions/${session.id}/attendance`)).json;
  const res = await facilitator.post('batch', {
    items: [
      item('PUT', `group-sessions/${session.id}/attendance`, {
        version: attendance.version, present: [participants[0].id], absent: [participants[1].id], children_in_care: 2, interpreters: 0, delivered_items: [],
      }),
      item('PUT', `group-sessions/${session.id}/logbook`, { notes: 'Notée hors ligne, envoyée au retour du réseau', trust_rating: 3, trust_comment: 'Bon climat' }),
    ],
  });
  assert.equal(res.status, 200, res.describe());
  assert.deepEqual(res.json.results.map((r) => r.status), [200, 200], JSON.stringify(res.json.results));
  const now = (await facilitator.get(`group-sessions/${session.id}/attendance`)).json;
  assert.deepEqual(now.present, [participants[0].id]);
  assert.equal(now.children_in_care, 2);
  assert.equal((await facilitator.get(`group-sessions/${session.id}/logbook`)).json.notes, 'Notée hors ligne, envoyée au retour du réseau');

  // The same attendance sent again over the version it was made against: a conflict, shown with
  // the attendance as it is now, and nothing changed.
  const again = await facilitator.post('batch', {
    items: [item('PUT', `group-sessions/${session.id}/attendance`, { version: attendance.version, present: [], absent: participants.map((p) => p.id) })],
  });
  assert.equal(again.status, 200, again.describe());
  assert.equal(again.json.results[0].status, 409);
  assert.deepEqual(again.json.results[0].body.error.current.present, [participants[0].id]);
  assert.deepEqual((await facilitator.get(`group-sessions/${session.id}/attendance`)).json.present, [participants[0].id]);
});

test('each item keeps its own route’s rules; the outbox is for recorders and facilitators', async () => {
  // A facilitator records no journal entry, batch or not.
  const res = await facilitator.post('batch', {
    items: [item('POST', 'journal/outreach', { entry_date: '2026-02-10', place: 'Parc', place_type: 'park', strategy: 'parks' })],
  });
  assert.equal(res.status, 200, res.describe());
  assert.equal(res.json.results[0].status, 403);
  // A practitioner does not take a group's attendance.
  const other = await practitioner.post('batch', { items: [item('PUT', `group-sessions/${session.id}/attendance`, { present: [] })] });
  assert.equal(other.status, 200, other.describe());
  assert.equal(other.json.results[0].status, 403);
  // Coordinators plan groups and read the journal, but keep no outbox.
  assertError(await coordinator.post('batch', { items: [item('PUT', `group-sessions/${session.id}/attendance`, { present: [] })] }), 403, 'forbidden');
  // A PUT of a route that may not wait offline is named.
  assertError(await facilitator.post('batch', { items: [item('PUT', 'me', {})] }), 422, 'validation_failed', ['items[0].path']);
});
