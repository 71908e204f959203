// The agenda's filter choices, built from what the programme actually contains
// (a track or topic with no session is not offered), labelled in one language.
import type { Programme } from '../content/programme';
import { FORMATS } from '../content/vocabulary';
import { text, type Lang } from '../i18n/locales';
import { siteT } from '../i18n/messages/site';
import { vocabularyT } from '~/lib/i18n/messages/vocabulary';
import { LISTENING_LANGUAGES, type AgendaFilterKey, type AgendaFilterOptions } from './query';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterGroup {
  key: AgendaFilterKey;
  label: string;
  options: FilterOption[];
}

/** The filter groups offered on the agenda, in display order. */
export function agendaFilterGroups(p: Programme, lang: Lang): FilterGroup[] {
  const t = siteT(lang).agenda;
  const vocabulary = vocabularyT(lang);
  const usedTracks = new Set(p.sessions.map((s) => s.track));
  const usedFormats = new Set<string>(p.sessions.map((s) => s.format));
  const usedTags = new Set(p.sessions.flatMap((s) => s.tags));
  return [
    {
      key: 'track',
      label: t.track,
      options: p.tracks
        .filter((tr) => usedTracks.has(tr.slug))
        .map((tr) => ({ value: tr.slug, label: text(tr.name, lang) })),
    },
    {
      key: 'format',
      label: t.format,
      options: FORMATS.filter((f) => usedFormats.has(f)).map((f) => ({ value: f, label: vocabulary.format[f] })),
    },
    {
      key: 'language',
      label: t.language,
      options: LISTENING_LANGUAGES.map((l) => ({ value: l, label: t.languageOption[l] })),
    },
    {
      key: 'topic',
      label: t.topic,
      options: p.tags
        .filter((tag) => usedTags.has(tag.slug))
        .map((tag) => ({ value: tag.slug, label: text(tag.label, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    },
  ];
}

/** The values each filter accepts, for parsing the query string. */
export function allowedValues(groups: FilterGroup[]): AgendaFilterOptions {
  const values = (key: AgendaFilterKey) => groups.find((g) => g.key === key)?.options.map((o) => o.value) ?? [];
  return { track: values('track'), format: values('format'), language: values('language'), topic: values('topic') };
}
