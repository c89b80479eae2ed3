// Operations endpoints: /healthz and /metrics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, as } from './helpers.mjs';

test('/healthz → 200 {"status":"ok"} without a session', async () => {
  const res = await fetch(`${BASE}/healthz`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') || '', /^application\/json/);
  assert.deepEqual(await res.json(), { status: 'ok' });
});

test('HEAD /healthz is answered without a body or is a clean 405', async () => {
  const res = await fetch(`${BASE}/healthz`, { method: 'HEAD' });
  assert.ok([200, 405].includes(res.status), `HEAD /healthz: ${res.status}`);
});

async function getMetrics() {
  let res = await new Client().get('/metrics', { headers: { accept: 'text/plain' } });
  if (res.status === 401 || res.status === 403) {
    res = await (await as('admin')).get('/metrics', { headers: { accept: 'text/plain' } });
  }
  assert.equal(res.status, 200, `/metrics: ${res.describe()}`);
  assert.match(res.headers.get('content-type') || '', /^text\/plain/);
  return res.text;
}

/** Parse Prometheus text format into [{name, labels, value}]. */
function parseProm(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+\d+)?$/.exec(line);
    assert.ok(m, `unparsable metrics line: ${line}`);
    const labels = {};
    if (m[3]) for (const [, k, v] of m[3].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v;
    out.push({ name: m[1], labels, value: Number(m[4]) });
  }
  return out;
}

test('/metrics exposes filet_http_requests_total with route and status labels', async () => {
  const admin = await as('admin');
  // Generate traffic with a known route and status.
  assert.equal((await admin.get('organizations')).status, 200);
  assert.equal((await admin.get('no-such-route-for-metrics')).status, 404);
  const text = await getMetrics();
  assert.match(text, /# TYPE filet_http_requests_total counter/);
  const samples = parseProm(text);
  const reqs = samples.filter((s) => s.name === 'filet_http_requests_total');
  assert.ok(reqs.length > 0, 'filet_http_requests_total samples');
  for (const s of reqs) {
    assert.ok('route' in s.labels, `route label: ${JSON.stringify(s.labels)}`);
    assert.ok('status' in s.labels, `status label: ${JSON.stringify(s.labels)}`);
    assert.match(s.labels.status, /^\d{3}$/);
    assert.ok(Number.isFinite(s.value) && s.value >= 0);
  }
  const orgs = reqs.find((s) => /organizations/.test(s.labels.route) && !/\{|:id|[0-9a-f]{8}-/.test(s.labels.route) && s.labels.status === '200');
  assert.ok(orgs && orgs.value >= 1, 'a sample for GET /api/v1/organizations 200');
  // Route labels are templates, not raw paths with ids (bounded cardinality).
  for (const s of reqs) assert.doesNotMatch(s.labels.route, /[0-9a-f]{8}-[0-9a-f]{4}-/i, `route label holds an id: ${s.labels.route}`);
  assert.ok(!reqs.some((s) => s.labels.route.includes('no-such-route-for-metrics')), 'unknown paths are not route labels');
});

test('/metrics exposes a filet_http_request_duration_seconds histogram', async () => {
  const text = await getMetrics();
  assert.match(text, /# TYPE filet_http_request_duration_seconds histogram/);
  const samples = parseProm(text);
  const buckets = samples.filter((s) => s.name === 'filet_http_request_duration_seconds_bucket');
  assert.ok(buckets.length >= 2, 'several buckets');
  assert.ok(buckets.some((b) => b.labels.le === '+Inf'), '+Inf bucket');
  const count = samples.find((s) => s.name === 'filet_http_request_duration_seconds_count');
  const sum = samples.find((s) => s.name === 'filet_http_request_duration_seconds_sum');
  assert.ok(count && sum, '_count and _sum');
  // Buckets are cumulative, +Inf equals _count (for each label set).
  const groups = new Map();
  for (const b of buckets) {
    const { le, ...rest } = b.labels;
    const key = JSON.stringify(rest);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ le: le === '+Inf' ? Infinity : Number(le), v: b.value });
  }
  for (const [key, bs] of groups) {
    bs.sort((a, b) => a.le - b.le);
    for (let i = 1; i < bs.length; i++) assert.ok(bs[i].v >= bs[i - 1].v, `cumulative buckets ${key}`);
    const cnt = samples.find((s) => s.name === 'filet_http_request_duration_seconds_count' && JSON.stringify(s.labels) === key);
    if (cnt) assert.equal(bs[bs.length - 1].v, cnt.value, `+Inf bucket equals _count ${key}`);
  }
  assert.ok(count.value > 0);
  assert.ok(sum.value >= 0);
});
