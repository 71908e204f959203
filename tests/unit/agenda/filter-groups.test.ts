// The agenda filter choices (src/lib/agenda/filter-groups.ts): which tracks, formats, languages
// and topics are offered, in what order, labelled in the page language.
import { describe, expect, it } from 'vitest';
import { agendaFilterGroups, allowedValues } from '../../../src/lib/agenda/filter-groups';
import { programmeFixture } from './programme-fixture';

const programme = programmeFixture();

describe('the agenda filter choices', () => {
  it('offers track, format, language and topic, in that order', () => {
    expect(agendaFilterGroups(programme, 'en').map((g) => [g.key, g.label])).toEqual([
      ['track', 'Track'],
      ['format', 'Format'],
      ['language', 'Language'],
      ['topic', 'Topic'],
    ]);
  });

  it('offers only tracks, formats and topics that some session has', () => {
    const values = allowedValues(agendaFilterGroups(programme, 'en'));
    expect(values.track).toEqual(['e-government']);
    expect(values.format).toEqual(['keynote', 'workshop', 'break']);
    expect(values.topic).toEqual(['ai', 'open-data']);
  });

  it('offers both listening languages whatever the sessions are held in', () => {
    expect(allowedValues(agendaFilterGroups(programme, 'vi')).language).toEqual(['vi', 'en']);
  });

  it('labels choices in the page language, topics sorted by label', () => {
    const topics = agendaFilterGroups(programme, 'vi').find((g) => g.key === 'topic')!;
    expect(topics.options).toEqual([
      { value: 'open-data', label: 'Dữ liệu mở' },
      { value: 'ai', label: 'Trí tuệ nhân tạo' },
    ]);
  });
});
