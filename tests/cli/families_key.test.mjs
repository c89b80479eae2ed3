// Families' identities and the master key file (issue 9): `filet demo --key-file` seals a few
// fictitious identities; a server started without that key file then refuses to start (a new
// key would not open them), and starts again once the key is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, filet, startServer, tempDir } from './lib.mjs';

test('with identities sealed, the server refuses to start without its key file', async () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'filet.db')}`;
  const key = join(dir, 'filet.key');
  const made = filet(['demo', '--db', db, '--key-file', key]);
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, /400 familles\/families/);
  const sealed = spawnSync('sqlite3', [join(dir, 'filet.db'), 'SELECT COUNT(*) FROM family_identities'], { encoding: 'utf8' });
  assert.ok(Number(sealed.stdout.trim()) > 0, 'the demo sealed identities');

  renameSync(key, `${key}.away`);
  const refused = spawnSync(BIN, ['serve', '--db', db, '--key-file', key, '--listen', '127.0.0.1:0'], { encoding: 'utf8', timeout: 20_000 });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stdout + refused.stderr, /master key file is missing/);
  assert.equal(existsSync(key), false, 'no new key was made in its place');

  renameSync(`${key}.away`, key);
  const server = await startServer(db, ['--key-file', key]);
  try {
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('without a key file named, the demo seals no identity', () => {
  const dir = tempDir();
  const env = { ...process.env };
  delete env.FILET_KEY_FILE;
  const made = spawnSync(BIN, ['demo', '--db', `sqlite:${join(dir, 'filet.db')}`], { encoding: 'utf8', cwd: dir, env });
  assert.equal(made.status, 0, made.stderr);
  const sealed = spawnSync('sqlite3', [join(dir, 'filet.db'), 'SELECT COUNT(*) FROM family_identities'], { encoding: 'utf8' });
  assert.equal(sealed.stdout.trim(), '0');
});
