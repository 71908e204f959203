// Paths of pages in a language (src/lib/i18n/paths.ts): the language prefix and the query.
import { describe, expect, it } from 'vitest';
import { localizedPath } from '~/lib/i18n/paths';

describe('localizedPath', () => {
  it('prefixes a lang-less path with the language', () => {
    expect(localizedPath('en', '/sessions/opening-ceremony/')).toBe('/en/sessions/opening-ceremony/');
    expect(localizedPath('vi', '/agenda/')).toBe('/vi/agenda/');
  });

  it('gives the home page of a language for "/"', () => {
    expect(localizedPath('vi', '/')).toBe('/vi/');
    expect(localizedPath('en', '/')).toBe('/en/');
  });

  it('accepts a path written without its leading slash', () => {
    expect(localizedPath('vi', 'speakers/')).toBe('/vi/speakers/');
  });

  it('appends the query, encoded, leaving out unset parameters', () => {
    expect(localizedPath('en', '/login/', { next: '/en/me/agenda/?x=1&y=2', reason: undefined })).toBe(
      '/en/login/?next=%2Fen%2Fme%2Fagenda%2F%3Fx%3D1%26y%3D2',
    );
  });

  it('repeats a parameter given as a list and writes numbers as text', () => {
    expect(localizedPath('vi', '/agenda/', { track: ['ai', 'mobility'], page: 2 })).toBe(
      '/vi/agenda/?track=ai&track=mobility&page=2',
    );
  });

  it('adds no "?" when every parameter is unset', () => {
    expect(localizedPath('en', '/showcase/', { q: undefined })).toBe('/en/showcase/');
    expect(localizedPath('en', '/showcase/', {})).toBe('/en/showcase/');
  });
});
