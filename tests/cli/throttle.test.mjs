// Sign-in throttling that an attacker cannot turn against the owner (issue 6, item 8), on a
// server behind a trusted proxy, so that X-Forwarded-For stands for several client addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { filet, startServer, signIn, tempDir, PG_SERVER } from './lib.mjs';
import { spawnSync } from 'node:child_process';

const PASSWORD = 'filet-demo-2026';
const LIMIT = 5; // password checks per account and address in 15 minutes

async function serve(engine) {
  let db;
  if (engine === 'pg') {
    const name = `filet_throttle_${process.pid}`;
    spawnSync('psql', [`${PG_SERVER}/postgres`, '-qAt', '-c', `DROP DATABASE IF EXISTS ${name}`]);
    assert.equal(spawnSync('psql', [`${PG_SERVER}/postgres`, '-qAt', '-c', `CREATE DATABASE ${name}`]).status, 0);
    db = `${PG_SERVER}/${name}`;
  } else {
    db = `sqlite:${join(tempDir(), 'filet.db')}`;
  }
  const demo = filet(['demo', '--db', db]);
  assert.equal(demo.code, 0, demo.stderr);
  const server = await startServer(db, ['--trust-proxy']);
  const signInFrom = (address, email, password) =>
    fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    });
  return { ...server, signInFrom, stop: () => server.child.kill('SIGTERM') };
}

// Failed sign-ins the server checked, as the audit log counts them (one per password check).
async function checkedFailures(url, email) {
  const admin = await signIn(url);
  const res = await admin.call('GET', '/api/v1/audit?action=login_failed&per_page=200');
  assert.equal(res.status, 200);
  return (await res.json()).items.filter((e) => e.user_email === email).length;
}

for (const engine of ['sqlite', 'pg']) {
  const skip = engine === 'pg' && !PG_SERVER && 'FILET_TEST_PG_SERVER not set';

  test(`${engine}: failures from one address do not lock the owner out from another`, { skip }, async () => {
    const s = await serve(engine);
    try {
      const email = 'animation@demo.filet';
      for (let i = 1; i <= LIMIT; i++) {
        const res = await s.signInFrom('203.0.113.7', email, `mauvais-mot-de-passe-${i}`);
        assert.equal(res.status, 401, `attempt ${i}`);
      }
      // The attacker's address is throttled for this account, even with the right password.
      const blocked = await s.signInFrom('203.0.113.7', email, PASSWORD);
      assert.equal(blocked.status, 429);
      assert.equal((await blocked.json()).error.code, 'too_many_attempts');
      assert.ok(!blocked.headers.get('set-cookie'), 'no session when throttled');
      // The owner, from their own address, still signs in.
      const owner = await s.signInFrom('198.51.100.20', email, PASSWORD);
      assert.equal(owner.status, 200, await owner.text());
      // A client cannot escape its address by writing its own X-Forwarded-For: the proxy
      // appends the real one, and that is the one counted.
      const spoofed = await s.signInFrom('192.0.2.99, 203.0.113.7', email, PASSWORD);
      assert.equal(spoofed.status, 429);
    } finally {
      s.stop();
    }
  });

  test(`${engine}: 20 parallel wrong passwords check at most ${LIMIT} passwords`, { skip }, async () => {
    const s = await serve(engine);
    try {
      const email = 'evaluation@demo.filet';
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => s.signInFrom('203.0.113.8', email, `mauvais-mot-de-passe-${i}`)),
      );
      const statuses = answers.map((r) => r.status);
      assert.equal(statuses.filter((x) => x === 401).length, LIMIT, statuses.join(' '));
      assert.equal(statuses.filter((x) => x === 429).length, 20 - LIMIT, statuses.join(' '));
      assert.equal(await checkedFailures(s.url, email), LIMIT, 'password checks in the audit log');
    } finally {
      s.stop();
    }
  });

  test(`${engine}: one address trying many accounts is throttled, others are not`, { skip }, async () => {
    const s = await serve(engine);
    try {
      const accounts = ['gestion.mn', 'intervention.mn', 'gestion.sl', 'intervention.sl', 'coordination', 'animation',
        'evaluation'].map((a) => `${a}@demo.filet`);
      let throttledAt = null;
      for (let i = 0; i < 40 && !throttledAt; i++) {
        const res = await s.signInFrom('203.0.113.9', accounts[i % accounts.length], `mauvais-${i}-mot-de-passe`);
        if (res.status === 429) throttledAt = i + 1;
      }
      assert.ok(throttledAt && throttledAt <= 31, `address throttled (at ${throttledAt})`);
      const other = await s.signInFrom('198.51.100.21', 'gestion.mn@demo.filet', PASSWORD);
      assert.equal(other.status, 200);
    } finally {
      s.stop();
    }
  });
}
