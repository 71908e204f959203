// schema.org structured data for search engines: the summit and each session as an
// Event at the venue (a Place with a postal address), attended in person.
import { formatEventIso } from '../time/event-time';
import { text, type Lang, type Localized } from '../i18n/locales';

export interface VenueInput {
  name: Localized;
  address: Localized;
  latitude: number;
  longitude: number;
}

export interface SummitInput {
  name: Localized;
  description: Localized;
  venue: VenueInput;
  organisers: { name: Localized; url: string }[];
  startsAt: Date;
  endsAt: Date;
  url: string;
  image?: string | undefined;
}

export interface SessionInput {
  title: Localized;
  summary: Localized;
  startsAt: Date;
  endsAt: Date;
  roomName: Localized;
  venue: VenueInput;
  speakers: { name: string; url: string }[];
  language: string;
  url: string;
  summit: { name: Localized; url: string };
  /** The summit's organisers and image: search engines recommend both on every Event. */
  organisers: { name: Localized; url: string }[];
  image?: string | undefined;
}

type JsonLd = Record<string, unknown>;

/** The summit as a schema.org Event. */
export function summitJsonLd(s: SummitInput, lang: Lang): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(s.name, lang),
    description: text(s.description, lang),
    startDate: formatEventIso(s.startsAt),
    endDate: formatEventIso(s.endsAt),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(s.venue, lang),
    organizer: organizations(s.organisers, lang),
    inLanguage: ['vi', 'en'],
    isAccessibleForFree: true,
    url: s.url,
    ...(s.image ? { image: [s.image] } : {}),
  };
}

/** A session as a schema.org Event, part of the summit. */
export function sessionJsonLd(s: SessionInput, lang: Lang): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(s.title, lang),
    description: text(s.summary, lang),
    startDate: formatEventIso(s.startsAt),
    endDate: formatEventIso(s.endsAt),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { ...place(s.venue, lang), name: `${text(s.roomName, lang)}, ${text(s.venue.name, lang)}` },
    inLanguage: s.language === 'vi-en' ? ['vi', 'en'] : s.language,
    performer: s.speakers.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
    organizer: organizations(s.organisers, lang),
    superEvent: { '@type': 'Event', name: text(s.summit.name, lang), url: s.summit.url },
    url: s.url,
    ...(s.image ? { image: [s.image] } : {}),
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function organizations(list: { name: Localized; url: string }[], lang: Lang): JsonLd[] {
  return list.map((o) => ({ '@type': 'Organization', name: text(o.name, lang), url: o.url }));
}

function place(v: VenueInput, lang: Lang): JsonLd {
  return {
    '@type': 'Place',
    name: text(v.name, lang),
    address: {
      '@type': 'PostalAddress',
      streetAddress: text(v.address, lang),
      // The content model has no country field; the summit is held in Vietnam.
      addressCountry: 'VN',
    },
    geo: { '@type': 'GeoCoordinates', latitude: v.latitude, longitude: v.longitude },
  };
}
