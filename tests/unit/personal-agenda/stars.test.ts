// Stars (src/lib/personal-agenda/stars.ts, src/actions/stars.ts): merging browser and account
// stars, reading storage and the query defensively, which sessions can be starred, and the
// strict input of the stars actions (which /api/stars shares).
import { describe, expect, it } from 'vitest';
import {
  MAX_STARS,
  isSlug,
  mergeStars,
  parseBrowserStars,
  parseSlugList,
  pendingForAccount,
  splitForMerge,
  starRefusal,
} from '~/lib/personal-agenda/stars';
import { mergeStarsInput, toggleStarInput } from '~/actions/stars';

describe('stars', () => {
  it('merges browser and account stars as a union, each once', () => {
    expect(mergeStars(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(mergeStars([], [])).toEqual([]);
  });

  it('merges into the account only stars made in this browser, not ones mirrored from an account', () => {
    // 'old' was copied from the account and has since been unstarred on another device.
    expect(pendingForAccount(['mine', 'old', 'both'], ['old'], ['both'])).toEqual(['mine']);
  });

  it('reads browser storage defensively', () => {
    expect(parseBrowserStars('["opening-ceremony","opening-ceremony","x y",3,"lunch-break"]')).toEqual([
      'opening-ceremony',
      'lunch-break',
    ]);
    expect(parseBrowserStars('{not json')).toEqual([]);
    expect(parseBrowserStars('{"a":1}')).toEqual([]);
    expect(parseBrowserStars(null)).toEqual([]);
  });

  it('reads the visitor agenda query and counts what it ignored', () => {
    expect(parseSlugList('opening-ceremony, lunch-break,,Bad Slug,<script>')).toEqual({
      slugs: ['opening-ceremony', 'lunch-break'],
      invalid: 2,
    });
    expect(parseSlugList(null)).toEqual({ slugs: [], invalid: 0 });
  });

  it('accepts only slug-shaped strings', () => {
    expect(isSlug('panel-digital-one-stop')).toBe(true);
    for (const bad of ['', 'A', '-a', 'a--b', 'a/b', 'a'.repeat(121), 5]) expect(isSlug(bad)).toBe(false);
  });
});

describe('which sessions can be starred', () => {
  it('stars a session on the programme, and unstars it', () => {
    expect(starRefusal('ok', true)).toBeNull();
    expect(starRefusal('ok', false)).toBeNull();
  });

  it('refuses to star a cancelled session but lets a delegate unstar it (tidying up)', () => {
    expect(starRefusal('cancelled', true)).toBe('session-cancelled');
    expect(starRefusal('cancelled', false)).toBeNull();
  });

  it('refuses a session that is not on the programme either way', () => {
    expect(starRefusal('unknown', true)).toBe('unknown-session');
    expect(starRefusal('unknown', false)).toBe('unknown-session');
  });

  it('merges browser stars still on the programme and reports the cancelled and unknown ones', () => {
    const statuses = new Map([
      ['keynote', 'ok'],
      ['gone', 'cancelled'],
      ['panel', 'ok'],
    ] as const);
    expect(splitForMerge(['keynote', 'gone', 'made-up', 'panel'], statuses)).toEqual({
      accepted: ['keynote', 'panel'],
      ignored: ['gone', 'made-up'],
    });
  });
});

describe('the stars actions’ input', () => {
  it('takes a strict {slug, starred}', () => {
    expect(toggleStarInput.safeParse({ slug: 'a', starred: true }).success).toBe(true);
    expect(toggleStarInput.safeParse({ slug: 'a', starred: 'yes' }).success).toBe(false);
    expect(toggleStarInput.safeParse({ slug: 'a', starred: true, userId: 'x' }).success).toBe(false);
    expect(toggleStarInput.safeParse({ slug: 'Bad Slug!', starred: true }).success).toBe(false);
  });

  it('takes a strict {slugs} of at most MAX_STARS slug-shaped strings', () => {
    expect(mergeStarsInput.safeParse({ slugs: ['a', 'b'] }).success).toBe(true);
    expect(mergeStarsInput.safeParse({ slugs: 'a' }).success).toBe(false);
    expect(mergeStarsInput.safeParse({ slugs: ['a', 'B'] }).success).toBe(false);
    expect(
      mergeStarsInput.safeParse({ slugs: Array.from({ length: MAX_STARS + 1 }, (_, i) => `s-${i}`) }).success,
    ).toBe(false);
    expect(mergeStarsInput.safeParse({ slugs: [], extra: 1 }).success).toBe(false);
  });
});
