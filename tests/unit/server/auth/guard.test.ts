// Route guards (src/lib/server/auth/guard.ts): the access each route needs, allow or refuse by role,
// same-site ?next= destinations, and requireUser / requireRole.
import { describe, expect, it } from 'vitest';
import {
  decide,
  isApiPath,
  loginPath,
  requiredAccess,
  requireRole,
  requireUser,
  safeNext,
} from '../../../../src/lib/server/auth/guard';
import type { SessionUser } from '../../../../src/lib/server/auth/session';

const user = (role: SessionUser['role']): SessionUser => ({
  id: 'u',
  email: 'a@b.c',
  role,
  fullName: 'A',
  language: 'en',
  emailVerified: true,
});

describe('requiredAccess', () => {
  it.each([
    ['/admin', 'organiser'],
    ['/admin/', 'organiser'],
    ['/admin/outbox/', 'organiser'],
    ['/ADMIN/outbox', 'organiser'],
    ['/%61dmin/', 'organiser'],
    ['//admin//outbox', 'organiser'],
    ['/api/check-in', 'organiser'],
    ['/en/me/', 'signed-in'],
    ['/vi/me/ticket/', 'signed-in'],
    ['/en/me/data.json', 'signed-in'],
    ['/api/seats/workshop-open-data-sprint', 'signed-in'],
    ['/api/stars', 'signed-in'],
    ['/api/stars/', 'signed-in'],
    ['/en/exhibitor/leads/', 'exhibitor'],
  ])('protects %s as %s', (path, access) => {
    expect(requiredAccess(path)).toBe(access);
  });

  it.each([
    '/',
    '/en/',
    '/en/agenda/',
    '/en/register/',
    '/en/login/',
    '/administrator',
    '/fr/me/',
    '/en/meetings-info/',
    '/calendar/summit.ics',
    '/healthz',
    // The session page's star form: a visitor's star goes into a cookie.
    '/api/stars/opening-ceremony',
  ])('leaves %s public', (path) => {
    expect(requiredAccess(path)).toBe('public');
  });
});

describe('decide', () => {
  it('lets everyone through public routes and asks visitors to sign in elsewhere', () => {
    expect(decide('public', null)).toBe('allow');
    expect(decide('signed-in', null)).toBe('unauthenticated');
    expect(decide('signed-in', user('delegate'))).toBe('allow');
  });

  it('forbids roles below the one required; organisers pass every check', () => {
    expect(decide('organiser', user('delegate'))).toBe('forbidden');
    expect(decide('organiser', user('exhibitor'))).toBe('forbidden');
    expect(decide('exhibitor', user('delegate'))).toBe('forbidden');
    expect(decide('exhibitor', user('exhibitor'))).toBe('allow');
    expect(decide('exhibitor', user('organiser'))).toBe('allow');
  });
});

describe('safeNext', () => {
  it.each(['/en/me/', '/en/agenda/?track=ai#now'])('keeps the same-site path %s', (next) => {
    expect(safeNext(next)).toBe(next);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'en/me',
    '/en/\nSet-Cookie:x',
    '',
    null,
    undefined,
    `/${'a'.repeat(600)}`,
  ])('refuses %s', (next) => {
    expect(safeNext(next)).toBeUndefined();
  });

  // Inputs that try to leave the site: protocol-relative, backslashes, dot segments that the
  // parser collapses into "//host", encoded slashes, whitespace the parser drops, other schemes.
  const TRICKY = [
    '//',
    '///evil.example',
    '//evil.example/phish',
    '/\\',
    '/\\evil.example',
    '/\\/evil.example',
    '/./',
    '/.//evil.example',
    '/.//evil.example/phish',
    '/././/evil.example',
    '/en/..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E/%2E%2E//evil.example',
    '/%2e/%2fevil.example',
    '%2f%2fevil.example',
    '/%2f%2fevil.example',
    '/%2F/evil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/ /evil.example',
    '/\u0000/evil.example',
    '/en/me/\u007f',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '/javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/',
    'https:evil.example',
    'https:/evil.example',
    'http://next.invalid/en/me/',
    '\uff0f\uff0fevil.example',
    '/\uff0f\uff0fevil.example',
    '/\u2215\u2215evil.example',
    '/\u3002evil.example',
    '/\u202e//evil.example',
    '/en/me/?next=//evil.example#//evil.example',
  ];

  it.each(TRICKY)('turns %j into nothing or a path on this site', (next) => {
    const out = safeNext(next);
    if (out === undefined) return;
    expect(out).toMatch(/^\/(?![/\\])/);
    expect(out).toMatch(/^[\x21-\x7e]+$/);
    expect(new URL(out, 'https://summit.example').origin).toBe('https://summit.example');
    expect(new URL(out, 'https://summit.example').href).toBe(new URL(next, 'https://summit.example').href);
  });

  it.each([
    '//',
    '/.//evil.example/phish',
    '/en/..//evil.example',
    '/%2e%2e//evil.example',
    '/%2f%2fevil.example',
    '/%5cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    'https:evil.example',
    'data:text/html,x',
    '\uff0f\uff0fevil.example',
  ])('refuses %j outright', (next) => {
    expect(safeNext(next)).toBeUndefined();
  });

  it('re-serialises what it keeps: dot segments resolved, lookalikes percent-encoded', () => {
    expect(safeNext('/./en/me/')).toBe('/en/me/');
    expect(safeNext('/\uff0f\uff0fevil.example')).toBe('/%EF%BC%8F%EF%BC%8Fevil.example');
    expect(safeNext('/en/me/?next=//evil.example#//evil.example')).toBe('/en/me/?next=//evil.example#//evil.example');
  });

  it('builds the sign-in link with the destination encoded', () => {
    expect(loginPath('vi', '/vi/me/ticket/')).toBe('/vi/login/?next=%2Fvi%2Fme%2Fticket%2F');
    expect(loginPath('en', '//evil.example')).toBe('/en/login/');
  });
});

describe('requireUser and requireRole', () => {
  it('hand back the signed-in user, or throw for pages the guard should have stopped', () => {
    expect(requireUser({ user: user('delegate') }).id).toBe('u');
    expect(() => requireUser({ user: null })).toThrow('unauthenticated');
    expect(() => requireRole({ user: user('delegate') }, 'organiser')).toThrow('forbidden');
    expect(requireRole({ user: user('organiser') }, 'organiser').role).toBe('organiser');
  });

  it('treats JSON routes as APIs', () => {
    expect(isApiPath('/api/stars')).toBe(true);
    expect(isApiPath('/en/me/data.json')).toBe(true);
    expect(isApiPath('/en/me/')).toBe(false);
  });
});
