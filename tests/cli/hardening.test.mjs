// The release binary carries the usual hardening (issue 6, item 12): a position-independent
// executable, full RELRO, stack canaries, fortified libc calls and a stack that is not executable,
// as readelf sees them in build/filet; and format strings that are not literals are errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN } from './lib.mjs';

function readelf(...args) {
  const r = spawnSync('readelf', ['-W', ...args, BIN], { encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('build/filet is a position-independent executable (ASLR applies to its code)', () => {
  assert.match(readelf('-h'), /Type:\s+DYN /);
  assert.match(readelf('-d'), /\(FLAGS_1\)\s+Flags:.*\bPIE\b/);
});

test('build/filet has full RELRO: relocations resolved at start, then read-only', () => {
  assert.match(readelf('-l'), /^\s*GNU_RELRO\s/m);
  const dynamic = readelf('-d');
  assert.ok(/\(BIND_NOW\)/.test(dynamic) || /\(FLAGS(_1)?\)\s+Flags:.*\bNOW\b/.test(dynamic),
    'no BIND_NOW: link with -Wl,-z,now');
});

test('build/filet has stack canaries and fortified libc calls, and no executable stack', () => {
  const symbols = readelf('--dyn-syms');
  assert.match(symbols, /\b__stack_chk_fail\b/, 'no stack protector: -fstack-protector-strong');
  const fortified = [...new Set(symbols.match(/\b__\w+_chk\b/g) ?? [])].filter((s) => s !== '__stack_chk_fail');
  assert.ok(fortified.length > 0, 'no fortified call (__memcpy_chk, __snprintf_chk…): -D_FORTIFY_SOURCE=2');
  assert.match(readelf('-l'), /^\s*GNU_STACK\s.*\sRW\s/m);
});

test('every source of the binary is compiled with the hardening flags', (t) => {
  const commands = join(dirname(BIN), 'compile_commands.json');
  if (!existsSync(commands)) return t.skip(`${commands} is missing`);
  const sources = JSON.parse(readFileSync(commands, 'utf8')).filter((c) => c.file.includes('/src/'));
  assert.ok(sources.length > 50);
  for (const { file, command } of sources) {
    for (const flag of ['-D_FORTIFY_SOURCE=2', '-fstack-protector-strong', '-Werror=format-security']) {
      assert.ok(command.includes(flag), `${file} without ${flag}`);
    }
  }
});
