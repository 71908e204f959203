// A small in-memory programme for tests of the agenda's display logic.
import type { Programme, Room, ProgrammeSession, Speaker, Tag, Track } from '~/lib/content/programme';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);

/** Builds a Programme with two tracks, two rooms, two speakers and three sessions. */
export function programmeFixture(): Programme {
  const tracks: Track[] = [
    {
      slug: 'e-government',
      name: { vi: 'Chính quyền số', en: 'Digital government' },
      description: { en: '…' },
      color: '#0b6e4f',
      order: 1,
    },
    { slug: 'unused', name: { en: 'Unused track' }, description: { en: '…' }, color: '#000000', order: 2 },
  ];
  const rooms: Room[] = [
    {
      slug: 'main-hall',
      name: { vi: 'Hội trường chính', en: 'Main Hall' },
      floor: { vi: 'Tầng 1', en: 'Ground floor' },
      capacity: 800,
      accessible: true,
      order: 1,
    },
    { slug: 'lab', name: { en: 'Workshop Lab' }, floor: { en: 'Level 2' }, capacity: 40, accessible: false, order: 2 },
  ];
  const tags: Tag[] = [
    { slug: 'ai', label: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' } },
    { slug: 'open-data', label: { vi: 'Dữ liệu mở', en: 'Open data' } },
    { slug: 'unused', label: { en: 'Unused' } },
  ];
  const speakers: Speaker[] = [speaker('lan', 'Nguyễn Thị Lan'), speaker('bao', 'Trần Quốc Bảo')];
  const sessions: ProgrammeSession[] = [
    session({
      slug: 'opening',
      title: { vi: 'Khai mạc', en: 'Opening' },
      start: '09:00',
      end: '09:30',
      format: 'keynote',
      speakers: ['lan'],
      moderators: ['bao'],
      tags: ['ai'],
    }),
    session({
      slug: 'sprint',
      title: { vi: 'Sprint dữ liệu mở' },
      start: '10:00',
      end: '11:00',
      room: 'lab',
      format: 'workshop',
      language: 'vi',
      capacity: 40,
      tags: ['open-data'],
    }),
    session({
      slug: 'coffee',
      title: { en: 'Coffee' },
      start: '11:00',
      end: '11:30',
      track: undefined,
      format: 'break',
    }),
  ];
  const bySlug = <T extends { slug: string }>(list: T[]) => new Map(list.map((x) => [x.slug, x]));
  return {
    event: {
      name: { en: 'Summit' },
      shortName: { en: 'Summit' },
      edition: { en: '2025' },
      startDate: '2025-12-23',
      endDate: '2025-12-23',
      timeZone: 'Asia/Ho_Chi_Minh',
      theme: { en: 'Green and smart cities powered by AI' },
      description: { en: '…' },
      venue: {
        name: { en: 'Venue' },
        address: { en: 'Hanoi' },
        mapUrl: 'https://example.org/map',
        latitude: 21,
        longitude: 105.8,
      },
      organisers: [{ name: { en: 'Organiser' }, url: 'https://example.org' }],
      partners: [],
    },
    tracks,
    rooms,
    tags,
    sessions,
    speakers,
    exhibitors: [],
    products: [],
    trackBySlug: bySlug(tracks),
    roomBySlug: bySlug(rooms),
    tagBySlug: bySlug(tags),
    speakerBySlug: bySlug(speakers),
    exhibitorBySlug: new Map(),
    sessionBySlug: new Map(sessions.map((s) => [s.slug, s])),
  };
}

function speaker(slug: string, name: string): Speaker {
  return {
    slug,
    name,
    sample: true,
    role: { vi: 'Trưởng ban', en: 'Head of unit' },
    organisation: { en: 'Hanoi City' },
    country: 'VN',
    featured: false,
    links: [],
  };
}

function session(
  s: Partial<ProgrammeSession> & { slug: string; title: ProgrammeSession['title']; start: string; end: string },
): ProgrammeSession {
  return {
    summary: { en: 'Summary' },
    room: 'main-hall',
    track: 'e-government',
    format: 'talk',
    language: 'vi-en',
    speakers: [],
    moderators: [],
    tags: [],
    ...s,
    startsAt: at(s.start),
    endsAt: at(s.end),
    start: `2025-12-23T${s.start}`,
    end: `2025-12-23T${s.end}`,
  };
}
