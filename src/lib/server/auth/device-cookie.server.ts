// The device cookie in the browser: read on each sign-in, renewed on success. HttpOnly,
// SameSite=Lax, Secure with the __Host- prefix in production, like the session cookie.
import type { AstroCookies } from 'astro';
import { isSecureSite } from '~/lib/server/auth/cookies';
import { deriveKey, deviceNonceFor, parseDeviceCookie, withDeviceToken } from '~/lib/server/auth/device-cookie';
import { serverSecret } from '~/lib/server/auth/server-secret.server';

const MAX_AGE_SEC = 365 * 24 * 60 * 60;
let key: Buffer | undefined;

function deviceKey(): Buffer {
  return (key ??= deriveKey(serverSecret(), 'device-cookie/v1'));
}

/** `__Host-summit_device` in production, `summit_device` on plain-http development servers. */
export function deviceCookieName(): string {
  return isSecureSite() ? '__Host-summit_device' : 'summit_device';
}

/** The nonce of this browser's valid device token for `account`, or null (no, foreign or forged cookie). */
export function trustedDeviceNonce(cookies: AstroCookies, account: string): string | null {
  return deviceNonceFor(deviceKey(), account, parseDeviceCookie(cookies.get(deviceCookieName())?.value));
}

/** After a successful sign-in: remember this browser for `account` (keeping its other accounts). */
export function rememberDevice(cookies: AstroCookies, account: string): void {
  const tokens = parseDeviceCookie(cookies.get(deviceCookieName())?.value);
  cookies.set(deviceCookieName(), withDeviceToken(deviceKey(), account, tokens), {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureSite(),
    path: '/',
    maxAge: MAX_AGE_SEC,
  });
}
