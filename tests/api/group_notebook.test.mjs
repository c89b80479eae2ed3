// Issue 11, items 1 and 5: a program's sessions in detail, their materials in the file store and
// the participant notebook. The coordinator describes a session and uploads materials (an allowed
// kind checked on the bytes, 10 MiB at most); downloads carry safe headers; another
// organization's manager finds neither the material nor the notebook; the notebook shows only the
// contacts of the participants who agreed; removing a material removes its download.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertCreated, assertError, findOrg, uniq } from './helpers.mjs';

let coordinator;
let facilitator;
let managerSL;
let practitioner;
let program;
let group;

const b64 = (text) => Buffer.from(text).toString('base64');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

before(async () => {
  [coordinator, facilitator, managerSL, practitioner] = await Promise.all(
    ['coordinator', 'facilitator', 'managerSL', 'practitioner'].map((r) => as(r)));
  const mfmn = await findOrg(coordinator, 'Maison de la famille de Montréal-Nord');
  program = assertCreated(await coordinator.post('group-programs', {
    organization_id: mfmn.id, name: uniq('Programme du cahier'), themes: ['Accueil', 'Le jeu', 'Bilan'],
    checklist: ['Tour de table', 'Synthèse'],
  }));
  group = assertCreated(await coordinator.post('groups', {
    organization_id: mfmn.id, program_id: program.id, name: uniq('Groupe du cahier'), kind: 'workshop_series',
    facilitator_ids: [facilitator.user.id],
  }));
  for (const [label, kind, shares, email, phone] of [
    ['Léa Partage', 'practitioner', true, 'lea@example.org', '514-555-0101'],
    ['Sam Discret', 'practitioner', false, 'sam@example.org', '514-555-0102'],
    ['CAHIER-01', 'parent', true, '', '514-555-0103'],
    ['CAHIER-02', 'parent', false, '', '514-555-0104'],
  ]) {
    assertCreated(await coordinator.post('group-participants', {
      group_id: group.id, kind, label, organization_id: kind === 'parent' ? null : mfmn.id, status: 'registered',
      shares_contact: shares, email, phone,
    }));
  }
  for (const [number, held_on] of [[1, '2026-02-10'], [2, '2026-03-10']])
    assertCreated(await coordinator.post('group-sessions', { group_id: group.id, number, held_on, place: 'Salle A' }));
});

describe('a program\'s sessions in detail', () => {
  test('a session is described, with versions and bilingual errors naming the field', async () => {
    const res = await coordinator.put(`group-programs/${program.id}/sessions/2`, {
      theme: 'Le jeu pour apprendre', description: 'Jouer avec son enfant', duration_minutes: 120,
      objectives: 'Découvrir des jeux simples', checklist: ['Démonstration', 'Essai en dyade'], version: program.version,
    });
    assert.equal(res.status, 200, res.describe());
    assert.deepEqual(res.json.themes, ['Accueil', 'Le jeu pour apprendre', 'Bilan']);
    assert.equal(res.json.sessions[1].duration_minutes, 120);
    assert.deepEqual(res.json.sessions[1].checklist, ['Démonstration', 'Essai en dyade']);
    assert.equal(res.json.version, program.version + 1);
    const stale = await coordinator.put(`group-programs/${program.id}/sessions/2`, { objectives: 'x y', version: program.version });
    assertError(stale, 409, 'version_conflict');
    assert.equal(stale.json.error.current.sessions[1].objectives, 'Découvrir des jeux simples');
    const bad = assertError(await coordinator.put(`group-programs/${program.id}/sessions/2`, { duration_minutes: 1, theme: 'x' }),
      422, 'validation_failed', ['duration_minutes', 'theme']);
    assert.match(bad.fields.find((f) => f.field === 'duration_minutes').message_fr, /durée/);
    assertError(await coordinator.put(`group-programs/${program.id}/sessions/9`, { objectives: 'Rien' }), 404, 'not_found');
    // Facilitators and evaluators read; they do not plan.
    assertError(await facilitator.put(`group-programs/${program.id}/sessions/1`, { objectives: 'Rien' }), 403, 'forbidden');
    program = (await coordinator.get(`group-programs/${program.id}`)).json;
  });

  test('a group\'s attendance is held to its session\'s own checklist', async () => {
    const sessions = (await facilitator.get('group-sessions', { query: { group_id: group.id } })).json.items;
    const second = sessions.find((s) => s.number === 2);
    assertError(await facilitator.put(`group-sessions/${second.id}/attendance`, { delivered_items: ['Tour de table'] }),
      422, 'validation_failed', ['delivered_items']);
    const ok = await facilitator.put(`group-sessions/${second.id}/attendance`, { delivered_items: ['Démonstration'] });
    assert.equal(ok.status, 200, ok.describe());
    const report = (await coordinator.get(`groups/${group.id}/report`)).json;
    assert.equal(report.fidelity_expected, 2);
    assert.equal(report.fidelity_delivered, 1);
  });
});

describe('materials', () => {
  let material;
  test('an allowed file is kept and downloaded with safe headers', async () => {
    const made = await coordinator.post(`group-programs/${program.id}/sessions/1/materials`, {
      name: 'Fiche séance 1.txt', content_base64: b64('Fiche de la rencontre\nObjectifs : se connaître.\n'),
    });
    material = assertCreated(made);
    assert.equal(material.content_type, 'text/plain; charset=utf-8');
    assert.equal(material.name, 'Fiche séance 1.txt');
    const down = await facilitator.get(`group-program-materials/${material.id}/download`);
    assert.equal(down.status, 200);
    assert.equal(down.text, 'Fiche de la rencontre\nObjectifs : se connaître.\n');
    assert.equal(down.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(down.headers.get('content-disposition'),
      'attachment; filename="Fiche s_ance 1.txt"; filename*=UTF-8\'\'Fiche%20s%C3%A9ance%201.txt');
    assert.equal(down.headers.get('x-content-type-options'), 'nosniff');
    assert.match(down.headers.get('cache-control'), /no-store/);
    const read = (await coordinator.get(`group-programs/${program.id}`)).json;
    assert.equal(read.sessions[0].materials[0].id, material.id);
  });

  test('a kind the store refuses is a 422 naming content_base64, whatever its name says', async () => {
    for (const [name, bytes] of [['photo.pdf', PNG], ['page.html', Buffer.from('<html><script></script></html>')],
      ['dessin.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')], ['outil.exe', Buffer.from('MZ\x90\x00')]]) {
      const e = assertError(await coordinator.post(`group-programs/${program.id}/sessions/1/materials`, {
        name, content_base64: bytes.toString('base64'),
      }), 422, 'validation_failed', ['content_base64']);
      assert.match(e.fields[0].message_fr, /PDF, PNG/);
      assert.match(e.fields[0].message_en, /recognized by its content/);
    }
    assertError(await coordinator.post(`group-programs/${program.id}/sessions/1/materials`, { name: 'a.txt', content_base64: '***' }),
      422, 'validation_failed', ['content_base64']);
  });

  test('a file over 10 MiB is a 413 with a bilingual message, the store\'s limit or the body\'s', async () => {
    const over = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const e = assertError(await coordinator.post(`group-programs/${program.id}/sessions/1/materials`, {
      name: 'gros.txt', content_base64: over.toString('base64'),
    }), 413, 'payload_too_large', ['content_base64']);
    assert.match(e.fields[0].message_fr, /10\u00A0Mio/);
    // Over the route's body limit: refused by the server before the body is read (it may then
    // close the connection while the client still sends, which fetch reports as an error).
    let huge = null;
    try {
      huge = await coordinator.post(`group-programs/${program.id}/sessions/1/materials`, {
        name: 'enorme.txt', content_base64: 'a'.repeat(15 * 1024 * 1024),
      });
    } catch {}
    if (huge) assertError(huge, 413, 'payload_too_large');
    const after = (await coordinator.get(`group-programs/${program.id}`)).json;
    assert.equal(after.sessions[0].materials.length, 1);
  });

  test('another organization\'s manager finds neither the material nor the notebook; practitioners do not work groups', async () => {
    assertError(await managerSL.get(`group-program-materials/${material.id}/download`), 404, 'not_found');
    assertError(await managerSL.del(`group-program-materials/${material.id}`), 404, 'not_found');
    assertError(await managerSL.get(`groups/${group.id}/notebook`), 404, 'not_found');
    assertError(await practitioner.get(`groups/${group.id}/notebook`), 403, 'forbidden');
  });

  test('the notebook shows the sessions with their materials and only the contacts shared', async () => {
    const book = (await facilitator.get(`groups/${group.id}/notebook`)).json;
    assert.equal(book.group_id, group.id);
    assert.equal(book.program_name, program.name);
    assert.deepEqual(book.sessions.map((s) => s.number), [1, 2]);
    assert.equal(book.sessions[0].materials[0].id, material.id);
    assert.equal(book.sessions[1].duration_minutes, 120);
    assert.deepEqual(book.contacts.map((c) => c.label).sort(), ['CAHIER-01', 'Léa Partage']);
    const lea = book.contacts.find((c) => c.label === 'Léa Partage');
    assert.equal(lea.email, 'lea@example.org');
    assert.equal(lea.organization_name, 'Maison de la famille de Montréal-Nord');
    const text = JSON.stringify(book);
    for (const hidden of ['Sam Discret', 'sam@example.org', 'CAHIER-02', '514-555-0104']) assert.ok(!text.includes(hidden), hidden);
  });

  test('a session holding materials is not dropped; a material removed is gone with its download', async () => {
    // Identical bytes kept twice (session 2 this time): removing one keeps the other's download.
    const twin = assertCreated(await coordinator.post(`group-programs/${program.id}/sessions/2/materials`, {
      name: 'copie.txt', content_base64: b64('Fiche de la rencontre\nObjectifs : se connaître.\n'),
    }));
    assertError(await coordinator.patch(`group-programs/${program.id}`, { themes: ['Accueil bis'] }), 422,
      'validation_failed', ['themes']);
    assertError(await facilitator.del(`group-program-materials/${material.id}`), 403, 'forbidden');
    assert.equal((await coordinator.del(`group-program-materials/${material.id}`)).status, 204);
    assertError(await coordinator.get(`group-program-materials/${material.id}/download`), 404, 'not_found');
    assert.equal((await coordinator.get(`group-program-materials/${twin.id}/download`)).status, 200);
    assert.equal((await coordinator.del(`group-program-materials/${twin.id}`)).status, 204);
    const res = await coordinator.patch(`group-programs/${program.id}`, { themes: ['Accueil bis'] });
    assert.equal(res.status, 200, res.describe());
    assert.equal(res.json.sessions.length, 1);
  });

  test('uploads and removals are audited', async () => {
    const admin = await as('admin');
    const log = (await admin.get('audit', { query: { entity: 'group_program_material', per_page: 100 } })).json;
    const actions = log.items.filter((e) => e.entity_id === material.id).map((e) => e.action).sort();
    assert.deepEqual(actions, ['create', 'delete']);
  });
});
