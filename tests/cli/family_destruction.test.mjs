// Law 25's destruction reaches the database file and, with a key rotation, the backups (issue 9):
// a family with an identity is destroyed after a backup was taken; the live file (and its log)
// then holds neither its identity, nor its ciphertext, nor its wrapped key (SQLite secure_delete);
// `filet key rotate` wraps the remaining families' keys anew, after which the backup taken before
// opens the destroyed family's identity for nobody, while the live families' still open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filet, signIn, startServer, tempDir } from './lib.mjs';

const DOOMED = { names: 'Ophélie Brindamour-Xantippe', phone: '438-555-0142', address: '31, impasse des Effacées' };
const KEPT = { names: 'Léopoldine Vaillancourt-Quimper', phone: '450-555-0177' };

function sqlite(file, sql) {
  const r = spawnSync('sqlite3', [file, sql], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

async function stop(server) {
  server.child.kill('SIGTERM');
  await server.exited;
}

async function familyWithIdentity(manager, identity) {
  const created = await manager.call('POST', '/api/v1/families', { adults: 1 });
  const text = await created.text();
  assert.equal(created.status, 201, text);
  const family = JSON.parse(text);
  const sealed = await manager.call('PUT', `/api/v1/families/${family.id}/identity`, identity);
  assert.equal(sealed.status, 200, await sealed.text());
  return family;
}

test('a destroyed family leaves no trace in the file, and after a key rotation none in older backups', async () => {
  const dir = tempDir();
  const file = join(dir, 'filet.db');
  const db = `sqlite:${file}`;
  const key = join(dir, 'filet.key');
  assert.equal(filet(['key', 'init', '--key-file', key]).code, 0);
  // The demo seals its admin's sign-in secret and a few identities with that key.
  const made = filet(['demo', '--db', db, '--key-file', key]);
  assert.equal(made.code, 0, made.stderr);

  let server = await startServer(db, ['--key-file', key]);
  let doomed; let kept;
  const backup = join(dir, 'backup-before.db');
  try {
    const manager = await signIn(server.url, 'gestion.mn@demo.filet');
    doomed = await familyWithIdentity(manager, DOOMED);
    kept = await familyWithIdentity(manager, KEPT);
    const copied = filet(['backup', '--db', db, '--to', backup]);
    assert.equal(copied.code, 0, copied.stderr);
    const destroyed = await manager.call('POST', `/api/v1/families/${doomed.id}/destruction`, { code: doomed.code });
    assert.equal(destroyed.status, 204, await destroyed.text());
  } finally {
    await stop(server);
  }

  // What the backup holds of the destroyed family: its wrapped key and its ciphertext.
  const [wrapped, ciphertext] = sqlite(backup, 'SELECT k.wrapped_key || \'|\' || i.ciphertext FROM family_identities i ' +
    `JOIN family_identity_keys k ON k.family_id = i.family_id WHERE i.family_id = '${doomed.id}'`).split('|');
  assert.ok(wrapped && ciphertext, 'the backup holds the sealed identity');
  // The live file and its write-ahead log: none of it, nor of its plaintext.
  const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
  for (const needle of [wrapped, ciphertext, ...Object.values(DOOMED)])
    assert.equal(bytes.includes(Buffer.from(needle)), false, `the live database still holds ${needle.slice(0, 12)}…`);
  assert.equal(sqlite(file, `SELECT COUNT(*) FROM family_tombstones WHERE family_id = '${doomed.id}'`), '1');

  const identities = sqlite(file, 'SELECT COUNT(*) FROM family_identity_keys');
  const secrets = sqlite(file, 'SELECT COUNT(*) FROM two_factor');
  assert.ok(Number(secrets) >= 1, 'the demo admin\'s sign-in secret');
  const rotated = filet(['key', 'rotate', '--db', db, '--key-file', key]);
  assert.equal(rotated.code, 0, rotated.stderr);
  assert.match(rotated.stdout, new RegExp(`identities: ${identities}, sign-in secrets: ${secrets}`));
  assert.equal(existsSync(`${key}.next`), false);

  // Live: the kept family's identity opens with the new key and is found by name.
  server = await startServer(db, ['--key-file', key]);
  try {
    const manager = await signIn(server.url, 'gestion.mn@demo.filet');
    const identity = await manager.call('GET', `/api/v1/families/${kept.id}/identity`);
    assert.equal(identity.status, 200);
    assert.equal((await identity.json()).names, KEPT.names);
    const found = await (await manager.call('GET', '/api/v1/families?name=vaillancourt%20quimper')).json();
    assert.deepEqual(found.items.map((f) => f.id), [kept.id]);
  } finally {
    await stop(server);
  }

  // The backup taken before the destruction, with the current key: its identity opens for nobody.
  server = await startServer(`sqlite:${backup}`, ['--key-file', key]);
  try {
    const manager = await signIn(server.url, 'gestion.mn@demo.filet');
    const res = await manager.call('GET', `/api/v1/families/${doomed.id}/identity`);
    const text = await res.text();
    assert.notEqual(res.status, 200, text);
    assert.equal(text.includes(DOOMED.names), false);
  } finally {
    await stop(server);
  }
});

test('`filet retention run` destroys what is due and says how many', () => {
  const dir = tempDir();
  const file = join(dir, 'filet.db');
  const made = filet(['demo', '--db', `sqlite:${file}`]);
  assert.equal(made.code, 0, made.stderr);
  // Two demo families closed: one long ago (due), one two years ago (not under the 5-year default).
  const [a, b] = sqlite(file, "SELECT id FROM families WHERE status <> 'closed' ORDER BY id LIMIT 2").split('\n');
  sqlite(file, `UPDATE families SET status = 'closed', closing_reason = 'moved_away', closed_on = '2001-01-01' WHERE id = '${a}'`);
  sqlite(file, `UPDATE families SET status = 'closed', closing_reason = 'moved_away', closed_on = '${new Date().getUTCFullYear() - 2}-01-01' WHERE id = '${b}'`);
  const before = Number(sqlite(file, 'SELECT COUNT(*) FROM families'));
  const run = filet(['retention', 'run', '--db', `sqlite:${file}`]);
  assert.equal(run.code, 0, run.stderr);
  const destroyed = Number(/(\d+) family\(ies\) destroyed/.exec(run.stdout)?.[1]);
  assert.ok(destroyed >= 1, run.stdout);
  assert.equal(sqlite(file, `SELECT COUNT(*) FROM families WHERE id = '${a}'`), '0');
  assert.equal(sqlite(file, `SELECT reason FROM family_tombstones WHERE family_id = '${a}'`), 'retention');
  // 2 years ago: not due under the 5-year default.
  assert.equal(sqlite(file, `SELECT COUNT(*) FROM families WHERE id = '${b}'`), '1');
  assert.equal(Number(sqlite(file, 'SELECT COUNT(*) FROM families')), before - destroyed);
  const again = filet(['retention', 'run', '--db', `sqlite:${file}`]);
  assert.match(again.stdout, /: 0 family\(ies\) destroyed/);
});
