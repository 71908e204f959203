// What the site shows about a session (src/lib/agenda/describe.ts): labels, links and times
// in the page language, language fallback, capacity, tags and breaks.
import { describe, expect, it } from 'vitest';
import { describeSession } from '../../../src/lib/agenda/describe';
import { programmeFixture } from './programme-fixture';

const programme = programmeFixture();
const opening = programme.sessionBySlug.get('opening')!;
const sprint = programme.sessionBySlug.get('sprint')!;
const coffee = programme.sessionBySlug.get('coffee')!;

describe('what the site shows about a session', () => {
  it('resolves room, track, format and language labels in the page language', () => {
    const vi = describeSession(opening, programme, 'vi');
    expect(vi.room).toEqual({ id: 'main-hall', name: 'Hội trường chính', floor: 'Tầng 1', accessible: true });
    expect(vi.track).toEqual({ id: 'e-government', name: 'Chính quyền số', color: '#0b6e4f' });
    expect(vi.format.label).toBe('Bài phát biểu chính');
    expect(vi.language.label).toBe('Việt – Anh (có phiên dịch)');
    expect(describeSession(opening, programme, 'en').format.label).toBe('Keynote');
  });

  it('links to the session and its people in the page language', () => {
    const en = describeSession(opening, programme, 'en');
    expect(en.href).toBe('/en/sessions/opening/');
    expect(en.speakers).toEqual([
      {
        id: 'lan',
        name: 'Nguyễn Thị Lan',
        href: '/en/speakers/lan/',
        role: 'Head of unit',
        organisation: 'Hanoi City',
      },
    ]);
    expect(en.moderators.map((m) => m.href)).toEqual(['/en/speakers/bao/']);
  });

  it('labels times in event time with GMT+7', () => {
    expect(describeSession(opening, programme, 'en').timeRange).toBe('09:00–09:30 GMT+7');
  });

  it('marks a title that falls back to the other language', () => {
    expect(describeSession(sprint, programme, 'en').title).toEqual({
      text: 'Sprint dữ liệu mở',
      lang: 'vi',
      fallback: true,
    });
    expect(describeSession(sprint, programme, 'vi').title.fallback).toBe(false);
  });

  it('carries capacity, tags and the facets the agenda filters on', () => {
    const view = describeSession(sprint, programme, 'vi');
    expect(view.capacity).toBe(40);
    expect(view.tags).toEqual([{ id: 'open-data', label: 'Dữ liệu mở' }]);
    expect(view.facets).toEqual({
      track: ['e-government'],
      format: ['workshop'],
      language: ['vi'],
      topic: ['open-data'],
    });
  });

  it('recognises a break, which has no track', () => {
    const view = describeSession(coffee, programme, 'en');
    expect(view.isBreak).toBe(true);
    expect(view.track).toBeUndefined();
    expect(view.facets.track).toEqual([]);
  });
});
