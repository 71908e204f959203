// Device cookies (OWASP "Slow down online guessing attacks with device cookies"): a browser
// that has signed in to an account before carries a token signed for that account, and
// keeps its own sign-in budget when someone else is guessing that account's password.
// A token is `nonce.mac`, mac = HMAC-SHA256(key, account + nonce); the account is not in the
// cookie, so the token only proves itself against the address typed into the form.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How many accounts one browser remembers (a shared desk may sign in to a few). */
export const MAX_DEVICE_TOKENS = 5;
const TOKEN = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

/** A purpose-specific key, so the server secret is never used directly. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(purpose).digest();
}

function mac(key: Buffer, account: string, nonce: string): string {
  return createHmac('sha256', key).update(`${account}\n${nonce}`).digest('base64url');
}

/** A new device token for `account` (already normalised). */
export function signDeviceToken(key: Buffer, account: string, nonce = randomBytes(16).toString('base64url')): string {
  return `${nonce}.${mac(key, account, nonce)}`;
}

/** The cookie's tokens, ignoring anything malformed. */
export function parseDeviceCookie(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('~')
    .filter((t) => TOKEN.test(t))
    .slice(0, MAX_DEVICE_TOKENS);
}

/** The nonce of the token in `tokens` signed for `account`, or null. */
export function deviceNonceFor(key: Buffer, account: string, tokens: string[]): string | null {
  for (const token of tokens) {
    const [nonce = '', sent = ''] = token.split('.');
    const expected = Buffer.from(mac(key, account, nonce));
    const given = Buffer.from(sent);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return nonce;
  }
  return null;
}

/** The cookie value after a successful sign-in: this account's token first, then the others. */
export function withDeviceToken(key: Buffer, account: string, tokens: string[]): string {
  const nonce = deviceNonceFor(key, account, tokens);
  const own = tokens.find((t) => nonce !== null && t.startsWith(`${nonce}.`)) ?? signDeviceToken(key, account);
  return [own, ...tokens.filter((t) => t !== own)].slice(0, MAX_DEVICE_TOKENS).join('~');
}
