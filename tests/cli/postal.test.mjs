// `filet postal import FILE` (issue 8 item 9): loads postal-area centroids from a CSV, all or
// nothing, every rejected row on standard error with its line, in French and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filet, tempDir } from './lib.mjs';

test('postal import loads a CSV of areas, then refuses a file with bad rows and changes nothing', () => {
  const work = tempDir();
  const db = `sqlite:${join(work, 'filet.db')}`;
  const good = join(work, 'areas.csv');
  writeFileSync(good, 'rta,latitude,longitude\nX0A,63.75,-68.52\nX0B,64.31,-96.02\n');
  let r = filet(['postal', 'import', '--db', db, good]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  // A new database knows the demo's areas; the file adds two.
  const known = Number(/connues \/ known: (\d+)/.exec(r.stdout)?.[1]);
  assert.match(r.stdout, /ajoutées \/ postal areas added: 2, mises à jour \/ updated: 0, /);
  assert.ok(known >= 2, r.stdout);

  const bad = join(work, 'bad.csv');
  writeFileSync(bad, 'fsa,latitude,longitude\nX0C,62.8,-92.1\nX0A,abc,-68.5\nH2X 1Y4,45.5,-73.5\n');
  r = filet(['postal', 'import', '--db', db, bad]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /ligne \/ line 3 : .*latitude/);
  assert.match(r.stderr, /ligne \/ line 4 : .*région postale/);
  assert.match(r.stderr, /2 ligne\(s\) rejetée\(s\), rien n’a été chargé \/ 2 row\(s\) rejected, nothing was loaded/);

  // Nothing of the refused file was kept: loading the good file again only updates.
  r = filet(['postal', 'import', '--db', db, good]);
  assert.match(r.stdout, new RegExp(`added: 0, mises à jour / updated: 2, connues / known: ${known}\\b`));

  r = filet(['postal', 'import', '--db', db, join(work, 'missing.csv')]);
  assert.notEqual(r.code, 0);
});
