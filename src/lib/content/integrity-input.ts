// Turns loaded collection entries (from getCollection at build time, or from
// Astro's data store in `npm run check`) into the plain input of checkIntegrity.
import type { IntegrityInput } from './integrity';
import type { Localized } from '../i18n/locales';

type Ref = { id: string };
interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

/** The collections checkIntegrity reads, as loaded entries. */
export interface LoadedCollections {
  event: Entry<{ startDate: string; endDate: string }>[];
  tracks: Entry<unknown>[];
  rooms: Entry<{ capacity: number }>[];
  tags: Entry<unknown>[];
  speakers: Entry<{ photo?: unknown; photoAlt?: Localized | undefined }>[];
  sessions: Entry<{
    start: string;
    end: string;
    room: Ref;
    track?: Ref | undefined;
    format: string;
    speakers: Ref[];
    moderators: Ref[];
    capacity?: number | undefined;
    tags: Ref[];
    meetings?: { length: number; changeover: number; tables: number } | undefined;
  }>[];
  exhibitors: Entry<{ logo?: unknown; logoAlt?: Localized | undefined }>[];
  products: Entry<{ exhibitor: Ref; tags: Ref[]; image?: unknown; imageAlt?: Localized | undefined }>[];
  /** Keyed by position in content/taxonomy/needs.yaml (see content.config.ts). */
  needs?: Entry<{ id: string; parent?: string | undefined; facet?: string | undefined; topics: Ref[] }>[];
}

/** Maps loaded entries to the plain shape the integrity check reads. */
export function toIntegrityInput(c: LoadedCollections): IntegrityInput {
  const file = (e: Entry<unknown>, kind: string, name: string) => e.filePath ?? `content/${kind}/${e.id}/${name}`;
  const ids = (refs: Ref[]) => refs.map((r) => r.id);
  return {
    event: c.event[0]?.data,
    rooms: c.rooms.map((r) => ({ id: r.id, capacity: r.data.capacity })),
    tracks: c.tracks.map((t) => ({ id: t.id })),
    tags: c.tags.map((t) => ({ id: t.id })),
    speakers: c.speakers.map((s) => ({
      id: s.id,
      file: file(s, 'speakers', 'speaker.yaml'),
      hasPhoto: Boolean(s.data.photo),
      photoAlt: s.data.photoAlt,
    })),
    sessions: c.sessions.map((s) => ({
      id: s.id,
      file: file(s, 'sessions', 'session.yaml'),
      start: s.data.start,
      end: s.data.end,
      room: s.data.room.id,
      track: s.data.track?.id,
      format: s.data.format,
      speakers: ids(s.data.speakers),
      moderators: ids(s.data.moderators),
      capacity: s.data.capacity,
      tags: ids(s.data.tags),
      meetings: s.data.meetings,
    })),
    exhibitors: c.exhibitors.map((e) => ({
      id: e.id,
      file: file(e, 'exhibitors', 'exhibitor.yaml'),
      hasLogo: Boolean(e.data.logo),
      logoAlt: e.data.logoAlt,
    })),
    products: c.products.map((p) => ({
      id: p.id,
      file: file(p, 'products', 'product.yaml'),
      exhibitor: p.data.exhibitor.id,
      tags: ids(p.data.tags),
      hasImage: Boolean(p.data.image),
      imageAlt: p.data.imageAlt,
    })),
    needs: (c.needs ?? []).map((n) => ({
      file: n.filePath ?? 'content/taxonomy/needs.yaml',
      index: Number(n.id),
      id: n.data.id,
      parent: n.data.parent,
      facet: n.data.facet,
      topics: ids(n.data.topics),
    })),
  };
}
