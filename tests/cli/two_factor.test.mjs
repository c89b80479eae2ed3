// Two-step sign-in from the command line's side (issue 6, item 11): the master key file, the
// sealed secret at rest, --require-2fa-for, and `user reset-2fa` for a lost phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filet, signIn, startServer, tempDir } from './lib.mjs';
import { DEMO_TOTP_SECRET, base32Decode } from '../demo_totp.mjs';

function demo() {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'filet.db')}`;
  const key = join(dir, 'filet.key');
  const made = filet(['demo', '--db', db, '--key-file', key]);
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, new RegExp(DEMO_TOTP_SECRET));
  return { dir, db, key, file: join(dir, 'filet.db') };
}

test('the master key file is made for its owner only; secrets are sealed at rest; a readable key is refused', async () => {
  const d = demo();
  assert.equal(statSync(d.key).mode & 0o777, 0o600);
  const sealed = spawnSync('sqlite3', [d.file, 'SELECT sealed_secret FROM two_factor'], { encoding: 'utf8' }).stdout.trim();
  assert.ok(sealed.length > 20, 'the demo admin is enrolled');
  assert.ok(!sealed.includes(DEMO_TOTP_SECRET));
  assert.ok(!Buffer.from(sealed, 'base64').includes(base32Decode(DEMO_TOTP_SECRET)), 'the secret is not stored in clear');

  chmodSync(d.key, 0o644);
  const refused = spawnSync(process.env.FILET_BIN || new URL('../../build/filet', import.meta.url).pathname,
    ['serve', '--db', d.db, '--key-file', d.key, '--listen', '127.0.0.1:0'], { encoding: 'utf8', timeout: 20_000 });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /chmod 600/);
});

test('key init makes the master key file for its owner only and never overwrites one', () => {
  const key = join(tempDir(), 'keys', 'filet.key');
  const made = filet(['key', 'init', '--key-file', key]);
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, /sauvegardez-la à part.*back it up apart/);
  assert.equal(statSync(key).mode & 0o777, 0o600);
  const first = readFileSync(key, 'utf8');
  assert.match(first, /^[0-9a-f]{64}\n$/);
  const again = filet(['key', 'init', '--key-file', key]);
  assert.equal(again.code, 1, 'refused: a new key would make every sealed secret unreadable');
  assert.match(again.stderr, /exists already/);
  assert.equal(readFileSync(key, 'utf8'), first, 'the key file is unchanged');
  const otherKey = join(tempDir(), 'other.key');
  const other = filet(['key', 'init', '--key-file', otherKey]);
  assert.equal(other.code, 0, other.stderr);
  assert.notEqual(readFileSync(otherKey, 'utf8'), first, 'each key is random');
});

test('--require-2fa-for identified-data: practitioners and managers must enrol, evaluators need not', async () => {
  const d = demo();
  const server = await startServer(d.db, ['--key-file', d.key, '--require-2fa-for', 'identified-data']);
  try {
    const practitioner = await signIn(server.url, 'intervention.mn@demo.filet');
    const refused = await practitioner.call('GET', '/api/v1/organizations');
    assert.equal(refused.status, 403);
    const body = await refused.json();
    assert.equal(body.error.code, 'two_factor_enrolment_required');
    assert.equal((await practitioner.call('GET', '/api/v1/me/two-factor')).status, 200, 'they may enrol');
    const evaluator = await signIn(server.url, 'evaluation@demo.filet');
    assert.equal((await evaluator.call('GET', '/api/v1/organizations')).status, 200);
    const admin = await signIn(server.url); // with a code of the demo secret
    assert.equal((await admin.call('GET', '/api/v1/users')).status, 200);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('user reset-2fa: the admin who lost their phone signs in with the password, then must enrol again', async () => {
  const d = demo();
  const unknown = filet(['user', 'reset-2fa', '--db', d.db, '--key-file', d.key, '--email', 'personne@exemple.ca']);
  assert.notEqual(unknown.code, 0);
  const reset = filet(['user', 'reset-2fa', '--db', d.db, '--key-file', d.key, '--email', 'admin@demo.filet']);
  assert.equal(reset.code, 0, reset.stderr);
  const server = await startServer(d.db, ['--key-file', d.key]);
  try {
    const res = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.filet', password: 'filet-demo-2026' }),
    });
    assert.equal(res.status, 200, 'no code asked any more');
    const me = await res.json();
    assert.deepEqual(me.user.two_factor, { enabled: false, required: true });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('filet_session=')).split(';')[0];
    const users = await fetch(`${server.url}/api/v1/users`, { headers: { cookie } });
    assert.equal(users.status, 403);
    assert.equal((await users.json()).error.code, 'two_factor_enrolment_required');
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  const audit = spawnSync('sqlite3', [d.file, "SELECT COUNT(*) FROM audit_log WHERE action = 'two_factor_reset'"], { encoding: 'utf8' });
  assert.equal(audit.stdout.trim(), '1');
});
