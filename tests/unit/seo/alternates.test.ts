// Page URLs in each language (src/lib/seo/alternates.ts): language prefixes, canonical URLs and
// the vi, en and x-default alternates.
import { describe, expect, it } from 'vitest';
import { alternates, canonicalUrl } from '~/lib/seo/alternates';

const site = new URL('https://summit.example.vn');

describe('page URLs in each language', () => {
  it('builds the absolute canonical URL with a trailing slash', () => {
    expect(canonicalUrl('en', '/sessions/opening-ceremony/', site)).toBe(
      'https://summit.example.vn/en/sessions/opening-ceremony/',
    );
  });

  it('declares vi, en and x-default alternates, x-default being the Vietnamese page', () => {
    expect(alternates('/agenda/', site)).toEqual([
      { hreflang: 'vi', href: 'https://summit.example.vn/vi/agenda/' },
      { hreflang: 'en', href: 'https://summit.example.vn/en/agenda/' },
      { hreflang: 'x-default', href: 'https://summit.example.vn/vi/agenda/' },
    ]);
  });

  it('points x-default of the home page at the language-negotiating root', () => {
    expect(alternates('/', site).at(-1)).toEqual({ hreflang: 'x-default', href: 'https://summit.example.vn/' });
  });
});
