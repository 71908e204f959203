// Checks B2B blocks (format "b2b") for what cutting them into meeting slots needs:
// a meetings entry, at least one table, a meeting that fits the block, tables the room can seat.
import type { Problem } from './integrity';

/** What this check reads of a session (times already resolved to instants). */
export interface B2bSessionInput {
  file: string;
  format: string;
  start: number;
  end: number;
  roomCapacity: number | undefined;
  meetings?: { length: number; changeover: number; tables: number } | undefined;
}

/** Returns the problems of one session's B2B settings; empty when it is fine or not a B2B block. */
export function checkB2bBlock(s: B2bSessionInput): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file: s.file, field, message });
  if (s.format !== 'b2b') {
    if (s.meetings) add('meetings', 'only B2B sessions (format "b2b") have meetings');
    return problems;
  }
  const m = s.meetings;
  if (!m) {
    add('meetings', 'a B2B session needs meetings: { length, changeover, tables }');
    return problems;
  }
  if (!Number.isInteger(m.tables) || m.tables < 1) add('meetings.tables', `needs at least 1 table (has ${m.tables})`);
  const minutes = (s.end - s.start) / 60_000;
  if (minutes > 0 && m.length > minutes) {
    add('meetings.length', `a ${m.length}-minute meeting is longer than the session (${minutes} minutes)`);
  }
  // Each table seats the two sides of a meeting.
  if (s.roomCapacity !== undefined && m.tables * 2 > s.roomCapacity) {
    add('meetings.tables', `${m.tables} tables seat ${m.tables * 2} people, more than the room holds (${s.roomCapacity})`);
  }
  return problems;
}
