// Device cookies: a token signed for one account proves a browser signed in to that account
// before; it proves nothing for another account, under another key, or once tampered with.
import { describe, expect, it } from 'vitest';
import {
  MAX_DEVICE_TOKENS,
  deriveKey,
  deviceNonceFor,
  parseDeviceCookie,
  signDeviceToken,
  withDeviceToken,
} from '~/lib/server/auth/device-cookie';

const key = deriveKey('a test secret that is long enough to sign with', 'device-cookie/v1');
const otherKey = deriveKey('another test secret, also long enough to sign', 'device-cookie/v1');

describe('a device token', () => {
  it('is valid for the account it was signed for and names its nonce', () => {
    const token = signDeviceToken(key, 'owner@example.org');
    const nonce = token.split('.')[0];
    expect(deviceNonceFor(key, 'owner@example.org', parseDeviceCookie(token))).toBe(nonce);
  });

  it('is not valid for another account, under another key, or with one character changed', () => {
    const token = signDeviceToken(key, 'owner@example.org');
    expect(deviceNonceFor(key, 'other@example.org', parseDeviceCookie(token))).toBeNull();
    expect(deviceNonceFor(otherKey, 'owner@example.org', parseDeviceCookie(token))).toBeNull();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(deviceNonceFor(key, 'owner@example.org', parseDeviceCookie(token.slice(0, -1) + last))).toBeNull();
  });

  it('does not carry the account’s address', () => {
    expect(signDeviceToken(key, 'owner@example.org')).not.toContain('owner');
  });

  it('derives different keys for different purposes from one secret', () => {
    expect(deriveKey('s'.repeat(32), 'a').equals(deriveKey('s'.repeat(32), 'b'))).toBe(false);
  });
});

describe('the device cookie', () => {
  it('ignores malformed entries', () => {
    const token = signDeviceToken(key, 'owner@example.org');
    expect(parseDeviceCookie(`junk~${token}~a.b`)).toEqual([token]);
    expect(parseDeviceCookie(undefined)).toEqual([]);
  });

  it('keeps the token of an account already remembered, first, beside the others', () => {
    const mine = signDeviceToken(key, 'owner@example.org');
    const theirs = signDeviceToken(key, 'colleague@example.org');
    expect(withDeviceToken(key, 'owner@example.org', [theirs, mine])).toBe(`${mine}~${theirs}`);
  });

  it('adds a token for a new account and remembers at most five accounts', () => {
    const tokens = Array.from({ length: MAX_DEVICE_TOKENS }, (_, i) => signDeviceToken(key, `u${i}@example.org`));
    const value = withDeviceToken(key, 'new@example.org', tokens);
    const kept = parseDeviceCookie(value);
    expect(kept).toHaveLength(MAX_DEVICE_TOKENS);
    expect(deviceNonceFor(key, 'new@example.org', kept)).not.toBeNull();
    expect(deviceNonceFor(key, `u${MAX_DEVICE_TOKENS - 1}@example.org`, kept)).toBeNull();
  });
});
