// The holes an outside probe found in the HTTP layer stay closed (issue 6): no file outside the
// web app, no large body before sign-in, closed metrics labels, /metrics for this machine only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { filet, startServer, tempDir } from './lib.mjs';

const WEB = new URL('../../web/dist', import.meta.url).pathname;

async function serve(extra = []) {
  const dir = tempDir();
  const dbFile = join(dir, 'filet.db');
  assert.equal(filet(['demo', '--db', `sqlite:${dbFile}`]).code, 0);
  const server = await startServer(`sqlite:${dbFile}`, ['--web', WEB, ...extra]);
  return { url: server.url, port: server.port, dbFile, stop: () => server.child.kill('SIGTERM') };
}

// Sends the path exactly as written (fetch would normalise it).
function raw(port, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('no file outside the web app is served, whatever the spelling', async () => {
  const s = await serve();
  try {
    const paths = ['//etc/passwd', '/%2Fetc/passwd', '///etc/passwd', '//proc/self/environ', '/%2fetc%2fpasswd',
      '/..%2F..%2Fetc/passwd', '/%5Cetc%5Cpasswd', `/${s.dbFile}`, `/${s.dbFile}-wal`, `//${s.dbFile}`];
    for (const path of paths) {
      const res = await raw(s.port, path);
      assert.ok(!res.body.includes('root:'), path);
      assert.ok(!res.body.includes('SQLite format'), path);
      assert.ok(!res.body.includes('argon2id'), path);
      assert.ok(res.status === 404 || res.body.includes('<!doctype html') || res.body.includes('<!DOCTYPE html'), path);
    }
    const index = await raw(s.port, '/');
    assert.equal(index.status, 200);
  } finally {
    s.stop();
  }
});

test('a large body is refused before sign-in, and limits belong to exact routes', async () => {
  const s = await serve();
  try {
    const big = { 'content-type': 'application/json', 'content-length': String(60 * 1024 * 1024) };
    // Answered from the headers: the 60 MiB are never sent.
    const anonymous = await raw(s.port, '/api/v1/directory/import', { method: 'POST', headers: big });
    assert.equal(anonymous.status, 401);
    const prefix = await raw(s.port, '/api/v1/directory/importX', { method: 'POST', headers: big });
    assert.equal(prefix.status, 413);
  } finally {
    s.stop();
  }
});

test('metrics: closed labels, and only this machine or the token holder reads them', async () => {
  const s = await serve(['--trust-proxy', '--metrics-token', 'secret-token-123']);
  try {
    for (let i = 0; i < 30; i++) await raw(s.port, '/api/v1/me', { method: `X${i}METHOD` }).catch(() => {});
    // Behind the proxy, the client is the address the proxy appended, not what the client wrote.
    const local = { 'x-forwarded-for': '203.0.113.7, 127.0.0.1' };
    const metrics = await raw(s.port, '/metrics', { headers: local });
    assert.equal(metrics.status, 200);
    assert.ok(!/X\d+METHOD/.test(metrics.body));
    const far = { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' };
    assert.equal((await raw(s.port, '/metrics', { headers: far })).status, 403);
    const token = { ...far, authorization: 'Bearer secret-token-123' };
    assert.equal((await raw(s.port, '/metrics', { headers: token })).status, 200);
  } finally {
    s.stop();
  }
});

test('API answers are never cached, errors included', async () => {
  const s = await serve();
  try {
    for (const path of ['/api/v1/me', '/api/v1/nothing', '/healthz', '/api/v1/organizations']) {
      const res = await raw(s.port, path);
      assert.equal(res.headers['cache-control'], 'no-store', path);
    }
    const login = await fetch(`${s.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ email: 'admin@demo.filet', password: 'filet-demo-2026' }),
    });
    assert.equal(login.status, 415);
    assert.equal(login.headers.get('set-cookie'), null);
  } finally {
    s.stop();
  }
});
