// Stars (src/lib/personal-agenda/stars.ts, stars-request.ts): merging browser and account stars,
// reading storage and the query defensively, and the strict stars API request bodies.
import { describe, expect, it } from 'vitest';
import {
  isSlug,
  mergeStars,
  parseBrowserStars,
  parseSlugList,
  pendingForAccount,
} from '../../../src/lib/personal-agenda/stars';
import { mergeSchema, readJson, toggleSchema } from '../../../src/lib/personal-agenda/stars-request';

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

describe('the stars API edge', () => {
  const json = (body: string, headers: Record<string, string> = {}) =>
    new Request('https://x/api/stars', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  it('takes a strict {slug, starred} or {slugs}', async () => {
    expect(await readJson(json('{"slug":"a","starred":true}'), toggleSchema)).toEqual({
      ok: true,
      value: { slug: 'a', starred: true },
    });
    expect(await readJson(json('{"slug":"a","starred":"yes"}'), toggleSchema)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await readJson(json('{"slug":"a","starred":true,"userId":"x"}'), toggleSchema)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await readJson(json('{"slugs":["a","b"]}'), mergeSchema)).toEqual({
      ok: true,
      value: { slugs: ['a', 'b'] },
    });
    expect(await readJson(json('not json'), mergeSchema)).toMatchObject({ ok: false, status: 400, code: 'invalid' });
  });

  it('refuses bodies that are not JSON or too large', async () => {
    const plain = new Request('https://x', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(await readJson(plain, mergeSchema)).toEqual({ ok: false, status: 415, code: 'unsupported-type' });
    const form = new Request('https://x', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'slugs=a',
    });
    expect(await readJson(form, mergeSchema)).toMatchObject({ ok: false, status: 415 });
    const big = JSON.stringify({
      slugs: Array.from({ length: 3000 }, (_, i) => `session-number-${i}-with-a-long-slug`),
    });
    expect(await readJson(json(big), mergeSchema)).toMatchObject({ ok: false, status: 413 });
  });
});
