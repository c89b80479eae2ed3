// Helpers for the command-line tests: run `filet`, start a server on a free port, sign in.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

export const BIN = process.env.FILET_BIN || new URL('../../build/filet', import.meta.url).pathname;
export const PG_SERVER = process.env.FILET_TEST_PG_SERVER || '';

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'filet-cli-'));
}

export function filet(args, input = '') {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8', timeout: 60_000 });
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

export async function signIn(url, email = 'admin@demo.filet', password = 'filet-demo-2026') {
  const res = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
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
