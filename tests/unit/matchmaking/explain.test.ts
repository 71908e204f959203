// Reasons for a match (src/lib/matchmaking/explain.ts): traceable to profile fields, in the
// viewer's language, with free-text matches quoted as written and a missing language said.
import { describe, expect, it } from 'vitest';
import { explainReasons, languageName, reasonsFor } from '~/lib/matchmaking/explain';
import { recommend } from '~/lib/matchmaking/recommend';
import { NO_RELATIONS } from '~/lib/matchmaking/exclusion';
import { indexOf, profile, smallTaxonomy } from './fixtures/profiles';

const vocabulary = {
  taxonomy: smallTaxonomy,
  topicLabels: new Map([['mobility', { vi: 'Giao thông thông minh', en: 'Smart mobility' }]]),
};

function explain(viewer: ReturnType<typeof profile>, other: ReturnType<typeof profile>, lang: 'vi' | 'en') {
  const index = indexOf([viewer, other]);
  const [match] = recommend(index, viewer.userId, { relations: NO_RELATIONS });
  return explainReasons(reasonsFor(match!, index.entries[0]!, index.entries[1]!, index.model), lang, vocabulary);
}

describe('match reasons', () => {
  it('names what they offer against what you seek, with the parent level, then the other way', () => {
    const you = profile('you', { seeks: ['sensors'], offers: ['pilot-sites'], topics: ['mobility'] });
    const them = profile('them', { offers: ['signals'], seeks: ['pilot-sites'], topics: ['mobility'] });
    expect(explain(you, them, 'en')).toEqual([
      'They offer adaptive traffic signals (smart mobility); you seek traffic sensors.',
      'You offer pilot sites (pilots); they seek pilot sites.',
      'You share an interest in smart mobility.',
      'You share Vietnamese and English.',
    ]);
  });

  it('quotes matching free-text words as the other side wrote them, diacritics and all', () => {
    const you = profile('you', { seekText: 'phan mem boc so xep hang', offers: ['pilot-sites'] });
    const them = profile('them', { offerText: 'Phần mềm bốc số xếp hàng', seeks: ['pilot-sites'] });
    const [first] = explain(you, them, 'vi');
    expect(first).toMatch(/^Điều họ cung cấp khớp với điều bạn tìm: /);
    expect(first).toContain('“Phần”');
    expect(first).not.toContain('“phan”');
  });

  it('says when the two share no language', () => {
    const you = profile('you', { seeks: ['sensors'], offers: ['pilot-sites'], languages: ['vi'] });
    const them = profile('them', { offers: ['sensors'], seeks: ['pilot-sites'], languages: ['ja'] });
    expect(explain(you, them, 'en').at(-1)).toBe('You share no language: you may need an interpreter.');
    expect(explain(you, them, 'vi').at(-1)).toBe('Hai bên không có ngôn ngữ chung: có thể cần phiên dịch.');
  });

  it('names other languages in the viewer’s language', () => {
    expect(languageName('ja', 'en')).toBe('Japanese');
    expect(languageName('ja', 'vi')).toBe('tiếng Nhật');
    expect(languageName('vi', 'en')).toBe('Vietnamese');
  });
});
