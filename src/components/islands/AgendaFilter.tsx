// The agenda filter form. Server-rendered it is a plain GET form (works without
// JavaScript); hydrated, it filters instantly by toggling `hidden` on the
// server-rendered items and keeps the URL and language-switch link in step.
import { useEffect, useState } from 'react';
import { fillTemplate } from '~/lib/i18n/template';
import type { FilterGroup } from '../../lib/agenda/filter-groups';
import {
  AGENDA_FILTER_KEYS,
  agendaQuery,
  emptyFilters,
  matchesFilters,
  selectionToFilters,
  type AgendaFilters,
  type AgendaSelection,
  type AgendaView,
} from '../../lib/agenda/query';

/** The strings the filter renders, in the page's language (no catalogue in the bundle). */
export interface AgendaFilterLabels {
  filtersLabel: string;
  all: string;
  apply: string;
  clear: string;
  empty: string;
  /** A template with {shown} and {total}. */
  count: string;
}

interface Props {
  labels: AgendaFilterLabels;
  /** The agenda's path, e.g. "/en/agenda/". */
  action: string;
  view: AgendaView;
  groups: FilterGroup[];
  selected: AgendaSelection;
  total: number;
  shown: number;
}

export default function AgendaFilter({ labels: t, action, view, groups, selected, total, shown }: Props) {
  const [values, setValues] = useState<AgendaSelection>(selected);
  const [count, setCount] = useState(shown);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  function apply(next: AgendaSelection) {
    setValues(next);
    const filters = selectionToFilters(next);
    setCount(showMatching(filters));
    history.replaceState(history.state, '', `${location.pathname}${agendaQuery(filters, view)}`);
    keepFiltersInLinks(filters);
  }

  const active = AGENDA_FILTER_KEYS.some((key) => values[key] !== '');
  const clearHref = `${action}${agendaQuery(emptyFilters(), view)}`;
  return (
    <form
      className="agenda-filter"
      method="get"
      action={action}
      aria-label={t.filtersLabel}
      onSubmit={(e) => enhanced && e.preventDefault()}
    >
      {view === 'grid' && <input type="hidden" name="view" value="grid" />}
      <div className="agenda-filter__fields">
        {groups.map((g) => (
          <div className="agenda-filter__field" key={g.key}>
            <label htmlFor={`agenda-filter-${g.key}`}>{g.label}</label>
            <select
              id={`agenda-filter-${g.key}`}
              name={g.key}
              value={values[g.key]}
              onChange={(e) => apply({ ...values, [g.key]: e.currentTarget.value })}
            >
              <option value="">{t.all}</option>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="agenda-filter__actions">
        {!enhanced && <button type="submit">{t.apply}</button>}
        {active && (
          <a
            href={clearHref}
            onClick={(e) => {
              e.preventDefault();
              apply({ track: '', format: '', language: '', topic: '' });
            }}
          >
            {t.clear}
          </a>
        )}
        <p className="agenda-filter__status" role="status">
          {count === 0 ? t.empty : fillTemplate(t.count, { shown: count, total })}
        </p>
      </div>
    </form>
  );
}

/** Shows the items that match, hides the rest and the time slots left empty; returns how many show. */
function showMatching(filters: AgendaFilters): number {
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-agenda-item]')) {
    const facets = emptyFilters();
    for (const key of AGENDA_FILTER_KEYS) facets[key] = (item.dataset[key] ?? '').split(' ').filter(Boolean);
    item.hidden = !matchesFilters(facets, filters);
    if (!item.hidden) shown++;
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-agenda-slot]')) {
    slot.hidden = slot.querySelector('[data-agenda-item]:not([hidden])') === null;
  }
  return shown;
}

/** Rewrites the filter part of links that should keep it (language switch, view toggle). */
function keepFiltersInLinks(filters: AgendaFilters) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch], a[data-keep-filters]')) {
    const url = new URL(link.href);
    for (const key of AGENDA_FILTER_KEYS) url.searchParams.delete(key);
    for (const key of AGENDA_FILTER_KEYS) for (const value of filters[key]) url.searchParams.append(key, value);
    link.href = url.toString();
  }
}
