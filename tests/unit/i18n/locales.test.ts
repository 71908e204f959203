// Languages (src/lib/i18n/locales.ts): negotiating vi or en from Accept-Language, and picking a
// localized text with fallback to the other language.
import { describe, expect, it } from 'vitest';
import { negotiateLang, pick } from '../../../src/lib/i18n/locales';

describe('language negotiation', () => {
  it('picks English for an English browser', () => {
    expect(negotiateLang('en-US,en;q=0.9')).toBe('en');
  });

  it('picks Vietnamese when it ranks higher than English', () => {
    expect(negotiateLang('fr-FR,vi;q=0.8,en;q=0.5')).toBe('vi');
  });

  it('falls back to Vietnamese when no language is supported or the header is missing', () => {
    expect(negotiateLang('de-DE,fr;q=0.8')).toBe('vi');
    expect(negotiateLang(undefined)).toBe('vi');
  });

  it('ignores languages the visitor refused with q=0', () => {
    expect(negotiateLang('en;q=0,vi;q=0.1')).toBe('vi');
    // English is the only language named, and refused: the default, never English.
    expect(negotiateLang('en;q=0')).toBe('vi');
    expect(negotiateLang('fr, en;q=0')).toBe('vi');
  });

  it('ranks by quality, not by position in the header', () => {
    expect(negotiateLang('vi;q=0.2,en;q=0.9')).toBe('en');
  });
});

describe('picking a localized text', () => {
  it('returns the text in the asked language', () => {
    expect(pick({ vi: 'Xin chào', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en', fallback: false });
  });

  it('falls back to the other language and says so', () => {
    expect(pick({ vi: 'Xin chào' }, 'en')).toEqual({ text: 'Xin chào', lang: 'vi', fallback: true });
  });
});
