// Both engines end up with the same schema after every migration: the same tables, columns
// (name, declared type, NOT NULL), indexes (name, columns, uniqueness) and constraints (primary
// keys, unique constraints, foreign keys with their ON DELETE, CHECK constraints with their allowed
// values). Only what truly differs by engine is left out: SQLite's full-text tables and
// PostgreSQL's GIN index (see ARCHITECTURE.md, "Search in the directory"). Migrations are one
// portable file each plus engine parts (src/db/migrations/), and this test keeps them honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { filet, tempDir, PG_SERVER } from './lib.mjs';

const ENGINE_ONLY = {
  sqlite: (table) => /_fts(_|$)/.test(table) || table.startsWith('sqlite_'),
  pg: () => false,
};
const ENGINE_ONLY_INDEXES = new Set(['services_fts']); // PostgreSQL's GIN index over the text

// Declared types must be the same words on both engines (BIGINT, INTEGER, DOUBLE PRECISION,
// TEXT): PostgreSQL's INTEGER is 32-bit where SQLite's is 64-bit, so an epoch column declared
// INTEGER on one and BIGINT on the other is a difference. An identity column, SQLite's INTEGER
// PRIMARY KEY AUTOINCREMENT (its 64-bit rowid), is PostgreSQL's BIGSERIAL, a bigint.
function typeName(type, rowid = false) {
  const t = type.toLowerCase();
  return rowid && t === 'integer' ? 'bigint' : t;
}

// "column in [allowed values]" for a CHECK constraint written `column IN ('a', 'b')`, from SQLite's
// CREATE TABLE text or PostgreSQL's normalized (column = ANY (ARRAY['a'::text, 'b'::text])).
function checkOf(expression) {
  const column = expression.match(/[a-z_][a-z0-9_]*/i)[0];
  const values = [...expression.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();
  return `check ${column} in [${values.join(',')}]`;
}

// The expressions of CHECK ( … ) in a CREATE TABLE statement, parentheses balanced.
function checksInSql(sql) {
  const out = [];
  const re = /\bCHECK\s*\(/gi;
  let m;
  while ((m = re.exec(sql))) {
    let depth = 1;
    let i = re.lastIndex;
    for (; i < sql.length && depth > 0; i++) depth += sql[i] === '(' ? 1 : sql[i] === ')' ? -1 : 0;
    out.push(sql.slice(re.lastIndex, i - 1));
  }
  return out;
}

const PG_ON_DELETE = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

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
    const [[sql]] = q(`SELECT replace(replace(sql, char(10), ' '), char(13), ' ') FROM sqlite_master WHERE type = 'table' AND name = '${table}'`);
    const info = q(`SELECT name, type, "notnull", pk FROM pragma_table_info('${table}') ORDER BY name`);
    const keyColumns = info.filter(([, , , pk]) => pk !== '0');
    const identity = keyColumns.length === 1 && /AUTOINCREMENT/i.test(sql);
    const columns = info.map(([name, type, notnull, pk]) =>
      `${name} ${typeName(type, identity && pk !== '0')}${notnull === '1' || pk !== '0' ? ' not null' : ''}`);
    const indexColumns = (name) => q(`SELECT name FROM pragma_index_info('${name}') ORDER BY seqno`).map(([c]) => c).join(',');
    const indexes = q(`SELECT name, "unique" FROM pragma_index_list('${table}') WHERE origin = 'c' ORDER BY name`)
      .map(([name, unique]) => `${name}(${indexColumns(name)})${unique === '1' ? ' unique' : ''}`);
    const constraints = [];
    if (keyColumns.length) constraints.push(`primary key (${keyColumns.sort((a, b) => a[3] - b[3]).map(([n]) => n).join(',')})`);
    for (const [name] of q(`SELECT name FROM pragma_index_list('${table}') WHERE origin = 'u'`)) constraints.push(`unique (${indexColumns(name)})`);
    const keys = new Map();
    for (const [id, , parent, from, to, , onDelete] of q(`SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('${table}') ORDER BY id, seq`)) {
      const k = keys.get(id) ?? { parent, from: [], to: [], onDelete };
      k.from.push(from);
      k.to.push(to);
      keys.set(id, k);
    }
    for (const k of keys.values()) constraints.push(`foreign key (${k.from.join(',')}) references ${k.parent} (${k.to.join(',')}) on delete ${k.onDelete.toLowerCase()}`);
    for (const check of checksInSql(sql)) constraints.push(checkOf(check));
    schema[table] = { columns, indexes, constraints: constraints.sort() };
  }
  return schema;
}

function pgSchema(url) {
  const q = (sql) => run('psql', [url, '-qAt', '-c', sql]);
  const tables = q("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name").map(([n]) => n).filter((t) => !ENGINE_ONLY.pg(t));
  const schema = {};
  for (const table of tables) {
    const columns = q(`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY column_name`)
      .map(([name, type, nullable]) => `${name} ${typeName(type)}${nullable === 'NO' ? ' not null' : ''}`);
    // Indexes written in the migrations (not those behind PRIMARY KEY / UNIQUE constraints).
    const indexes = q(`SELECT i.relname, ix.indisunique, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      WHERE t.relname = '${table}' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid) ORDER BY i.relname`)
      .filter(([name]) => !ENGINE_ONLY_INDEXES.has(name))
      .map(([name, unique, cols]) => `${name}(${cols})${unique === 't' ? ' unique' : ''}`);
    const columnsOf = (relation, keys) => `(SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(${keys}) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum)`;
    const constraints = q(`SELECT c.contype, ${columnsOf('c.conrelid', 'c.conkey')}, f.relname, ${columnsOf('c.confrelid', 'c.confkey')}, c.confdeltype, pg_get_constraintdef(c.oid)
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace LEFT JOIN pg_class f ON f.oid = c.confrelid
      WHERE ns.nspname = 'public' AND t.relname = '${table}' AND c.contype IN ('p', 'u', 'f', 'c')`)
      .map(([type, cols, parent, parentCols, onDelete, definition]) => {
        if (type === 'p') return `primary key (${cols})`;
        if (type === 'u') return `unique (${cols})`;
        if (type === 'f') return `foreign key (${cols}) references ${parent} (${parentCols}) on delete ${PG_ON_DELETE[onDelete]}`;
        return checkOf(definition.replace(/^CHECK\s*/i, '').replace(/^\(+/, ''));
      });
    schema[table] = { columns, indexes, constraints: constraints.sort() };
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
      for (const part of ['columns', 'indexes', 'constraints']) {
        const [l, p] = [only(lite[table][part], pg[table][part]), only(pg[table][part], lite[table][part])];
        if (l.length || p.length) differences.push(`${table} ${part}: SQLite only [${l.join('; ')}], PostgreSQL only [${p.join('; ')}]`);
      }
    }
    assert.deepEqual(differences, []);
  } finally {
    run('psql', [`${PG_SERVER}/postgres`, '-qAt', '-c', `DROP DATABASE ${name} WITH (FORCE)`]);
  }
});
