// Both engines end up with the same schema after every migration: the same tables, columns
// (name, type family, NOT NULL), and indexes (name, columns, uniqueness). Only what truly differs
// by engine is left out: SQLite's full-text tables and PostgreSQL's tsvector column (see
// ARCHITECTURE.md, "Search in the directory").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { filet, tempDir, PG_SERVER } from './lib.mjs';

const ENGINE_ONLY = {
  sqlite: (table) => /_fts(_|$)/.test(table) || table.startsWith('sqlite_'),
  pg: () => false,
};
const ENGINE_ONLY_COLUMNS = new Set(['services_search_text.document']); // PostgreSQL's tsvector
const ENGINE_ONLY_INDEXES = new Set(['services_fts']); // PostgreSQL's GIN index over it

function typeFamily(type) {
  const t = type.toLowerCase();
  if (/int|serial/.test(t)) return 'integer';
  if (/real|double|float|numeric/.test(t)) return 'real';
  if (/text|char|json/.test(t)) return 'text';
  if (/bool/.test(t)) return 'boolean';
  return t;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => l.split('|'));
}

function sqliteSchema(file) {
  const q = (sql) => run('sqlite3', [file, sql]);
  const tables = q("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map(([n]) => n).filter((t) => !ENGINE_ONLY.sqlite(t));
  const schema = {};
  for (const table of tables) {
    const columns = q(`SELECT name, type, "notnull", pk FROM pragma_table_info('${table}') ORDER BY name`).map(
      ([name, type, notnull, pk]) => `${name} ${typeFamily(type)}${notnull === '1' || pk !== '0' ? ' not null' : ''}`);
    const indexes = q(`SELECT name, "unique" FROM pragma_index_list('${table}') WHERE origin = 'c' ORDER BY name`).map(([name, unique]) => {
      const cols = q(`SELECT name FROM pragma_index_info('${name}') ORDER BY seqno`).map(([c]) => c).join(',');
      return `${name}(${cols})${unique === '1' ? ' unique' : ''}`;
    });
    schema[table] = { columns, indexes };
  }
  return schema;
}

function pgSchema(url) {
  const q = (sql) => run('psql', [url, '-qAt', '-c', sql]);
  const tables = q("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name").map(([n]) => n).filter((t) => !ENGINE_ONLY.pg(t));
  const schema = {};
  for (const table of tables) {
    const columns = q(`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY column_name`)
      .filter(([name]) => !ENGINE_ONLY_COLUMNS.has(`${table}.${name}`))
      .map(([name, type, nullable]) => `${name} ${typeFamily(type)}${nullable === 'NO' ? ' not null' : ''}`);
    // Indexes written in the migrations (not those behind PRIMARY KEY / UNIQUE constraints).
    const indexes = q(`SELECT i.relname, ix.indisunique, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      WHERE t.relname = '${table}' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid) ORDER BY i.relname`)
      .filter(([name]) => !ENGINE_ONLY_INDEXES.has(name))
      .map(([name, unique, cols]) => `${name}(${cols})${unique === 't' ? ' unique' : ''}`);
    schema[table] = { columns, indexes };
  }
  return schema;
}

test('SQLite and PostgreSQL have the same schema after the migrations', { skip: !PG_SERVER && 'FILET_TEST_PG_SERVER not set' }, () => {
  const file = join(tempDir(), 'schema.db');
  assert.equal(filet(['migrate', '--db', `sqlite:${file}`]).code, 0);
  const name = `filet_schema_${process.pid}`;
  run('psql', [`${PG_SERVER}/postgres`, '-qAt', '-c', `CREATE DATABASE ${name}`]);
  try {
    const url = `${PG_SERVER}/${name}`;
    const migrated = filet(['migrate', '--db', url]);
    assert.equal(migrated.code, 0, migrated.stderr);
    const lite = sqliteSchema(file);
    const pg = pgSchema(url);
    // Every difference at once, each as "table: sqlite only … / postgresql only …".
    const differences = [];
    const only = (a, b) => a.filter((x) => !b.includes(x));
    for (const table of new Set([...Object.keys(lite), ...Object.keys(pg)])) {
      if (!lite[table] || !pg[table]) {
        differences.push(`${table}: only on ${lite[table] ? 'SQLite' : 'PostgreSQL'}`);
        continue;
      }
      for (const part of ['columns', 'indexes']) {
        const [l, p] = [only(lite[table][part], pg[table][part]), only(pg[table][part], lite[table][part])];
        if (l.length || p.length) differences.push(`${table} ${part}: SQLite only [${l.join('; ')}], PostgreSQL only [${p.join('; ')}]`);
      }
    }
    assert.deepEqual(differences, []);
  } finally {
    run('psql', [`${PG_SERVER}/postgres`, '-qAt', '-c', `DROP DATABASE ${name} WITH (FORCE)`]);
  }
});
