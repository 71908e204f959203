// The visitor stars cookie (src/lib/personal-agenda/stars.ts): its value read defensively, written
// within a size cap, found in a Cookie header, and reconciled with the browser's own list after a
// form changed it on a page without JavaScript; and the star form's strict input (src/actions/stars.ts).
import { describe, expect, it } from 'vitest';
import {
  MAX_STARS_COOKIE_LENGTH,
  STARS_COOKIE,
  formatStarsCookie,
  parseStarsCookie,
  reconcileWithCookie,
  starsInCookieHeader,
  withStar,
} from '~/lib/personal-agenda/stars';
import { starFormInput } from '~/actions/stars';

describe('the stars cookie value', () => {
  it('joins slugs with dots, which need no escaping in a cookie', () => {
    expect(formatStarsCookie(['opening-ceremony', 'lunch-break'])).toBe('opening-ceremony.lunch-break');
    expect(formatStarsCookie([])).toBe('');
  });

  it('reads back what it wrote', () => {
    const slugs = ['opening-ceremony', 'panel-digital-one-stop', 'x1'];
    expect(parseStarsCookie(formatStarsCookie(slugs))).toEqual(slugs);
  });

  it('ignores anything that is not a slug, and repeats (the cookie is user-editable)', () => {
    expect(parseStarsCookie('opening-ceremony..Bad%20Slug.<script>.opening-ceremony.-x.lunch-break')).toEqual([
      'opening-ceremony',
      'lunch-break',
    ]);
    expect(parseStarsCookie('')).toEqual([]);
    expect(parseStarsCookie(undefined)).toEqual([]);
  });

  it('never writes a slug-less or repeated entry', () => {
    expect(formatStarsCookie(['a', 'a', 'B A D', 'b'])).toBe('a.b');
  });

  it(`refuses a list longer than ${MAX_STARS_COOKIE_LENGTH} characters instead of cutting it`, () => {
    const slug = (i: number) => `session-number-${String(i).padStart(4, '0')}`; // 19 characters
    const fits = Array.from({ length: Math.floor((MAX_STARS_COOKIE_LENGTH + 1) / 20) }, (_, i) => slug(i));
    const value = formatStarsCookie(fits);
    expect(value).not.toBeNull();
    expect(value!.length).toBeLessThanOrEqual(MAX_STARS_COOKIE_LENGTH);
    expect(formatStarsCookie([...fits, slug(9999)])).toBeNull();
  });
});

describe('the stars cookie in a Cookie header', () => {
  it('finds it among other cookies', () => {
    expect(starsInCookieHeader(`session=abc; ${STARS_COOKIE}=opening-ceremony.lunch-break; theme=dark`)).toEqual([
      'opening-ceremony',
      'lunch-break',
    ]);
  });

  it('tells an empty cookie (every star removed) from no cookie at all', () => {
    expect(starsInCookieHeader(`${STARS_COOKIE}=`)).toEqual([]);
    expect(starsInCookieHeader('session=abc')).toBeNull();
    expect(starsInCookieHeader('')).toBeNull();
    expect(starsInCookieHeader(`x${STARS_COOKIE}=a`)).toBeNull();
  });
});

describe('starring in a list', () => {
  it('adds a star last, once, and removes it', () => {
    expect(withStar(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(withStar(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(withStar(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withStar(['a'], 'z', false)).toEqual(['a']);
  });
});

describe('reconciling the browser’s stars with the cookie', () => {
  it('takes the union when the browser has never seen the cookie', () => {
    expect(reconcileWithCookie(['a', 'b'], ['b', 'c'], null)).toEqual(['a', 'b', 'c']);
  });

  it('adds a star made by a form without JavaScript', () => {
    expect(reconcileWithCookie(['a'], ['a', 'c'], ['a'])).toEqual(['a', 'c']);
  });

  it('drops a star removed by a form without JavaScript, instead of bringing it back', () => {
    expect(reconcileWithCookie(['a', 'b'], ['a'], ['a', 'b'])).toEqual(['a']);
  });

  it('keeps the browser’s list when the cookie is gone (cleared, expired, merged at sign-in)', () => {
    expect(reconcileWithCookie(['a', 'b'], null, ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('keeps browser stars the cookie never held (mirrored from an account)', () => {
    expect(reconcileWithCookie(['mirrored', 'a'], ['a', 'c'], ['a'])).toEqual(['mirrored', 'a', 'c']);
  });
});

describe('the star form’s input', () => {
  it('takes a slug, starred 1 or 0 and the page’s language', () => {
    expect(starFormInput.parse({ slug: 'opening-ceremony', starred: '1', lang: 'vi' })).toEqual({
      slug: 'opening-ceremony',
      starred: '1',
      lang: 'vi',
    });
    expect(starFormInput.safeParse({ slug: 'opening-ceremony', starred: 'yes', lang: 'vi' }).success).toBe(false);
    expect(starFormInput.safeParse({ slug: 'opening-ceremony', starred: '1', lang: 'fr' }).success).toBe(false);
    expect(starFormInput.safeParse({ slug: 'opening-ceremony', starred: '1', lang: 'en', back: '//x' }).success).toBe(
      false,
    );
    expect(starFormInput.safeParse({ slug: 'x'.repeat(500), starred: '1', lang: 'en' }).success).toBe(false);
  });
});
