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
