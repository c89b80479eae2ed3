// Codes of the demo admin's two-step sign-in, for every test suite (Node built-ins only).
//
// The demo admin (admin@demo.filet) is enrolled with a fixed secret (README, src/demo). A code
// is accepted once per account and the server takes the codes of the previous, current and next
// 30-second steps, so test processes that sign in as admin against the same server take their
// steps in turn: under a lock (a folder per server), each takes the step after the last one
// taken, waiting for the clock when it is two steps ahead.
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEMO_ADMIN = 'admin@demo.filet';
export const DEMO_TOTP_SECRET = 'FILETDEMOADMINTOTPSECRET234567AB';
const STEP = 30;

export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=-]/g, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The RFC 6238 code (HMAC-SHA1, 6 digits) of a base32 secret at a time step. */
export function totpAtStep(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

export const currentStep = () => Math.floor(Date.now() / 1000 / STEP);
export const totp = (secret) => totpAtStep(secret, currentStep());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stateDir = () => process.env.FILET_TEST_STATE || tmpdir();
const keyOf = (url) => new URL(url).host.replace(/[^a-z0-9]+/gi, '_');

/** Runs `work` holding the lock of the demo admin on the server at `url`. */
export async function withAdminLock(url, work, name = 'lock') {
  const lock = join(stateDir(), `filet-admin-${keyOf(url)}.${name}`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 90_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A code of the demo admin the server at `url` has not seen yet. Call under withAdminLock. */
export async function nextAdminCode(url, secret = DEMO_TOTP_SECRET) {
  const file = join(stateDir(), `filet-admin-${keyOf(url)}.step`);
  let last = 0;
  try {
    last = Number(readFileSync(file, 'utf8')) || 0;
  } catch {}
  let step = Math.max(currentStep(), last + 1);
  // The server takes the next step at most: wait for the clock beyond that.
  while (step > currentStep() + 1) await sleep(250);
  writeFileSync(file, String(step));
  return totpAtStep(secret, step);
}
