// Helpers for the command-line tests: run `filet`, start a server on a free port, sign in.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { DEMO_ADMIN, withAdminLock, nextAdminCode } from '../demo_totp.mjs';

export const BIN = process.env.FILET_BIN || new URL('../../build/filet', import.meta.url).pathname;
export const PG_SERVER = process.env.FILET_TEST_PG_SERVER || '';

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'filet-cli-'));
}

/** Runs the command line; `env` adds to (or overrides) this process's environment. */
export function filet(args, input = '', env = {}) {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(db, extraArgs = []) {
  const port = await freePort();
  const child = spawn(BIN, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, url, port, exited, log: () => log };
}

async function postSession(url, path, body, cookie) {
  return fetch(`${url}/api/v1/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

// Signs in; the demo admin's second step is answered with the next code of the demo secret.
export async function signIn(url, email = DEMO_ADMIN, password = 'filet-demo-2026') {
  const attempt = async () => {
    const first = await postSession(url, 'session', { email, password });
    if (first.status !== 202 || email !== DEMO_ADMIN) return first;
    const pending = first.headers.get('set-cookie').split(';')[0];
    // The same database may have been served on another port, where a later step was used:
    // then the next step does it.
    let res;
    for (let i = 0; i < 3; i++) {
      res = await postSession(url, 'session/second-factor', { code: await nextAdminCode(url) }, pending);
      if (res.status !== 422) break;
    }
    return res;
  };
  const res = email === DEMO_ADMIN ? await withAdminLock(url, attempt) : await attempt();
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('filet_session=')).split(';')[0];
  const { csrf_token } = await res.json();
  return {
    cookie,
    csrf: csrf_token,
    async call(method, path, body) {
      return fetch(`${url}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrf_token, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
  };
}
