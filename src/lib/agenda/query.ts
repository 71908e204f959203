// The agenda's query string: which filters and which view a visitor asked for,
// how a session answers to the filters, and how to write them back into a link.
// Shared by the server-rendered page and the AgendaFilter island, so both agree.

export const AGENDA_FILTER_KEYS = ['track', 'format', 'language', 'topic'] as const;
export type AgendaFilterKey = (typeof AGENDA_FILTER_KEYS)[number];

/** Chosen values per filter; an empty list means "no constraint". */
export type AgendaFilters = Record<AgendaFilterKey, string[]>;
/** The values a session answers to, per filter. */
export type SessionFacets = AgendaFilters;
/** The values a visitor may choose, per filter. */
export type AgendaFilterOptions = AgendaFilters;

export const AGENDA_VIEWS = ['list', 'grid'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** Languages a visitor can filter by; interpreted sessions ("vi-en") answer to both. */
export const LISTENING_LANGUAGES = ['vi', 'en'] as const;

/** No filter chosen. */
export function emptyFilters(): AgendaFilters {
  return { track: [], format: [], language: [], topic: [] };
}

/** The filter values a session answers to. */
export function sessionFacets(s: {
  track?: string | undefined;
  format: string;
  language: string;
  tags: readonly string[];
}): SessionFacets {
  return {
    track: s.track ? [s.track] : [],
    format: [s.format],
    language: s.language === 'vi-en' ? ['vi', 'en'] : [s.language],
    topic: [...s.tags],
  };
}

/** Reads filters from a query string, keeping known values and naming the ones it ignored. */
export function parseAgendaFilters(
  params: URLSearchParams,
  allowed: AgendaFilterOptions,
): { filters: AgendaFilters; ignored: string[] } {
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const key of AGENDA_FILTER_KEYS) {
    for (const raw of params.getAll(key)) {
      const value = raw.trim();
      // An empty value is what the "All" option of a plain form submits.
      if (value === '') continue;
      if (!allowed[key].includes(value)) ignored.push(`${key}=${value.slice(0, 40)}`);
      else if (!filters[key].includes(value)) filters[key].push(value);
    }
  }
  return { filters, ignored };
}

/** Reads the requested view; anything unknown means the list. */
export function parseAgendaView(params: URLSearchParams): AgendaView {
  return params.get('view') === 'grid' ? 'grid' : 'list';
}

/** True when at least one filter is chosen. */
export function hasActiveFilters(filters: AgendaFilters): boolean {
  return AGENDA_FILTER_KEYS.some((key) => filters[key].length > 0);
}

/** True when the session answers to every chosen filter (any of the values chosen for it). */
export function matchesFilters(facets: SessionFacets, filters: AgendaFilters): boolean {
  return AGENDA_FILTER_KEYS.every(
    (key) => filters[key].length === 0 || filters[key].some((value) => facets[key].includes(value)),
  );
}

/** Writes filters (and the view, when not the default list) as a query string, "" when empty. */
export function agendaQuery(filters: AgendaFilters, view: AgendaView = 'list'): string {
  const params = new URLSearchParams();
  for (const key of AGENDA_FILTER_KEYS) for (const value of filters[key]) params.append(key, value);
  if (view !== 'list') params.set('view', view);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** One chosen value per filter ("" for none), as the filter form's selects hold them. */
export type AgendaSelection = Record<AgendaFilterKey, string>;

/** The form's selection for a set of filters: the first value of each, "" when none. */
export function filtersToSelection(filters: AgendaFilters): AgendaSelection {
  return {
    track: filters.track[0] ?? '',
    format: filters.format[0] ?? '',
    language: filters.language[0] ?? '',
    topic: filters.topic[0] ?? '',
  };
}

/** The filters a form selection stands for. */
export function selectionToFilters(selection: AgendaSelection): AgendaFilters {
  const filters = emptyFilters();
  for (const key of AGENDA_FILTER_KEYS) if (selection[key]) filters[key] = [selection[key]];
  return filters;
}
