// The message catalogues' conventions (src/lib/i18n/messages/): one accessor `xT(lang)` per
// catalogue, and the text several capabilities say (common.ts) said the same everywhere.
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/lib/i18n/locales';
import { commonT } from '~/lib/i18n/messages/common';
import { authT } from '~/lib/i18n/messages/auth';
import { errorMessage } from '~/lib/i18n/messages/errors';

const catalogues = import.meta.glob<Record<string, unknown>>('../../../src/lib/i18n/messages/*.ts', { eager: true });

describe('message catalogues', () => {
  it('finds the catalogues', () => {
    expect(Object.keys(catalogues).length).toBeGreaterThanOrEqual(10);
  });

  // errors.ts is keyed by error code, so its accessor is errorMessage(code, lang).
  for (const [path, module] of Object.entries(catalogues).filter(([p]) => !p.endsWith('/errors.ts'))) {
    const file = path.split('/').pop()!.replace(/\.ts$/, '');
    // exhibitor-portal.ts → exhibitorPortalT
    const name = file.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    it(`${file}.ts has the accessor ${name}T(lang), different text per language`, () => {
      const accessor = module[`${name}T`];
      expect(typeof accessor).toBe('function');
      const [vi, en] = LANGS.map((lang) => (accessor as (l: string) => unknown)(lang));
      expect(vi).toBeTypeOf('object');
      expect(vi).not.toEqual(en);
    });
  }
});

describe('text shared across capabilities', () => {
  for (const lang of LANGS) {
    it(`asks to sign in, refuses cross-site requests and counts minutes the same way on the guards' pages and in the error codes (${lang})`, () => {
      const common = commonT(lang);
      expect(errorMessage('unauthenticated', lang)).toBe(common.signInFirst);
      expect(errorMessage('cross-site', lang)).toBe(common.crossSite);
      expect(authT(lang).tooManyRequests(3)).toBe(common.tooManyAttempts(3));
      expect(authT(lang).forbiddenPage.home).toBe(common.backToHome);
    });
  }

  it('says one minute and several minutes correctly in English', () => {
    expect(commonT('en').tooManyAttempts(1)).toContain('1 minute.');
    expect(commonT('en').tooManyAttempts(5)).toContain('5 minutes.');
  });
});
