/**
 * RFC 6238 time-based one-time passwords as authenticator apps use them: HMAC-SHA-1, 6 digits, 30-second
 * steps, with one step of drift either way. Pure: the caller passes the time (the injected clock).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '../../platform/secrets.js';

export const TOTP = { digits: 6, stepSeconds: 30, drift: 1 } as const;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) throw new Error('Not base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new 160-bit secret, base32 as authenticator apps expect. */
export const newTotpSecret = () => base32Encode(randomBytes(20));

export const timeStep = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP.stepSeconds);

/** RFC 4226 HOTP value for one counter. */
export function hotp(secret: string, counter: number): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** TOTP.digits;
  return String(code).padStart(TOTP.digits, '0');
}

export const totpAt = (secret: string, at: Date) => hotp(secret, timeStep(at));

/**
 * The time step a code matches at `at` (±drift), or undefined. Steps at or before `lastUsedStep` never
 * match, so an observed code cannot be replayed.
 */
export function matchTotp(
  secret: string,
  code: string,
  at: Date,
  lastUsedStep: number | null = null,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const now = timeStep(at);
  for (let step = now - TOTP.drift; step <= now + TOTP.drift; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (safeEqual(hotp(secret, step), code)) return step;
  }
  return undefined;
}

/** The otpauth:// URI authenticator apps read from a QR code. */
export function otpauthUri(issuer: string, account: string, secret: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP.digits),
    period: String(TOTP.stepSeconds),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
