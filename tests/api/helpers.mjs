// Shared helpers for the Filet API tests (Node 20 built-ins only).
//
// Usage: FILET_URL=http://127.0.0.1:18080 node --test tests/api/
import assert from 'node:assert/strict';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ADMIN, withAdminLock, nextAdminCode } from '../demo_totp.mjs';

export const BASE = (process.env.FILET_URL || 'http://127.0.0.1:18080').replace(/\/+$/, '');
export const API = `${BASE}/api/v1`;
export const DEMO_PASSWORD = 'filet-demo-2026';

export const DEMO = {
  admin: 'admin@demo.filet',
  coordinator: 'coordination@demo.filet',
  evaluator: 'evaluation@demo.filet',
  manager: 'gestion.mn@demo.filet',
  practitioner: 'intervention.mn@demo.filet',
  managerSL: 'gestion.sl@demo.filet',
  practitionerSL: 'intervention.sl@demo.filet',
  facilitator: 'animation@demo.filet',
};

/** A short random suffix so names and emails are unique per run. */
export function uniq(prefix = 't') {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Response wrapper: status, headers, text, json (or undefined), cookies. */
export class Res {
  constructor(status, headers, text) {
    this.status = status;
    this.headers = headers;
    this.text = text;
    try {
      this.json = text ? JSON.parse(text) : undefined;
    } catch {
      this.json = undefined;
    }
  }
  get setCookies() {
    return typeof this.headers.getSetCookie === 'function' ? this.headers.getSetCookie() : [];
  }
  /** Short description of the response for assertion messages. */
  describe() {
    return `HTTP ${this.status} ${this.text.slice(0, 400)}`;
  }
}

/** Parse one Set-Cookie header into {name, value, attrs: {lowercased: value|true}}. */
export function parseSetCookie(line) {
  const parts = line.split(';').map((s) => s.trim());
  const [nv, ...rest] = parts;
  const eq = nv.indexOf('=');
  const attrs = {};
  for (const a of rest) {
    if (!a) continue;
    const i = a.indexOf('=');
    if (i < 0) attrs[a.toLowerCase()] = true;
    else attrs[a.slice(0, i).trim().toLowerCase()] = a.slice(i + 1).trim();
  }
  return { name: nv.slice(0, eq).trim(), value: nv.slice(eq + 1).trim(), attrs };
}

/**
 * HTTP client with a cookie jar and the CSRF token. Every state-changing request sends
 * X-CSRF-Token automatically unless `csrf: false` (or a string to send a specific value).
 */
export class Client {
  constructor(label = 'anonymous') {
    this.label = label;
    this.jar = new Map();
    this.csrf = null;
    this.user = null;
  }

  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  absorbCookies(res) {
    for (const line of res.setCookies) {
      const c = parseSetCookie(line);
      const expired =
        c.value === '' ||
        c.attrs['max-age'] === '0' ||
        (c.attrs.expires && Date.parse(c.attrs.expires) < Date.now());
      if (expired) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
  }

  /**
   * @param {string} method
   * @param {string} path  absolute URL, or path starting with `/api`, `/` (server root) or
   *                       relative to /api/v1 (e.g. `organizations`).
   * @param {object} opts  body (object → JSON, string/Buffer sent raw), headers, csrf, query
   */
  async req(method, path, opts = {}) {
    const url = toUrl(path, opts.query);
    const headers = { accept: 'application/json', ...(opts.headers || {}) };
    const cookie = this.cookieHeader();
    if (cookie && !('cookie' in headers)) headers.cookie = cookie;
    const stateChanging = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    let csrf = opts.csrf;
    if (csrf === undefined) csrf = stateChanging ? this.csrf : null;
    if (csrf) headers['x-csrf-token'] = csrf;
    let body;
    if (opts.body !== undefined) {
      if (Buffer.isBuffer(opts.body) || typeof opts.body === 'string') body = opts.body;
      else body = JSON.stringify(opts.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        headers['content-type'] = 'application/json';
    }
    const r = await fetch(url, { method, headers, body, redirect: 'manual' });
    const text = await r.text();
    const res = new Res(r.status, r.headers, text);
    this.absorbCookies(res);
    return res;
  }

  get(path, opts) { return this.req('GET', path, opts); }
  post(path, body, opts = {}) { return this.req('POST', path, { ...opts, body }); }
  patch(path, body, opts = {}) { return this.req('PATCH', path, { ...opts, body }); }
  put(path, body, opts = {}) { return this.req('PUT', path, { ...opts, body }); }
  del(path, opts) { return this.req('DELETE', path, opts); }

  /** Signs in; the demo admin's second step is answered with the next code of the demo secret. */
  async login(email, password = DEMO_PASSWORD) {
    let res;
    if (email === DEMO_ADMIN) {
      res = await withAdminLock(BASE, async () => {
        const first = await this.post('session', { email, password });
        if (first.status !== 202) return first;
        // A step already used on this database (served before on another port): the next one.
        let second;
        for (let i = 0; i < 3; i++) {
          second = await this.post('session/second-factor', { code: await nextAdminCode(BASE) });
          if (second.status !== 422) break;
        }
        return second;
      });
    } else {
      res = await this.post('session', { email, password });
    }
    if (res.status === 200) {
      this.csrf = res.json.csrf_token;
      this.user = res.json.user;
    }
    return res;
  }

  async logout() {
    const res = await this.del('session');
    this.csrf = null;
    this.user = null;
    return res;
  }
}

export function toUrl(path, query) {
  let url;
  if (/^https?:\/\//.test(path)) url = path;
  else if (path.startsWith('/')) url = BASE + path;
  else url = `${API}/${path}`;
  if (query) {
    const qs = new URLSearchParams(query).toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  }
  return url;
}

const sessions = new Map();

// The demo admin's session is shared by the test files (each a process) through a file: each
// sign-in of the admin spends a code, and codes come one per 30 seconds.
function sharedAdmin() {
  return withAdminLock(BASE, sharedAdminLocked, 'session-lock');
}
async function sharedAdminLocked() {
  const file = join(process.env.FILET_TEST_STATE || tmpdir(), `filet-admin-${new URL(BASE).host.replace(/[^a-z0-9]+/gi, '_')}.session`);
  const c = new Client('admin');
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    c.jar = new Map(saved.jar);
    c.csrf = saved.csrf;
    const me = await c.get('me');
    if (me.status === 200) {
      c.user = me.json.user;
      return c;
    }
  } catch {}
  c.jar = new Map();
  const res = await c.login(DEMO_ADMIN);
  assert.equal(res.status, 200, `login ${DEMO_ADMIN}: ${res.describe()}`);
  writeFileSync(file, JSON.stringify({ jar: [...c.jar], csrf: c.csrf }), { mode: 0o600 });
  return c;
}

/** Logged-in client for a demo account (role key of DEMO or an email); cached per process. */
export async function as(who, password = DEMO_PASSWORD) {
  const email = DEMO[who] || who;
  if (sessions.has(email)) return sessions.get(email);
  if (email === DEMO_ADMIN && password === DEMO_PASSWORD) {
    const admin = await sharedAdmin();
    sessions.set(email, admin);
    return admin;
  }
  const c = new Client(who);
  const res = await c.login(email, password);
  assert.equal(res.status, 200, `login ${email}: ${res.describe()}`);
  assert.ok(c.csrf, `login ${email}: no csrf_token`);
  sessions.set(email, c);
  return c;
}

/** Fresh (uncached) logged-in client. */
export async function freshLogin(who, password = DEMO_PASSWORD) {
  const email = DEMO[who] || who;
  const c = new Client(who);
  const res = await c.login(email, password);
  assert.equal(res.status, 200, `login ${email}: ${res.describe()}`);
  return c;
}

/** Assert the standard error envelope, optional status/code and field names. */
export function assertError(res, status, code, fields) {
  const where = `${res.describe()}`;
  if (status !== undefined) {
    if (Array.isArray(status)) assert.ok(status.includes(res.status), `expected ${status.join('|')}, got ${where}`);
    else assert.equal(res.status, status, `expected ${status}, got ${where}`);
  }
  assert.ok(res.json && typeof res.json === 'object', `error body is not JSON: ${where}`);
  const e = res.json.error;
  assert.ok(e && typeof e === 'object', `no "error" object: ${where}`);
  assert.equal(typeof e.code, 'string', `error.code: ${where}`);
  assert.ok(typeof e.message_fr === 'string' && e.message_fr.length > 0, `error.message_fr: ${where}`);
  assert.ok(typeof e.message_en === 'string' && e.message_en.length > 0, `error.message_en: ${where}`);
  assert.ok(typeof res.json.request_id === 'string' && res.json.request_id.length > 0, `request_id: ${where}`);
  const hdr = res.headers && typeof res.headers.get === 'function' ? res.headers.get('x-request-id') : null;
  if (hdr) assert.equal(res.json.request_id, hdr, `body request_id matches X-Request-Id: ${where}`);
  if (code !== undefined) {
    if (Array.isArray(code)) assert.ok(code.includes(e.code), `expected code ${code.join('|')}: ${where}`);
    else assert.equal(e.code, code, `expected code ${code}: ${where}`);
  }
  if (fields) {
    assert.ok(Array.isArray(e.fields), `error.fields missing: ${where}`);
    for (const f of e.fields) {
      assert.equal(typeof f.field, 'string', `fields[].field: ${where}`);
      assert.equal(typeof f.code, 'string', `fields[].code: ${where}`);
      assert.ok(typeof f.message_fr === 'string' && f.message_fr, `fields[].message_fr: ${where}`);
      assert.ok(typeof f.message_en === 'string' && f.message_en, `fields[].message_en: ${where}`);
    }
    const names = e.fields.map((f) => f.field);
    for (const want of fields) assert.ok(names.includes(want), `field "${want}" not named in ${JSON.stringify(names)}: ${where}`);
  }
  return e;
}

/** Assert the list envelope and return it. */
export function assertList(res) {
  assert.equal(res.status, 200, res.describe());
  const b = res.json;
  assert.ok(b && Array.isArray(b.items), `items: ${res.describe()}`);
  for (const k of ['page', 'per_page', 'total']) assert.equal(typeof b[k], 'number', `${k}: ${res.describe()}`);
  return b;
}

/** Find a demo organization by (accent-insensitive) name fragment. */
export async function findOrg(client, q) {
  const b = assertList(await client.get('organizations', { query: { q, per_page: 200 } }));
  assert.ok(b.items.length > 0, `no organization matches ${q}`);
  return b.items[0];
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Raw HTTP/1.1 exchange over a TCP socket. Writes `request` (string or Buffer), ignores write
 * errors (the server may answer early and close), collects what comes back until the server
 * closes or `timeoutMs` passes. Returns {status, head, body, raw, closed}.
 */
export function rawRequest(request, { timeoutMs = 5000 } = {}) {
  const u = new URL(BASE);
  return new Promise((resolve) => {
    const chunks = [];
    let done = false;
    const sock = net.connect({ host: u.hostname, port: Number(u.port || 80) });
    const finish = (closed) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      const raw = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(raw);
      const sep = raw.indexOf('\r\n\r\n');
      resolve({
        status: m ? Number(m[1]) : null,
        head: sep >= 0 ? raw.slice(0, sep) : raw,
        body: sep >= 0 ? raw.slice(sep + 4) : '',
        raw,
        closed,
      });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    sock.on('data', (d) => {
      chunks.push(d);
      // Stop once a complete response with Content-Length has arrived.
      const raw = Buffer.concat(chunks).toString('latin1');
      const sep = raw.indexOf('\r\n\r\n');
      if (sep >= 0) {
        const cl = /\r\ncontent-length:\s*(\d+)/i.exec(raw.slice(0, sep));
        if (cl && Buffer.byteLength(raw.slice(sep + 4), 'latin1') >= Number(cl[1])) finish(false);
      }
    });
    sock.on('error', () => {}); // EPIPE / ECONNRESET when the server answers early
    sock.on('close', () => finish(true));
    sock.on('connect', () => {
      sock.write(request, () => {});
    });
  });
}

/** Headers of a raw response head as a lower-cased map (last value wins). */
export function rawHeaders(head) {
  const h = {};
  for (const line of head.split('\r\n').slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) h[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return h;
}

/** Accent- and case-folding for comparisons. */
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Assert a successful create (201, or 200) and return the body. */
export function assertCreated(res) {
  assert.ok([200, 201].includes(res.status), `create: ${res.describe()}`);
  assert.ok(res.json && typeof res.json.id === 'string', `create returns the entity with an id: ${res.describe()}`);
  assert.match(res.json.id, UUID_RE);
  return res.json;
}
