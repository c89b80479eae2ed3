// The families' identities never reach a log line: every server log of the test run (named by
// FILET_SERVER_LOGS, space-separated; tests/run.sh passes those of the API servers) is read after
// the API tests recorded the identity strings of tests/api/identity_strings.mjs, and none holds one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { IDENTITY_STRINGS } from '../api/identity_strings.mjs';

const logs = (process.env.FILET_SERVER_LOGS || '').split(/\s+/).filter(Boolean);

test('the server logs of the run are named and were written', () => {
  assert.ok(logs.length > 0, 'FILET_SERVER_LOGS names no log');
  for (const file of logs) assert.ok(readFileSync(file, 'utf8').includes('Filet listening'), `${file} is a server log`);
});

test('no identity string the API tests recorded is in any server log', () => {
  for (const file of logs) {
    const text = readFileSync(file, 'utf8');
    for (const s of IDENTITY_STRINGS) assert.ok(!text.includes(s), `${file} holds an identity string`);
  }
});
