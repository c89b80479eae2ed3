// Shared helpers for the HSDS conformance tests: the HSDS 3.1 JSON Schema validator (Ajv,
// 2020-12 dialect) and a small HTTP client with a cookie jar and the CSRF token.
//
// Usage: FILET_URL=http://127.0.0.1:18080 node --test tests/hsds/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { as } from '../api/helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..');

/** The folder of the shared HSDS material: ../shared/hsds beside the repository, else $FILET_HSDS_DIR. */
export function hsdsDir() {
  const beside = path.resolve(REPO_ROOT, '..', 'shared', 'hsds');
  if (fs.existsSync(path.join(beside, 'v3.1', 'schema', 'service.json'))) return beside;
  const env = process.env.FILET_HSDS_DIR;
  if (env && fs.existsSync(path.join(env, 'v3.1', 'schema', 'service.json'))) return path.resolve(env);
  throw new Error(`HSDS schemas not found in ${beside}; set FILET_HSDS_DIR to the folder holding v3.1/schema/`);
}

export const HSDS = hsdsDir();
export const SCHEMA_DIR = path.join(HSDS, 'v3.1', 'schema');
export const EXAMPLES_DIR = path.join(HSDS, 'v3.1', 'examples');

export const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * An Ajv 2020-12 validator holding every object schema of v3.1/schema/*.json, each registered
 * under its file name (the schemas link to each other with relative $refs such as "phone.json"),
 * plus compiled/service_list.json (list items) and the Page envelope of openapi.json.
 */
function makeAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const names = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json').sort();
  for (const name of names) ajv.addSchema(readJson(path.join(SCHEMA_DIR, name)), name);
  ajv.addSchema(readJson(path.join(SCHEMA_DIR, 'compiled', 'service_list.json')), 'compiled/service_list.json');
  const openapi = readJson(path.join(SCHEMA_DIR, 'openapi.json'));
  const page = openapi.components.schemas.Page;
  ajv.addSchema({ ...page, required: Object.keys(page.properties) }, 'page.json');
  return { ajv, names };
}
const { ajv, names: SCHEMA_NAMES } = makeAjv();
export { ajv, SCHEMA_NAMES };

const compiled = new Map();
function validator(name) {
  if (!compiled.has(name)) {
    const v = ajv.getSchema(name);
    assert.ok(v, `schema ${name} is not registered`);
    compiled.set(name, v);
  }
  return compiled.get(name);
}

/** Assert that `data` validates against the named schema (e.g. 'service.json'). */
export function assertValid(name, data, label = name) {
  const v = validator(name);
  if (v(data)) return;
  const errs = (v.errors || []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message}` +
    (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''));
  assert.fail(`${label} does not validate against ${name}:\n  ${errs.join('\n  ')}` +
    `\n  data: ${JSON.stringify(data).slice(0, 600)}`);
}

// ---------------------------------------------------------------------------------------------
// HTTP

export const BASE = (process.env.FILET_URL || 'http://127.0.0.1:18080').replace(/\/+$/, '');
export const ADMIN = { email: 'admin@demo.filet', password: 'filet-demo-2026' };

export class Res {
  constructor(status, headers, text) {
    this.status = status;
    this.headers = headers;
    this.text = text;
    try { this.json = text ? JSON.parse(text) : undefined; } catch { this.json = undefined; }
  }
  describe() { return `HTTP ${this.status} ${this.text.slice(0, 600)}`; }
}

export class Client {
  constructor() { this.jar = new Map(); this.csrf = null; }

  async req(method, p, body) {
    const url = /^https?:\/\//.test(p) ? p : BASE + p;
    const headers = { accept: 'application/json' };
    if (this.jar.size) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    let payload;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const r = await fetch(url, { method, headers, body: payload, redirect: 'manual' });
    const res = new Res(r.status, r.headers, await r.text());
    const cookies = typeof r.headers.getSetCookie === 'function' ? r.headers.getSetCookie() : [];
    for (const line of cookies) {
      const [nv, ...attrs] = line.split(';').map((s) => s.trim());
      const eq = nv.indexOf('=');
      const name = nv.slice(0, eq), value = nv.slice(eq + 1);
      if (value === '' || attrs.some((a) => /^max-age=0$/i.test(a))) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  get(p) { return this.req('GET', p); }
  post(p, body) { return this.req('POST', p, body); }

  async login(email = ADMIN.email, password = ADMIN.password) {
    if (email === ADMIN.email && password === ADMIN.password) {
      // The demo admin's session shared with the API tests: each sign-in spends a code.
      const shared = await as('admin');
      this.jar = new Map(shared.jar);
      this.csrf = shared.csrf;
      return this;
    }
    const res = await this.post('/api/v1/session', { email, password });
    assert.equal(res.status, 200, `login ${email}: ${res.describe()}`);
    this.csrf = res.json.csrf_token;
    assert.ok(this.csrf, `login ${email}: no csrf_token`);
    return this;
  }

  /** GET that must answer 200 with JSON; returns the parsed body. */
  async json(p) {
    const res = await this.get(p);
    assert.equal(res.status, 200, `GET ${p}: ${res.describe()}`);
    assert.ok(res.json !== undefined, `GET ${p}: body is not JSON`);
    return res.json;
  }
}

let admin;
/** The admin's client, signed in once per test file. */
export async function asAdmin() {
  if (!admin) admin = await new Client().login();
  return admin;
}

// ---------------------------------------------------------------------------------------------
// Data helpers

/** GET /api/v1/directory/export as an array of HSDS services. */
export async function exportServices(client) {
  const res = await client.get('/api/v1/directory/export');
  assert.equal(res.status, 200, `export: ${res.describe()}`);
  assert.ok(Array.isArray(res.json), `export is not a JSON array: ${res.text.slice(0, 200)}`);
  return res.json;
}

/** POST an HSDS document to /api/v1/directory/import; returns the Res. */
export function importHsds(client, doc, strict = false) {
  return client.post(`/api/v1/directory/import?strict=${strict ? 'true' : 'false'}`, doc);
}

/** The import report: {imported, updated, rejected}, from the body or from an error envelope. */
export function importReport(res) {
  const body = res.json || {};
  if (Array.isArray(body.rejected)) return body;
  if (body.error && Array.isArray(body.error.rejected)) return body.error;
  assert.fail(`import answer has no "rejected" list: ${res.describe()}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A deep copy of `doc` where every UUID is replaced by a fresh one (consistently, so links hold). */
export function freshIds(doc) {
  const map = new Map();
  const walk = (v) => {
    if (typeof v === 'string' && UUID.test(v)) {
      if (!map.has(v.toLowerCase())) map.set(v.toLowerCase(), randomUUID());
      return map.get(v.toLowerCase());
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(doc);
}

/** Strip what an import legitimately changes: last_modified and the timestamps of metadata. */
export function normalize(v) {
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) {
      if (k === 'last_modified' || k === 'last_action_date') continue;
      out[k] = normalize(v[k]);
    }
    return out;
  }
  return v;
}

/** Total number of services, from the HSDS list envelope. */
export async function serviceCount(client) {
  const page = await client.json('/api/hsds/services?page=1&per_page=1');
  assert.equal(typeof page.total_items, 'number', `total_items: ${JSON.stringify(page).slice(0, 200)}`);
  return page.total_items;
}

export { randomUUID };
