// Matchmaking on a realistic Hanoi population (fixtures/hanoi-profiles.ts), with the taxonomy
// organisers edit: each delegate's expected top matches, and the reasons they are given.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { recommend } from '~/lib/matchmaking/recommend';
import { NO_RELATIONS } from '~/lib/matchmaking/exclusion';
import { explainReasons, reasonsFor } from '~/lib/matchmaking/explain';
import { buildMatchIndex } from '~/lib/matchmaking/match-index';
import type { Localized } from '~/lib/i18n/locales';
import { contentTaxonomy } from './fixtures/profiles';
import { hanoiPopulation } from './fixtures/hanoi-profiles';

const taxonomy = contentTaxonomy();
const index = buildMatchIndex(hanoiPopulation, taxonomy);
const topicLabels = new Map(
  readdirSync('content/tags').map((f) => [
    f.replace(/\.yaml$/, ''),
    (parse(readFileSync(`content/tags/${f}`, 'utf8')) as { label: Localized }).label,
  ]),
);
const top = (id: string) => recommend(index, id, { relations: NO_RELATIONS }).map((m) => m.userId);
const reasons = (viewerId: string, otherId: string, lang: 'vi' | 'en') => {
  const match = recommend(index, viewerId, { relations: NO_RELATIONS }).find((m) => m.userId === otherId)!;
  const at = (id: string) => index.entries[index.positionOf.get(id)!]!;
  return explainReasons(reasonsFor(match, at(viewerId), at(otherId), index.model), lang, { taxonomy, topicLabels });
};

describe('Hanoi matchmaking', () => {
  it('gives the ward committee the queue-ticket startup first, its competitor next, never its own colleague', () => {
    expect(top('committee')).toEqual(['queue-startup', 'competitor']);
  });

  it('gives the startup the committee first and the investor too, not the competitor that shares all its tags', () => {
    expect(top('queue-startup')[0]).toBe('committee');
    expect(top('queue-startup')).toContain('investor');
    expect(top('queue-startup')).not.toContain('competitor');
  });

  it('gives the investor the startup that seeks seed funding before the one that seeks growth funding', () => {
    expect(top('investor')).toEqual(['queue-startup', 'competitor']);
  });

  it('gives the transport department the Japanese sensor maker, with whom it shares English', () => {
    expect(top('transport')[0]).toBe('sensor-maker');
    expect(reasons('transport', 'sensor-maker', 'en')).toContain('You share English.');
  });

  it('finds no one for the solar installer, whose needs nobody here answers', () => {
    expect(top('solar')).toEqual([]);
  });

  it('explains the committee–startup match in English, one reason per direction', () => {
    expect(reasons('committee', 'queue-startup', 'en')).toEqual([
      'They offer queue-ticket software (e-government and digital public services); you seek queue-ticket software.',
      'You offer pilot sites (pilots); they seek pilot sites.',
      'You share an interest in digital government and citizen services.',
      'You both work in Hà Nội.',
      'You share Vietnamese.',
    ]);
  });

  it('explains the same match to the startup in Vietnamese, from its side', () => {
    expect(reasons('queue-startup', 'committee', 'vi')).toEqual([
      'Họ cung cấp địa điểm thí điểm (thí điểm); bạn tìm địa điểm thí điểm.',
      'Bạn cung cấp phần mềm bốc số xếp hàng (chính quyền số và dịch vụ công trực tuyến); họ tìm phần mềm bốc số xếp hàng.',
      'Cùng quan tâm: chính quyền số và dịch vụ cho người dân.',
      'Cùng hoạt động tại Hanoi.',
      'Cùng nói tiếng Việt.',
    ]);
  });
});
