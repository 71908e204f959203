// The recommendation filters as a GET form (or the API's query) sends them; unknown values are
// passed on and simply match nobody. Pure.
import type { MatchFilters } from './recommend';

const clean = (v: string | null, max: number) => {
  const s = (v ?? '').trim().slice(0, max);
  return s === '' ? undefined : s;
};

/** The filters in a query string: `sector`, `country` (upper-cased ISO code) and `type`. */
export function matchFiltersOf(params: URLSearchParams): MatchFilters {
  return {
    sector: clean(params.get('sector'), 64),
    country: clean(params.get('country'), 2)?.toUpperCase(),
    organisationType: clean(params.get('type'), 64),
  };
}
