// The session cookie name (src/lib/server/auth/cookies.ts): __Host- prefix only on https sites.
import { describe, expect, it } from 'vitest';
import { isSecureSite, sessionCookieName } from '../../../../src/lib/server/auth/cookies';

describe('the session cookie name', () => {
  it('uses the __Host- prefix only where the site is https (the prefix requires Secure)', () => {
    expect(sessionCookieName('https://summit.example')).toBe('__Host-session');
    expect(isSecureSite('https://summit.example')).toBe(true);
    expect(sessionCookieName('http://localhost:4321')).toBe('session');
    expect(isSecureSite(undefined)).toBe(false);
  });
});
