// What the site shows about a session, in one language: labels resolved from the
// programme's ids, links, time range and filter facets. Used by the agenda, the
// home page and the session page so they never disagree.
import type { Programme, ProgrammeSession, Speaker } from '../content/programme';
import { pick, text, type Lang, type Picked } from '../i18n/locales';
import { vocabularyT } from '~/lib/i18n/messages/vocabulary';
import { formatEventTimeRange } from '../time/event-time';
import { localizedPath } from '~/lib/i18n/paths';
import { sessionFacets, type SessionFacets } from './query';

export interface PersonView {
  id: string;
  name: string;
  href: string;
  role: string;
  organisation: string;
}

export interface SessionView {
  slug: string;
  href: string;
  title: Picked;
  summary: Picked;
  startsAt: Date;
  endsAt: Date;
  timeRange: string;
  room: { id: string; name: string; floor: string; accessible: boolean };
  track: { id: string; name: string; color: string } | undefined;
  format: { id: string; label: string };
  language: { id: string; label: string };
  speakers: PersonView[];
  moderators: PersonView[];
  tags: { id: string; label: string }[];
  capacity: number | undefined;
  isBreak: boolean;
  facets: SessionFacets;
}

/** The people of a session as links to their speaker pages. */
export function describePerson(speaker: Speaker, lang: Lang): PersonView {
  return {
    id: speaker.slug,
    name: speaker.name,
    href: localizedPath(lang, `/speakers/${speaker.slug}/`),
    role: text(speaker.role, lang),
    organisation: text(speaker.organisation, lang),
  };
}

/** Everything shown about a session, resolved against the programme in one language. */
export function describeSession(s: ProgrammeSession, p: Programme, lang: Lang): SessionView {
  const room = p.roomBySlug.get(s.room);
  const track = s.track ? p.trackBySlug.get(s.track) : undefined;
  const people = (ids: string[]) =>
    ids.flatMap((id) => {
      const speaker = p.speakerBySlug.get(id);
      return speaker ? [describePerson(speaker, lang)] : [];
    });
  const vocabulary = vocabularyT(lang);
  return {
    slug: s.slug,
    href: localizedPath(lang, `/sessions/${s.slug}/`),
    title: pick(s.title, lang),
    summary: pick(s.summary, lang),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeRange: formatEventTimeRange(s.startsAt, s.endsAt),
    room: {
      id: s.room,
      name: room ? text(room.name, lang) : s.room,
      floor: room ? text(room.floor, lang) : '',
      accessible: room?.accessible ?? false,
    },
    track: track ? { id: track.slug, name: text(track.name, lang), color: track.color } : undefined,
    format: { id: s.format, label: vocabulary.format[s.format] },
    language: { id: s.language, label: vocabulary.sessionLanguage[s.language] },
    speakers: people(s.speakers),
    moderators: people(s.moderators),
    tags: s.tags.map((id) => ({ id, label: text(p.tagBySlug.get(id)?.label ?? { en: id }, lang) })),
    capacity: s.capacity,
    isBreak: s.format === 'break',
    facets: sessionFacets(s),
  };
}

/** An agenda item: the session, what is shown about it, and whether the current filters hide it. */
export interface AgendaEntry {
  session: ProgrammeSession;
  view: SessionView;
  hidden: boolean;
}
