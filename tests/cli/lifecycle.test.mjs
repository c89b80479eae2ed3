// Graceful shutdown (no acknowledged write lost) and a PostgreSQL pool that survives a dropped
// connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { filet, tempDir, startServer, signIn, PG_SERVER } from './lib.mjs';

test('SIGTERM lets writes in flight finish, exits cleanly, and loses no acknowledged write', async () => {
  const db = `sqlite:${join(tempDir(), 'shutdown.db')}`;
  assert.equal(filet(['demo', '--db', db]).code, 0);
  const server = await startServer(db);
  const admin = await signIn(server.url);
  const acknowledged = [];
  const writes = [];
  let stopped = false;
  for (let i = 0; i < 60; i++) {
    const name = `Quartier arrêt ${i}`;
    writes.push(
      admin.call('POST', '/api/v1/territories', { name, kind: 'region', setting: 'urban' })
        .then((r) => {
          if (r.status === 201) acknowledged.push(name);
          // Stop while most writes are still in flight.
          if (acknowledged.length === 5 && !stopped) {
            stopped = true;
            server.child.kill('SIGTERM');
          }
        })
        .catch(() => {}),
    );
  }
  await Promise.all(writes);
  const { code, signal } = await server.exited;
  assert.equal(code, 0, `exit ${code} ${signal}\n${server.log()}`);
  assert.match(server.log(), /stopping/);
  assert.ok(acknowledged.length > 0);

  const again = await startServer(db);
  try {
    const reader = await signIn(again.url);
    const list = await (await reader.call('GET', '/api/v1/territories?q=arret&per_page=200')).json();
    const stored = new Set(list.items.map((t) => t.name));
    for (const name of acknowledged) assert.ok(stored.has(name), `acknowledged write lost: ${name}`);
  } finally {
    again.child.kill('SIGTERM');
    await again.exited;
  }
});

test('on PostgreSQL, the pool replaces connections the server dropped', { skip: !PG_SERVER && 'FILET_TEST_PG_SERVER not set' }, async () => {
  const name = `filet_drop_${process.pid}`;
  const psql = (sql, database = 'postgres') =>
    spawnSync('psql', [`${PG_SERVER}/${database}`, '-qAt', '-c', sql], { encoding: 'utf8' });
  assert.equal(psql(`CREATE DATABASE ${name}`).status, 0);
  const db = `${PG_SERVER}/${name}`;
  assert.equal(filet(['demo', '--db', db]).code, 0);
  const server = await startServer(db);
  try {
    const admin = await signIn(server.url);
    assert.equal((await admin.call('GET', '/api/v1/organizations')).status, 200);
    const killed = psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    assert.equal(killed.status, 0, killed.stderr);
    // Every request after the drop succeeds: dropped idle connections are re-opened.
    for (let i = 0; i < 5; i++) assert.equal((await admin.call('GET', '/api/v1/organizations')).status, 200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /filet_db_pool_connections/);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    psql(`DROP DATABASE ${name} WITH (FORCE)`);
  }
});
