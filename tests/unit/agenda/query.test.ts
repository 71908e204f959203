// The agenda query string (src/lib/agenda/query.ts): reading and writing filters, the filter form
// selection, and which sessions match the chosen filters.
import { describe, expect, it } from 'vitest';
import {
  agendaQuery,
  emptyFilters,
  filtersToSelection,
  hasActiveFilters,
  matchesFilters,
  parseAgendaFilters,
  parseAgendaView,
  selectionToFilters,
  sessionFacets,
  type AgendaFilterOptions,
} from '../../../src/lib/agenda/query';

const allowed: AgendaFilterOptions = {
  track: ['e-government', 'urban-data'],
  format: ['panel', 'workshop', 'break'],
  language: ['vi', 'en'],
  topic: ['ai', 'open-data'],
};

const panel = sessionFacets({ track: 'e-government', format: 'panel', language: 'vi-en', tags: ['ai'] });
const workshop = sessionFacets({ track: 'urban-data', format: 'workshop', language: 'vi', tags: ['open-data'] });
const coffee = sessionFacets({ format: 'break', language: 'vi-en', tags: [] });

describe('agenda query string', () => {
  it('reads each known filter from the query string', () => {
    const { filters, ignored } = parseAgendaFilters(
      new URLSearchParams('track=urban-data&format=workshop&language=en&topic=ai'),
      allowed,
    );
    expect(filters).toEqual({ track: ['urban-data'], format: ['workshop'], language: ['en'], topic: ['ai'] });
    expect(ignored).toEqual([]);
  });

  it('treats the empty value of an "All" option as no filter', () => {
    const { filters, ignored } = parseAgendaFilters(new URLSearchParams('track=&format=&language=&topic='), allowed);
    expect(hasActiveFilters(filters)).toBe(false);
    expect(ignored).toEqual([]);
  });

  it('ignores unknown values and names them so the page can say so', () => {
    const { filters, ignored } = parseAgendaFilters(new URLSearchParams('track=nope&format=panel&colour=red'), allowed);
    expect(filters.track).toEqual([]);
    expect(filters.format).toEqual(['panel']);
    expect(ignored).toEqual(['track=nope']);
  });

  it('keeps repeated values once each', () => {
    const { filters } = parseAgendaFilters(new URLSearchParams('topic=ai&topic=open-data&topic=ai'), allowed);
    expect(filters.topic).toEqual(['ai', 'open-data']);
  });

  it('shows the list unless the grid is asked for', () => {
    expect(parseAgendaView(new URLSearchParams('view=grid'))).toBe('grid');
    expect(parseAgendaView(new URLSearchParams('view=table'))).toBe('list');
    expect(parseAgendaView(new URLSearchParams(''))).toBe('list');
  });

  it('writes filters back in a stable order, with the view only when it is the grid', () => {
    const filters = { ...emptyFilters(), topic: ['ai'], track: ['urban-data'] };
    expect(agendaQuery(filters)).toBe('?track=urban-data&topic=ai');
    expect(agendaQuery(filters, 'grid')).toBe('?track=urban-data&topic=ai&view=grid');
    expect(agendaQuery(emptyFilters())).toBe('');
  });

  it('round-trips a query string through parsing and writing', () => {
    const query = '?track=e-government&format=panel&language=vi&topic=open-data';
    const { filters } = parseAgendaFilters(new URLSearchParams(query), allowed);
    expect(agendaQuery(filters)).toBe(query);
  });
});

describe('the filter form selection', () => {
  it('holds the first value of each filter and "" for none', () => {
    const filters = { ...emptyFilters(), track: ['urban-data'], topic: ['ai', 'open-data'] };
    expect(filtersToSelection(filters)).toEqual({ track: 'urban-data', format: '', language: '', topic: 'ai' });
  });

  it('turns a selection back into filters, "" meaning no filter', () => {
    expect(selectionToFilters({ track: '', format: 'panel', language: 'en', topic: '' })).toEqual({
      track: [],
      format: ['panel'],
      language: ['en'],
      topic: [],
    });
  });
});

describe('agenda filter matching', () => {
  it('matches every session when no filter is chosen', () => {
    for (const s of [panel, workshop, coffee]) expect(matchesFilters(s, emptyFilters())).toBe(true);
  });

  it('matches a session only when it answers to every chosen filter', () => {
    const filters = { ...emptyFilters(), track: ['e-government'], format: ['panel'] };
    expect(matchesFilters(panel, filters)).toBe(true);
    expect(matchesFilters(workshop, filters)).toBe(false);
  });

  it('matches any of several values chosen for one filter', () => {
    const filters = { ...emptyFilters(), format: ['panel', 'workshop'] };
    expect(matchesFilters(panel, filters)).toBe(true);
    expect(matchesFilters(workshop, filters)).toBe(true);
    expect(matchesFilters(coffee, filters)).toBe(false);
  });

  it('counts an interpreted session as understandable in both languages', () => {
    expect(matchesFilters(panel, { ...emptyFilters(), language: ['en'] })).toBe(true);
    expect(matchesFilters(panel, { ...emptyFilters(), language: ['vi'] })).toBe(true);
    expect(matchesFilters(workshop, { ...emptyFilters(), language: ['en'] })).toBe(false);
  });

  it('hides breaks, which have no track, when a track is chosen', () => {
    expect(matchesFilters(coffee, { ...emptyFilters(), track: ['e-government'] })).toBe(false);
  });

  it('matches a topic against any of the session tags', () => {
    expect(matchesFilters(panel, { ...emptyFilters(), topic: ['ai'] })).toBe(true);
    expect(matchesFilters(panel, { ...emptyFilters(), topic: ['open-data'] })).toBe(false);
  });
});
