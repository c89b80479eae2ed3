// The `filet` command line: version, demo, migrate, user add/passwd/disable, backup, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { filet, tempDir, startServer, signIn } from './lib.mjs';

test('version prints the version', () => {
  const r = filet(['version']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^filet \d+\.\d+\.\d+/);
});

test('demo fills an empty database once, then refuses', () => {
  const db = `sqlite:${join(tempDir(), 'demo.db')}`;
  const first = filet(['demo', '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /filet-demo-2026/);
  const again = filet(['demo', '--db', db]);
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /existe déjà|already/);
});

test('FILET_DB is read from the environment and migrate reports the schema version', () => {
  const db = `sqlite:${join(tempDir(), 'env.db')}`;
  const r = filet(['migrate'], '', { FILET_DB: db });
  assert.equal(r.code, 0, r.stderr);
  process.env.FILET_DB = db;
  const viaEnv = filet(['migrate']);
  delete process.env.FILET_DB;
  assert.equal(viaEnv.code, 0, viaEnv.stderr);
  assert.match(viaEnv.stdout, /version \d+/);
  assert.ok(existsSync(db.slice('sqlite:'.length)));
});

test('a bad database URL is refused with a message a person can act on', () => {
  const r = filet(['migrate', '--db', 'mysql://nowhere']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /sqlite:PATH|postgresql/);
});

test('user add, passwd and disable work and enforce the password rule', async () => {
  const db = `sqlite:${join(tempDir(), 'users.db')}`;
  const short = filet(['user', 'add', '--db', db, '--email', 'a@exemple.ca', '--name', 'Anne'], 'court\n');
  assert.notEqual(short.code, 0);
  assert.match(short.stderr, /12/);
  // One of the most common breached passwords, whatever its case, is refused with the field named.
  const breached = filet(['user', 'add', '--db', db, '--email', 'a@exemple.ca', '--name', 'Anne'], 'QWERTY123456\n');
  assert.notEqual(breached.code, 0);
  assert.match(breached.stderr, /mot de passe.*fuites de données/);
  assert.match(breached.stderr, /password.*data breaches/);
  const added = filet(['user', 'add', '--db', db, '--email', 'Anne@Exemple.ca', '--name', 'Anne Roy', '--admin'],
    'un mot de passe solide\n');
  assert.equal(added.code, 0, added.stderr);
  const dup = filet(['user', 'add', '--db', db, '--email', 'anne@exemple.ca', '--name', 'Anne'], 'un mot de passe solide\n');
  assert.notEqual(dup.code, 0);

  const server = await startServer(db);
  try {
    await signIn(server.url, 'anne@exemple.ca', 'un mot de passe solide');
    assert.notEqual(filet(['user', 'passwd', '--db', db, '--email', 'anne@exemple.ca'], 'LeaveMeAlone\n').code, 0);
    assert.equal(filet(['user', 'passwd', '--db', db, '--email', 'anne@exemple.ca'], 'un autre mot de passe\n').code, 0);
    await assert.rejects(signIn(server.url, 'anne@exemple.ca', 'un mot de passe solide'));
    const session = await signIn(server.url, 'anne@exemple.ca', 'un autre mot de passe');
    assert.equal(filet(['user', 'disable', '--db', db, '--email', 'anne@exemple.ca']).code, 0);
    assert.equal((await session.call('GET', '/api/v1/me')).status, 401, 'a disabled account loses its sessions');
    const unknown = filet(['user', 'disable', '--db', db, '--email', 'personne@exemple.ca']);
    assert.notEqual(unknown.code, 0);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('backup makes a checked copy that holds the data, while the server runs', async () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'live.db')}`;
  assert.equal(filet(['demo', '--db', db]).code, 0);
  const server = await startServer(db);
  try {
    const admin = await signIn(server.url);
    const res = await admin.call('POST', '/api/v1/territories', { name: 'Territoire sauvegardé', kind: 'region', setting: 'rural' });
    assert.equal(res.status, 201);
    const copy = join(dir, 'copy.db');
    const r = filet(['backup', '--db', db, '--to', copy]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /integrity_check ok/);
    const copied = await startServer(`sqlite:${copy}`);
    try {
      const reader = await signIn(copied.url);
      const list = await (await reader.call('GET', '/api/v1/territories?q=sauvegarde')).json();
      assert.equal(list.total, 1);
    } finally {
      copied.child.kill('SIGTERM');
      await copied.exited;
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  const pg = filet(['backup', '--db', 'postgresql://x@127.0.0.1/none', '--to', join(dir, 'x.db')]);
  assert.equal(existsSync(join(dir, 'x.db.files')), false);
  assert.notEqual(pg.code, 0);
  assert.match(pg.stderr, /pg_dump/);
});

// The file store (programs' materials) goes with the database: `filet backup` copies it beside the
// copy (FILE.files) and says so; a server on the copy with --files-dir on it serves the materials.
test('backup copies the file store, and the copy serves the materials', async () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'live.db')}`;
  assert.equal(filet(['demo', '--db', db]).code, 0);
  const count = (folder) => readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const stored = count(join(dir, 'files'));
  assert.ok(stored >= 15, `the demo's materials are on disk (${stored})`);
  const copy = join(dir, 'copy.db');
  const r = filet(['backup', '--db', db, '--to', copy]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`Files copied: ${stored} \\(.*files -> .*copy\\.db\\.files\\)`));
  assert.equal(count(join(dir, 'copy.db.files')), stored);
  const served = await startServer(`sqlite:${copy}`, ['--files-dir', join(dir, 'copy.db.files')]);
  try {
    const coordinator = await signIn(served.url, 'coordination@demo.filet');
    const programs = await (await coordinator.call('GET', '/api/v1/group-programs?per_page=50')).json();
    const material = programs.items.flatMap((p) => p.sessions).flatMap((s) => s.materials)[0];
    assert.ok(material, 'a demo material');
    const res = await coordinator.call('GET', `/api/v1/group-program-materials/${material.id}/download`);
    assert.equal(res.status, 200);
    assert.equal(Number(res.headers.get('content-length') ?? (await res.clone().arrayBuffer()).byteLength), material.size_bytes);
    assert.match(res.headers.get('content-disposition'), /^attachment; filename="/);
  } finally {
    served.child.kill('SIGTERM');
    await served.exited;
  }
});
