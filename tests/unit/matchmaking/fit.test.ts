// The reciprocal score (src/lib/matchmaking/fit.ts): directed fit from tags (half credit at the
// parent level) and free text, lifted by shared topics and markets; the pair's harmonic mean.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextModel } from '~/lib/matchmaking/text-similarity';
import { directedFit, fitScore, pairScore, prepareProfile } from '~/lib/matchmaking/fit';
import { tagCredit } from '~/lib/matchmaking/taxonomy';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';
import { profile, SMALL_TAGS, smallTaxonomy } from './fixtures/profiles';

const model = buildTextModel([]);
const fit = (a: MatchmakingProfile, b: MatchmakingProfile) =>
  directedFit(prepareProfile(a, smallTaxonomy, model), prepareProfile(b, smallTaxonomy, model), smallTaxonomy);

const tags = fc.uniqueArray(fc.constantFrom(...SMALL_TAGS), { maxLength: 4 });
const randomProfile = (id: string) =>
  fc
    .record({
      offers: tags,
      seeks: tags,
      topics: fc.uniqueArray(fc.constantFrom('mobility', 'ai', 'energy'), { maxLength: 2 }),
    })
    .map((p) => profile(id, p));
const strength = fc.double({ min: 0, max: 1, noNaN: true });

describe('directed fit', () => {
  it('gives full credit for the same tag', () => {
    expect(fit(profile('a', { seeks: ['sensors'] }), profile('b', { offers: ['sensors'] })).tagScore).toBe(1);
  });

  it('gives half credit at the parent level: siblings, or parent and child', () => {
    expect(tagCredit(smallTaxonomy, 'sensors', 'signals')).toBe(0.5);
    expect(tagCredit(smallTaxonomy, 'mobility', 'sensors')).toBe(0.5);
    expect(tagCredit(smallTaxonomy, 'sensors', 'mobility')).toBe(0.5);
    expect(tagCredit(smallTaxonomy, 'sensors', 'queue')).toBe(0);
    expect(fit(profile('a', { seeks: ['sensors'] }), profile('b', { offers: ['signals'] })).tagScore).toBe(0.5);
  });

  it('gives half credit at the parent level for any pair of children of one parent', () => {
    const children = SMALL_TAGS.filter((t) => smallTaxonomy.byId.get(t)?.parent !== undefined);
    fc.assert(
      fc.property(fc.constantFrom(...children), fc.constantFrom(...children), (s, o) => {
        const same = smallTaxonomy.byId.get(s)!.parent === smallTaxonomy.byId.get(o)!.parent;
        expect(tagCredit(smallTaxonomy, s, o)).toBe(s === o ? 1 : same ? 0.5 : 0);
      }),
    );
  });

  it('counts each sought tag once, by its best answer, over everything sought', () => {
    const f = fit(profile('a', { seeks: ['sensors', 'investment'] }), profile('b', { offers: ['signals', 'sensors'] }));
    expect(f.tagScore).toBe(0.5);
    expect(f.matches).toEqual([{ sought: 'sensors', offered: 'sensors', credit: 1 }]);
  });

  it('matches free texts whatever their diacritics', () => {
    const f = fit(
      profile('a', { seekText: 'Cần phần mềm bốc số xếp hàng' }),
      profile('b', { offerText: 'phan mem boc so xep hang' }),
    );
    expect(f.textScore).toBeGreaterThan(0.5);
    expect(f.score).toBeGreaterThan(0);
  });

  it('is lifted by shared topics and markets but never created by them', () => {
    const base = { seeks: ['sensors'] };
    const plain = fit(profile('a', base), profile('b', { offers: ['sensors'] })).score;
    const shared = fit(
      profile('a', { ...base, topics: ['mobility'], markets: ['Hà Nội'] }),
      profile('b', { offers: ['sensors'], topics: ['mobility'], markets: ['ha noi'] }),
    );
    expect(shared.score).toBeGreaterThan(plain);
    expect(shared.sharedMarkets).toEqual(['hanoi']);
    const contextOnly = fit(
      profile('a', { topics: ['mobility'], markets: ['Hanoi'] }),
      profile('b', { topics: ['mobility'], markets: ['Hanoi'] }),
    );
    expect(contextOnly.score).toBe(0);
  });

  it('stays within [0, 1] for any two profiles', () => {
    fc.assert(
      fc.property(randomProfile('a'), randomProfile('b'), (a, b) => {
        const s = fit(a, b).score;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('pair score', () => {
  it('is zero when either direction is zero', () => {
    fc.assert(
      fc.property(strength, (x) => {
        expect(pairScore(x, 0)).toBe(0);
        expect(pairScore(0, x)).toBe(0);
      }),
    );
  });

  it('is zero for real profiles when one side wants nothing the other offers', () => {
    fc.assert(
      fc.property(randomProfile('a'), randomProfile('b'), (a, b) => {
        const forward = fit(a, b).score;
        const backward = fit(b, a).score;
        if (forward === 0 || backward === 0) expect(pairScore(forward, backward)).toBe(0);
        else expect(pairScore(forward, backward)).toBeGreaterThan(0);
      }),
    );
  });

  it('is symmetric: A with B scores as B with A', () => {
    fc.assert(
      fc.property(randomProfile('a'), randomProfile('b'), (a, b) => {
        expect(pairScore(fit(a, b).score, fit(b, a).score)).toBe(pairScore(fit(b, a).score, fit(a, b).score));
      }),
    );
  });

  it('ranks a two-sided pair above a one-sided pair of equal strength', () => {
    // Equal strength: the same total fit, split evenly or not.
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (x, share) => {
          const d = x * Math.min(share, 0.99);
          expect(pairScore(x, x)).toBeGreaterThan(pairScore(x + d, x - d));
        },
      ),
    );
  });

  it('ranks a two-sided pair of real profiles above a one-sided one offering the same', () => {
    fc.assert(
      fc.property(
        tags.filter((t) => t.length > 0),
        tags.filter((t) => t.length > 0),
        (seeks, offers) => {
          const viewer = profile('v', { seeks, offers });
          const twoSided = profile('two', { offers: seeks, seeks: offers });
          const oneSided = profile('one', { offers: seeks, seeks: [] });
          const two = pairScore(fit(viewer, twoSided).score, fit(twoSided, viewer).score);
          const one = pairScore(fit(viewer, oneSided).score, fit(oneSided, viewer).score);
          expect(two).toBeGreaterThan(one);
        },
      ),
    );
  });
});

describe('fast fit score', () => {
  it('equals the detailed directed fit for any two profiles (texts included)', () => {
    const texts = fc.constantFrom('', 'phần mềm bốc số', 'phan mem boc so xep hang', 'cảm biến giao thông', 'đầu tư');
    const withText = (id: string) =>
      fc
        .tuple(randomProfile(id), texts, texts, fc.constantFrom<string[]>([], ['Hà Nội'], ['Hanoi', 'Seoul']))
        .map(([p, offerText, seekText, markets]) => ({ ...p, offerText, seekText, markets }));
    const textModel = buildTextModel(['phần mềm bốc số', 'cảm biến giao thông', 'đầu tư']);
    fc.assert(
      fc.property(withText('a'), withText('b'), (a, b) => {
        const pa = prepareProfile(a, smallTaxonomy, textModel);
        const pb = prepareProfile(b, smallTaxonomy, textModel);
        expect(fitScore(pa, pb)).toBeCloseTo(directedFit(pa, pb, smallTaxonomy).score, 12);
      }),
    );
  });
});
