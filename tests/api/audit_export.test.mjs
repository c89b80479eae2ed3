// The audit log's download (GET /api/v1/audit/export): the one export writer's CSV (French and
// English) and XLSX, read back here; admin only, bad parameters refused with the field named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, assertCreated, assertError, toUrl, uniq, DEMO } from './helpers.mjs';

const BOM = '\uFEFF';

// RFC 4180 rows: quoted cells may hold the separator, doubled quotes and line breaks.
function parseCsv(text, separator) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the file ends with a line break');
  return rows;
}

async function download(admin, query) {
  const r = await fetch(toUrl('audit/export', query), { headers: { cookie: admin.cookieHeader() } });
  return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
}

// An organization whose name is a formula with the separators of both languages and quotes: the
// export shows it as its name today, beside the entry of its creation.
async function trickyOrganization(admin) {
  const name = `=HYPERLINK("http://x.test";"clic"), ${uniq('Org')}`;
  const org = assertCreated(await admin.post('organizations', { name, sector: 'community_other' }));
  return { name, id: org.id };
}

test('CSV in French: BOM, semicolons, French headers, formulas defused, every cell back as it was', async () => {
  const admin = await as('admin');
  const org = await trickyOrganization(admin);
  const res = await download(admin, { format: 'csv', lang: 'fr', entity: 'organization', action: 'create' });
  assert.equal(res.status, 200, res.bytes.toString());
  assert.match(res.headers.get('content-type'), /^text\/csv; charset=utf-8/);
  assert.match(res.headers.get('content-disposition'), /attachment; filename="filet-journal-audit\.csv"/);
  assert.deepEqual([...res.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const text = res.bytes.toString('utf8');
  assert.ok(text.startsWith(BOM));
  const rows = parseCsv(text.slice(1), ';');
  assert.deepEqual(rows[0], ['Date et heure (UTC)', 'Compte', 'Action', 'Type de fiche', 'Fiche', 'Nom de la fiche',
    'Organisation', 'Requête']);
  const body = rows.slice(1);
  assert.ok(body.length >= 1);
  for (const r of body) {
    assert.equal(r.length, 8);
    assert.equal(r[2], 'create', 'filtered by action');
    assert.equal(r[3], 'organization', 'filtered by entity');
    assert.match(r[0], /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/, 'ISO date-time');
  }
  const mine = body.filter((r) => r[4] === org.id);
  assert.equal(mine.length, 1, 'the creation of the organization, once');
  assert.equal(mine[0][1], DEMO.admin);
  assert.equal(mine[0][5], `'${org.name}`, 'the formula is defused with an apostrophe, the rest intact');
  const times = body.map((r) => r[0]);
  assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
});

test('CSV in English: commas and English headers; without filters every kind of entry', async () => {
  const admin = await as('admin');
  const org = await trickyOrganization(admin);
  const before = (await admin.get('audit', { query: { per_page: 1 } })).json.total;
  const res = await download(admin, { format: 'csv', lang: 'en' });
  assert.equal(res.status, 200);
  const rows = parseCsv(res.bytes.toString('utf8').slice(1), ',');
  assert.deepEqual(rows[0], ['Date and time (UTC)', 'Account', 'Action', 'Record type', 'Record', 'Record name',
    'Organization', 'Request']);
  const mine = rows.filter((r) => r[4] === org.id);
  assert.equal(mine.length, 1);
  assert.equal(mine[0][5], `'${org.name}`, 'a name with commas comes back whole');
  assert.ok(new Set(rows.slice(1).map((r) => r[3])).size > 1, 'several kinds of record');
  assert.ok(rows.length - 1 >= before, `every entry there was before the download (${rows.length - 1} < ${before})`);
});

test('XLSX: a workbook whose sheet holds the header and the entries, text defused', async () => {
  const admin = await as('admin');
  const org = await trickyOrganization(admin);
  const res = await download(admin, { format: 'xlsx', lang: 'en', entity: 'organization' });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(res.headers.get('content-disposition'), /filename="filet-journal-audit\.xlsx"/);
  assert.equal(res.bytes.subarray(0, 2).toString(), 'PK', 'a ZIP file');
  const file = join(mkdtempSync(join(tmpdir(), 'filet-xlsx-')), 'audit.xlsx');
  writeFileSync(file, res.bytes);
  const sheet = execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
  const workbook = execFileSync('unzip', ['-p', file, 'xl/workbook.xml'], { encoding: 'utf8' });
  assert.match(workbook, /<sheet name="Audit log"/);
  assert.match(sheet, /<t>Date and time \(UTC\)<\/t>/);
  assert.match(sheet, /state="frozen"/, 'the header row stays in view');
  assert.ok(sheet.includes(`<t>${org.id}</t>`), 'the entry of the new organization');
  assert.ok(sheet.includes("<t>'=HYPERLINK("), 'its name defused');
  assert.ok(!sheet.includes('<f>'), 'no formula');
});

test('bad parameters are refused naming the field, in French and English; others than admins cannot', async () => {
  const admin = await as('admin');
  for (const [query, field] of [[{ format: 'pdf' }, 'format'], [{ lang: 'de' }, 'lang'], [{ entity: 'x' }, 'entity']]) {
    const res = await admin.get('audit/export', { query });
    assertError(res, 400, 'bad_query', [field]);
  }
  const manager = await as('manager');
  assertError(await manager.get('audit/export', { query: { format: 'csv' } }), 403, 'forbidden');
});
