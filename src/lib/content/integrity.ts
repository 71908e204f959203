// Checks the content as a whole, beyond what each entry's schema can see:
// references between collections, times, room and speaker clashes, alt text.
// Pure: plain data in, a list of problems (file, field, message) out.
import { eventLocalToInstant, eventLocalDate } from '../time/event-time';
import type { Localized } from '../i18n/locales';
import { checkTaxonomy, type NeedInput } from '~/lib/content/taxonomy-integrity';
import { checkB2bBlock } from './b2b-integrity';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface IntegrityInput {
  event: { startDate: string; endDate: string } | undefined;
  rooms: { id: string; capacity: number }[];
  tracks: { id: string }[];
  tags: { id: string }[];
  speakers: { id: string; file: string; hasPhoto: boolean; photoAlt?: Localized | undefined }[];
  sessions: {
    id: string;
    file: string;
    start: string;
    end: string;
    room: string;
    track?: string | undefined;
    format: string;
    speakers: string[];
    moderators: string[];
    capacity?: number | undefined;
    tags: string[];
    meetings?: { length: number; changeover: number; tables: number } | undefined;
  }[];
  exhibitors: { id: string; file: string; hasLogo: boolean; logoAlt?: Localized | undefined }[];
  products: {
    id: string;
    file: string;
    exhibitor: string;
    tags: string[];
    hasImage: boolean;
    imageAlt?: Localized | undefined;
  }[];
  /** The matchmaking taxonomy (content/taxonomy/needs.yaml); checked in taxonomy-integrity.ts. */
  needs?: NeedInput[] | undefined;
}

/** Returns every problem found in the content; an empty list means it is consistent. */
export function checkIntegrity(input: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const rooms = new Map(input.rooms.map((r) => [r.id, r]));
  const tracks = ids(input.tracks);
  const tags = ids(input.tags);
  const speakers = ids(input.speakers);
  const exhibitors = ids(input.exhibitors);

  if (!input.event) add('content/event/summit.yaml', 'event', 'the event entry is missing');

  for (const s of input.speakers) {
    if (s.hasPhoto && !hasText(s.photoAlt)) add(s.file, 'photoAlt', 'photo has no alt text');
  }
  for (const e of input.exhibitors) {
    if (e.hasLogo && !hasText(e.logoAlt)) add(e.file, 'logoAlt', 'logo has no alt text');
  }
  for (const p of input.products) {
    if (!exhibitors.has(p.exhibitor)) add(p.file, 'exhibitor', `unknown exhibitor "${p.exhibitor}"`);
    p.tags.forEach((t, i) => tags.has(t) || add(p.file, `tags[${i}]`, `unknown tag "${t}"`));
    if (p.hasImage && !hasText(p.imageAlt)) add(p.file, 'imageAlt', 'image has no alt text');
  }

  const timed: { id: string; file: string; start: number; end: number; room: string; people: string[] }[] = [];
  for (const s of input.sessions) {
    const room = rooms.get(s.room);
    if (!room) add(s.file, 'room', `unknown room "${s.room}"`);
    if (s.track === undefined) {
      if (s.format !== 'break') add(s.file, 'track', 'a track is required (only breaks may have none)');
    } else if (!tracks.has(s.track)) add(s.file, 'track', `unknown track "${s.track}"`);
    s.speakers.forEach((p, i) => speakers.has(p) || add(s.file, `speakers[${i}]`, `unknown speaker "${p}"`));
    s.moderators.forEach((p, i) => speakers.has(p) || add(s.file, `moderators[${i}]`, `unknown speaker "${p}"`));
    s.tags.forEach((t, i) => tags.has(t) || add(s.file, `tags[${i}]`, `unknown tag "${t}"`));
    if (room && s.capacity !== undefined && s.capacity > room.capacity) {
      add(s.file, 'capacity', `${s.capacity} seats is more than room "${s.room}" holds (${room.capacity})`);
    }
    const start = instantOrProblem(s.start, s.file, 'start', add);
    const end = instantOrProblem(s.end, s.file, 'end', add);
    if (start === undefined || end === undefined) continue;
    if (end <= start) add(s.file, 'end', `ends (${s.end}) before or when it starts (${s.start})`);
    problems.push(...checkB2bBlock({ ...s, start, end, roomCapacity: room?.capacity }));
    if (input.event) {
      for (const [field, value] of [['start', start], ['end', end - 1]] as const) {
        const day = eventLocalDate(new Date(value));
        if (day < input.event.startDate || day > input.event.endDate) {
          add(s.file, field, `${field === 'start' ? s.start : s.end} is outside the event (${input.event.startDate} to ${input.event.endDate})`);
        }
      }
    }
    timed.push({ id: s.id, file: s.file, start, end, room: s.room, people: [...new Set([...s.speakers, ...s.moderators])] });
  }

  // Clashes: sort by start so each session is only compared with those it can overlap.
  timed.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i]!;
    for (let j = i + 1; j < timed.length && timed[j]!.start < a.end; j++) {
      const b = timed[j]!;
      if (b.end <= a.start) continue;
      if (a.room === b.room) add(b.file, 'room', `room "${b.room}" is already used by session "${a.id}" at that time`);
      for (const person of b.people.filter((p) => a.people.includes(p))) {
        add(b.file, 'speakers', `speaker "${person}" is also in session "${a.id}" at that time`);
      }
    }
  }
  problems.push(...checkTaxonomy(input.needs ?? [], tags));
  return problems;
}

/** Formats problems as one message per line: "file: field: message". */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

function hasText(value: Localized | undefined): boolean {
  return Boolean(value?.vi?.trim() || value?.en?.trim());
}

function instantOrProblem(
  local: string,
  file: string,
  field: string,
  add: (file: string, field: string, message: string) => void,
): number | undefined {
  try {
    return eventLocalToInstant(local).getTime();
  } catch {
    add(file, field, `"${local}" is not a valid event-local date-time`);
    return undefined;
  }
}
