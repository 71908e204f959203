// Recommendations (src/lib/matchmaking/recommend.ts, exclusion.ts, match-index.ts): who is
// never shown, filters, ranking with and without a shared language, the candidate index.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankCandidates, recommend } from '~/lib/matchmaking/recommend';
import { NO_RELATIONS, exclusionOf } from '~/lib/matchmaking/exclusion';
import { directedFit, pairScore } from '~/lib/matchmaking/fit';
import { foldText } from '~/lib/text/fold';
import { indexOf, profile, SMALL_TAGS } from './fixtures/profiles';

const seeker = profile('seeker', { seeks: ['sensors'], offers: ['pilot-sites'], organisation: 'Sở Giao thông Hà Nội' });
const partner = (id: string, over = {}) => profile(id, { offers: ['sensors'], seeks: ['pilot-sites'], ...over });

describe('exclusion', () => {
  const index = indexOf([seeker, partner('p')]);
  const [v, c] = index.entries as [never, never];
  it('leaves out self, hidden, blocked, same organisation and already requested, in that order', () => {
    expect(exclusionOf(v, v, NO_RELATIONS)).toBe('self');
    const hidden = indexOf([partner('h', { hidden: true })]).entries[0]!;
    expect(exclusionOf(v, hidden, NO_RELATIONS)).toBe('hidden');
    expect(exclusionOf(v, c, { blocked: new Set(['p']), requested: new Set() })).toBe('blocked');
    expect(exclusionOf(v, c, { blocked: new Set(), requested: new Set(['p']) })).toBe('already-requested');
    expect(exclusionOf(v, c, NO_RELATIONS)).toBeUndefined();
  });

  it('treats organisation names as equal whatever their case and diacritics', () => {
    const colleague = partner('colleague', { organisation: 'SỞ GIAO THÔNG  ha noi' });
    expect(recommend(indexOf([seeker, colleague]), 'seeker', { relations: NO_RELATIONS })).toEqual([]);
  });

  it('never shows an excluded person, in 10,000 random populations', () => {
    const orgs = ['A', 'a', 'Á', 'B', 'Đ', 'd', ''];
    const person = (id: string) =>
      fc
        .record({
          offers: fc.uniqueArray(fc.constantFrom(...SMALL_TAGS), { maxLength: 3 }),
          seeks: fc.uniqueArray(fc.constantFrom(...SMALL_TAGS), { maxLength: 3 }),
          organisation: fc.constantFrom(...orgs),
          hidden: fc.boolean(),
        })
        .map((p) => profile(id, p));
    const ids = ['v', 'c1', 'c2', 'c3', 'c4', 'c5'];
    const relation = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 });
    fc.assert(
      fc.property(fc.tuple(...ids.map(person)), relation, relation, (people, blocked, requested) => {
        const relations = { blocked: new Set(blocked), requested: new Set(requested) };
        const index = indexOf(people);
        const viewer = index.entries[0]!;
        const shown = recommend(index, 'v', { relations, limit: 10 });
        for (const m of shown) {
          const c = index.entries[index.positionOf.get(m.userId)!]!;
          expect(exclusionOf(viewer, c, relations)).toBeUndefined();
          expect(m.userId).not.toBe('v');
          expect(c.profile.hidden).toBe(false);
          expect(blocked).not.toContain(m.userId);
          expect(requested).not.toContain(m.userId);
          const org = foldText(people[0]!.organisation);
          expect(org !== '' && foldText(c.profile.organisation) === org).toBe(false);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('ranking', () => {
  it('ranks by pair score and finds the same pairs as scoring everyone (the index misses nobody)', () => {
    const person = (id: string) =>
      fc
        .record({
          offers: fc.uniqueArray(fc.constantFrom(...SMALL_TAGS), { maxLength: 3 }),
          seeks: fc.uniqueArray(fc.constantFrom(...SMALL_TAGS), { maxLength: 3 }),
          offerText: fc.constantFrom('', 'phần mềm bốc số', 'cảm biến', 'đầu tư'),
          seekText: fc.constantFrom('', 'phan mem boc so', 'cam bien', 'dau tu'),
        })
        .map((p) => profile(id, p));
    fc.assert(
      fc.property(fc.tuple(...['v', 'a', 'b', 'c', 'd', 'e', 'f'].map(person)), (people) => {
        const index = indexOf(people);
        const viewer = index.entries[0]!;
        const brute = index.entries
          .slice(1)
          .map((c) => ({
            id: c.profile.userId,
            s: pairScore(directedFit(viewer, c, index.taxonomy).score, directedFit(c, viewer, index.taxonomy).score),
          }))
          .filter((x) => x.s > 0);
        const ranked = rankCandidates(index, viewer, NO_RELATIONS);
        expect(ranked.map((m) => m.userId).sort()).toEqual(brute.map((x) => x.id).sort());
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
      }),
    );
  });

  it('puts a pair with no shared language last, however strong', () => {
    const strong = partner('strong', { languages: ['ja'], offers: ['sensors'], seeks: ['pilot-sites'] });
    const weaker = partner('weaker', { offers: ['signals'], seeks: ['pilots'] });
    const ranked = recommend(indexOf([seeker, strong, weaker]), 'seeker', { relations: NO_RELATIONS });
    expect(ranked.map((m) => m.userId)).toEqual(['weaker', 'strong']);
    expect(ranked[1]!.score).toBeGreaterThan(ranked[0]!.score);
    expect(ranked[1]!.languages).toEqual([]);
  });

  it('leaves out one-sided candidates entirely', () => {
    const oneSided = profile('one', { offers: ['sensors'], seeks: ['investment'] });
    expect(
      recommend(indexOf([seeker, oneSided, partner('p')]), 'seeker', { relations: NO_RELATIONS }).map((m) => m.userId),
    ).toEqual(['p']);
  });

  it('filters by sector, country and organisation type', () => {
    const people = [
      seeker,
      partner('vn-startup', { sectors: ['mobility'], organisationType: 'startup' }),
      partner('jp-business', { sectors: ['mobility'], country: 'JP' }),
      partner('vn-gov', { sectors: ['gov'], organisationType: 'government' }),
    ];
    const index = indexOf(people);
    const ids = (filters: object) =>
      recommend(index, 'seeker', { relations: NO_RELATIONS, filters })
        .map((m) => m.userId)
        .sort();
    expect(ids({ sector: 'mobility' })).toEqual(['jp-business', 'vn-startup']);
    expect(ids({ country: 'JP' })).toEqual(['jp-business']);
    expect(ids({ organisationType: 'government' })).toEqual(['vn-gov']);
    expect(ids({ sector: 'mobility', country: 'VN' })).toEqual(['vn-startup']);
  });

  it('returns the top N and nothing for a viewer without a profile', () => {
    const people = [seeker, ...Array.from({ length: 30 }, (_, i) => partner(`p${i}`))];
    expect(recommend(indexOf(people), 'seeker', { relations: NO_RELATIONS, limit: 20 })).toHaveLength(20);
    expect(recommend(indexOf(people), 'nobody', { relations: NO_RELATIONS })).toEqual([]);
  });

  it('demotes people shown to too many others today, unless this viewer already saw them', () => {
    const people = [seeker, partner('popular', { topics: ['mobility'] }), partner('quiet')];
    const index = indexOf(people.map((p) => (p.userId === 'seeker' ? { ...p, topics: ['mobility'] } : p)));
    const ctx = (seen: string[]) => ({
      relations: NO_RELATIONS,
      exposure: { dailyCap: 5, mode: 'demote' as const },
      impressions: { shownToday: new Map([['popular', 5]]), seenByViewer: new Set(seen) },
    });
    expect(recommend(index, 'seeker', { relations: NO_RELATIONS }).map((m) => m.userId)).toEqual(['popular', 'quiet']);
    expect(recommend(index, 'seeker', ctx([])).map((m) => m.userId)).toEqual(['quiet', 'popular']);
    expect(recommend(index, 'seeker', ctx(['popular'])).map((m) => m.userId)).toEqual(['popular', 'quiet']);
  });
});
