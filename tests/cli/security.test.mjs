// The holes an outside probe found in the HTTP layer stay closed (issue 6): no file outside the
// web app, no large body before sign-in, closed metrics labels, /metrics for this machine only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { filet, startServer, tempDir } from './lib.mjs';

const WEB = new URL('../../web/dist', import.meta.url).pathname;

async function serve(extra = []) {
  const dir = tempDir();
  const dbFile = join(dir, 'filet.db');
  assert.equal(filet(['demo', '--db', `sqlite:${dbFile}`]).code, 0);
  const server = await startServer(`sqlite:${dbFile}`, ['--web', WEB, ...extra]);
  return { url: server.url, port: server.port, pid: server.child.pid, dbFile, stop: () => server.child.kill('SIGTERM') };
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

// Peak resident memory of a process, in bytes (VmHWM never goes down, so a spike is not missed).
function peakMemory(pid) {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1];
  return Number(kb) * 1024;
}

// Sends a request head announcing `length` bytes, then, unless the server already answered, the body.
function pushBody(port, path, length) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ sent, status: Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 0) }));
    socket.on('connect', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`);
      // One chunk per turn, so an answer sent from the headers is read before we push on.
      const push = () => {
        if (answer || socket.destroyed) return;
        if (sent >= length) return void socket.end();
        sent += chunk.length;
        if (socket.write(chunk)) setImmediate(push);
        else socket.once('drain', push);
      };
      // A server that answers from the headers does so at once; one that waits for the body gets it.
      setTimeout(push, 2000);
    });
  });
}

test('anonymous large bodies do not grow the server (four 60 MiB uploads before sign-in)', async (t) => {
  const s = await serve();
  try {
    const before = peakMemory(s.pid);
    const answers = await Promise.all([1, 2, 3, 4].map(() => pushBody(s.port, '/api/v1/directory/import', 60 * 1024 * 1024)));
    for (const a of answers) assert.equal(a.status, 401);
    const grown = peakMemory(s.pid) - before;
    t.diagnostic(`peak memory ${Math.round(before / 1048576)} MiB → +${(grown / 1048576).toFixed(1)} MiB`);
    // The old server buffered each body: +236 MB for four. Reading none, it stays within noise.
    assert.ok(grown < 32 * 1024 * 1024, `peak memory grew by ${Math.round(grown / 1048576)} MiB`);
  } finally {
    s.stop();
  }
});

test('slow work runs beside the I/O thread: /healthz answers while a sign-in waits', async (t) => {
  const s = await serve(['--threads', '1', '--workers', '1']);
  // Another process holds the database's write lock, so the sign-in (which writes its session)
  // waits inside its handler for as long as we like: no timing decides the order below.
  const locker = spawn('sqlite3', [s.dbFile], { stdio: ['pipe', 'ignore', 'inherit'] });
  try {
    locker.stdin.write('BEGIN IMMEDIATE; CREATE TABLE lock_holder(x);\n');
    await new Promise((r) => setTimeout(r, 200));
    let signedIn = false;
    const signingIn = fetch(`${s.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gestion.mn@demo.filet', password: 'filet-demo-2026' }),
    }).then((res) => {
      signedIn = true;
      return res.status;
    });
    await new Promise((r) => setTimeout(r, 500)); // the sign-in is now waiting for the lock
    const health = await fetch(`${s.url}/healthz`);
    const answeredWhileWaiting = health.ok && !signedIn;
    locker.stdin.end('ROLLBACK;\n');
    assert.equal(await signingIn, 200);
    t.diagnostic(`/healthz answered while the sign-in waited: ${answeredWhileWaiting}`);
    // On the I/O thread, /healthz waited behind the blocked sign-in.
    assert.equal(answeredWhileWaiting, true);
  } finally {
    locker.kill();
    s.stop();
  }
});
