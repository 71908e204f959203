// The programme as the rest of the code sees it: content collections loaded once and turned
// into plain objects with UTC instants. (The content was checked as a whole when it was
// loaded: src/lib/content/integrity-gate.ts.)
import { getCollection, type CollectionEntry } from 'astro:content';
import { eventLocalToInstant } from '../time/event-time';
import type { Lang } from '../i18n/locales';

// Every entry is keyed by its slug: the content file or folder name (Astro's entry id), which
// is also its URL segment, its calendar path and, for sessions, the database's key.
export type EventInfo = CollectionEntry<'event'>['data'];
export type Track = CollectionEntry<'tracks'>['data'] & { slug: string };
export type Room = CollectionEntry<'rooms'>['data'] & { slug: string };
export type Tag = CollectionEntry<'tags'>['data'] & { slug: string };
export type Speaker = CollectionEntry<'speakers'>['data'] & { slug: string };
export type Exhibitor = CollectionEntry<'exhibitors'>['data'] & { slug: string };
type SessionData = CollectionEntry<'sessions'>['data'];
type ProductData = CollectionEntry<'products'>['data'];

/** A programme session with references resolved to slugs and times as instants. */
export interface ProgrammeSession extends Omit<SessionData, 'room' | 'track' | 'speakers' | 'moderators' | 'tags'> {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  track: string | undefined;
  speakers: string[];
  moderators: string[];
  tags: string[];
}

/** A showcase product curated in content, its references resolved to slugs. */
export interface Product extends Omit<ProductData, 'exhibitor' | 'tags'> {
  slug: string;
  exhibitor: string;
  tags: string[];
}

export interface Programme {
  event: EventInfo;
  tracks: Track[];
  rooms: Room[];
  tags: Tag[];
  /** Sorted by start, then room order. */
  sessions: ProgrammeSession[];
  speakers: Speaker[];
  exhibitors: Exhibitor[];
  products: Product[];
  trackBySlug: Map<string, Track>;
  roomBySlug: Map<string, Room>;
  tagBySlug: Map<string, Tag>;
  speakerBySlug: Map<string, Speaker>;
  exhibitorBySlug: Map<string, Exhibitor>;
  sessionBySlug: Map<string, ProgrammeSession>;
}

let cached: Promise<Programme> | undefined;

/** Loads the whole programme (once per process). */
export function getProgramme(): Promise<Programme> {
  cached ??= loadProgramme();
  return cached;
}

async function loadProgramme(): Promise<Programme> {
  const [
    events,
    trackEntries,
    roomEntries,
    tagEntries,
    speakerEntries,
    sessionEntries,
    exhibitorEntries,
    productEntries,
  ] = await Promise.all([
      getCollection('event'),
      getCollection('tracks'),
      getCollection('rooms'),
      getCollection('tags'),
      getCollection('speakers'),
      getCollection('sessions'),
      getCollection('exhibitors'),
      getCollection('products'),
    ]);

  const flat = <T extends { id: string; data: object }>(e: T) => ({ slug: e.id, ...e.data }) as T['data'] & { slug: string };
  const tracks = trackEntries.map(flat).sort((a, b) => a.order - b.order);
  const rooms = roomEntries.map(flat).sort((a, b) => a.order - b.order);
  const roomOrder = new Map(rooms.map((r, i) => [r.slug, i]));
  const sessions: ProgrammeSession[] = sessionEntries
    .map(({ id, data }) => ({
      ...data,
      slug: id,
      startsAt: eventLocalToInstant(data.start),
      endsAt: eventLocalToInstant(data.end),
      room: data.room.id,
      track: data.track?.id,
      speakers: data.speakers.map((s) => s.id),
      moderators: data.moderators.map((s) => s.id),
      tags: data.tags.map((t) => t.id),
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (roomOrder.get(a.room) ?? 0) - (roomOrder.get(b.room) ?? 0));
  const products: Product[] = productEntries.map(({ id, data }) => ({
    ...data,
    slug: id,
    exhibitor: data.exhibitor.id,
    tags: data.tags.map((t) => t.id),
  }));
  const speakers = speakerEntries.map(flat).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const exhibitors = exhibitorEntries.map(flat).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const tags = tagEntries.map(flat);
  const event = events[0]!.data;
  return {
    event,
    tracks,
    rooms,
    tags,
    sessions,
    speakers,
    exhibitors,
    products,
    trackBySlug: bySlug(tracks),
    roomBySlug: bySlug(rooms),
    tagBySlug: bySlug(tags),
    speakerBySlug: bySlug(speakers),
    exhibitorBySlug: bySlug(exhibitors),
    sessionBySlug: bySlug(sessions),
  };
}

type ProseEntry = CollectionEntry<'prose'>;
let proseById: Promise<Map<string, ProseEntry>> | undefined;

/** The prose collection keyed by entry id (once per process, like the programme). */
function getProseById(): Promise<Map<string, ProseEntry>> {
  // getCollection copies and walks every entry on each call: called per page it made the build
  // quadratic (pages × prose files), so the lookup is built once.
  proseById ??= getCollection('prose').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return proseById;
}

/** The Markdown prose of an entry in a language, falling back to the other language. */
export async function getProse(kind: 'sessions' | 'speakers' | 'products' | 'pages', slug: string, lang: Lang) {
  const prose = await getProseById();
  const own = prose.get(`${kind}/${slug}/${lang}`);
  if (own) return { entry: own, lang, fallback: false };
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const fallback = prose.get(`${kind}/${slug}/${other}`);
  return fallback ? { entry: fallback, lang: other, fallback: true } : undefined;
}

function bySlug<T extends { slug: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((x) => [x.slug, x]));
}
