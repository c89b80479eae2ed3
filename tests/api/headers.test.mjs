// Security headers on every kind of response.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, as, rawRequest, rawHeaders, uniq } from './helpers.mjs';

function checkSecurityHeaders(h, what) {
  const get = (k) => (typeof h.get === 'function' ? h.get(k) : h[k]);
  const csp = get('content-security-policy');
  assert.ok(csp, `${what}: Content-Security-Policy missing`);
  assert.match(csp, /frame-ancestors\s+'none'/, `${what}: CSP lacks frame-ancestors 'none': ${csp}`);
  assert.equal((get('x-content-type-options') || '').toLowerCase(), 'nosniff', `${what}: X-Content-Type-Options`);
  const rp = get('referrer-policy');
  assert.ok(rp, `${what}: Referrer-Policy missing`);
  assert.match(rp, /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin|origin|origin-when-cross-origin)$/, `${what}: Referrer-Policy ${rp}`);
  const server = get('server');
  if (server) assert.doesNotMatch(server, /\d/, `${what}: Server header reveals a version: ${server}`);
  const xpb = get('x-powered-by');
  assert.ok(!xpb, `${what}: X-Powered-By present: ${xpb}`);
}

test('security headers: API JSON (GET /me)', async () => {
  const admin = await as('admin');
  const res = await admin.get('me');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') || '', /^application\/json/);
  checkSecurityHeaders(res.headers, 'GET /api/v1/me');
});

test('security headers: list endpoint and login response', async () => {
  const admin = await as('admin');
  checkSecurityHeaders((await admin.get('organizations')).headers, 'GET /organizations');
  const c = new Client();
  const login = await c.login('gestion.mn@demo.filet');
  checkSecurityHeaders(login.headers, 'POST /session');
  await c.logout();
});

test('security headers: error responses (401, 404 route, 404 entity, 405, 400, 403 csrf, 422)', async () => {
  const admin = await as('admin');
  const anon = new Client();
  const cases = [
    ['401', await anon.get('organizations')],
    ['404 route', await admin.get('no-such-route')],
    ['404 entity', await admin.get('organizations/00000000-0000-4000-8000-000000000000')],
    ['405', await admin.req('PUT', 'organizations', { body: {} })],
    ['400 malformed', await admin.post('territories', '{"name":', {})],
    ['403 csrf', await admin.post('territories', { name: uniq('x') }, { csrf: false })],
    ['422', await admin.post('territories', { name: '' })],
  ];
  for (const [what, res] of cases) {
    assert.ok(res.status >= 400, `${what}: ${res.describe()}`);
    assert.match(res.headers.get('content-type') || '', /^application\/json/, `${what} content-type`);
    checkSecurityHeaders(res.headers, what);
  }
});

test('security headers: /healthz', async () => {
  const res = await fetch(new URL('/healthz', process.env.FILET_URL || 'http://127.0.0.1:18080'));
  assert.equal(res.status, 200);
  checkSecurityHeaders(res.headers, '/healthz');
});

test('security headers: static index.html at /', async () => {
  const res = await new Client().get('/', { headers: { accept: 'text/html' } });
  assert.equal(res.status, 200, res.describe());
  assert.match(res.headers.get('content-type') || '', /^text\/html/);
  assert.match(res.text, /<html|<!doctype html/i);
  checkSecurityHeaders(res.headers, 'GET /');
});

test('security headers: unknown non-API path (SPA fallback or 404)', async () => {
  const res = await new Client().get('/does/not/exist', { headers: { accept: 'text/html' } });
  assert.ok([200, 404].includes(res.status), res.describe());
  checkSecurityHeaders(res.headers, 'GET /does/not/exist');
});

test('security headers: 413 and 431 answers produced before routing', async () => {
  const admin = await as('admin');
  const auth = `Cookie: ${admin.cookieHeader()}\r\nX-CSRF-Token: ${admin.csrf}\r\n`;
  const big = Buffer.alloc(1024 * 1024 + 4096, 0x61);
  const r413 = await rawRequest(Buffer.concat([
    Buffer.from(`POST /api/v1/territories HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${auth}Content-Length: ${big.length}\r\nConnection: close\r\n\r\n`),
    big,
  ]));
  assert.equal(r413.status, 413, r413.raw.slice(0, 300));
  checkSecurityHeaders(rawHeaders(r413.head), '413');
  const r431 = await rawRequest(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(17 * 1024)}\r\nConnection: close\r\n\r\n`);
  assert.ok([400, 431].includes(r431.status), r431.raw.slice(0, 300));
  checkSecurityHeaders(rawHeaders(r431.head), '431');
});
