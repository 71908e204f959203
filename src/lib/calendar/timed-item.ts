// The one model of anything with a time on a delegate's calendar (a programme session, a
// B2B meeting, …): what the feeds, the personal agenda and clash detection read of it.
import { LANGS, type Lang } from '~/lib/i18n/locales';

/** Calendar UIDs live under this fixed domain so they never change with the host or port. */
export const UID_DOMAIN = 'vn-asia-smartcity-summit.example';

/** What produced the item; a new producer (a booth visit, a site tour) adds its kind here. */
export type TimedItemKind = 'session' | 'meeting';

/** Published as iCalendar STATUS; a cancelled item stays in the feeds that had it and never clashes. */
export type TimedItemStatus = 'confirmed' | 'tentative' | 'cancelled';

/** A text written out in every language of the summit (no fallback left to resolve). */
export type InLanguages = Record<Lang, string>;

/** The span and identity of an item: all that ordering and clash detection need. */
export interface TimedSpan {
  kind: TimedItemKind;
  /** The producer's own id (a session's slug, a meeting's id), unique within its kind. */
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: TimedItemStatus;
}

/** A timed item as a calendar publishes it, in both languages. */
export interface TimedItem extends TimedSpan {
  /** Stable for the item's whole life: built from its id, never from its title or time. */
  uid: string;
  /** Raised by the producer on every published change, so calendar apps replace their copy. */
  sequence: number;
  /** When this version was written; also the event's DTSTAMP, so unchanged feeds keep their bytes. */
  lastModified: Date;
  title: InLanguages;
  description: InLanguages;
  location: InLanguages;
  url: InLanguages;
  categories: InLanguages[];
}

/** Writes a text once per language. */
export function inLanguages(write: (lang: Lang) => string): InLanguages {
  return Object.fromEntries(LANGS.map((lang) => [lang, write(lang)])) as InLanguages;
}
