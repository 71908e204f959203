// B2B block checks (src/lib/content/b2b-integrity.ts, run by checkIntegrity): a B2B session must say
// how long a meeting is and how many tables it has, and those must fit the session and the room.
import { describe, expect, it } from 'vitest';
import { checkB2bBlock, type B2bSessionInput } from '~/lib/content/b2b-integrity';
import { checkIntegrity } from '~/lib/content/integrity';

const t0 = Date.UTC(2025, 11, 23, 4, 0);
function block(over: Partial<B2bSessionInput> = {}): B2bSessionInput {
  return {
    file: 'content/sessions/b2b/session.yaml',
    format: 'b2b',
    start: t0,
    end: t0 + 90 * 60_000,
    roomCapacity: 60,
    meetings: { length: 20, changeover: 5, tables: 30 },
    ...over,
  };
}

describe('B2B block checks', () => {
  it('accepts a 90-minute block of 20-minute meetings at 30 tables in a room for 60', () => {
    expect(checkB2bBlock(block())).toEqual([]);
  });

  it('reports a B2B session without meeting settings', () => {
    expect(checkB2bBlock(block({ meetings: undefined }))).toEqual([
      { file: 'content/sessions/b2b/session.yaml', field: 'meetings', message: 'a B2B session needs meetings: { length, changeover, tables }' },
    ]);
  });

  it('reports a meeting longer than the session', () => {
    const problems = checkB2bBlock(block({ meetings: { length: 120, changeover: 0, tables: 4 } }));
    expect(problems).toEqual([
      { file: 'content/sessions/b2b/session.yaml', field: 'meetings.length', message: 'a 120-minute meeting is longer than the session (90 minutes)' },
    ]);
  });

  it('reports fewer than one table', () => {
    const problems = checkB2bBlock(block({ meetings: { length: 20, changeover: 5, tables: 0 } }));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['meetings.tables', 'needs at least 1 table (has 0)']]);
  });

  it('reports more tables than the room seats, two people a table', () => {
    const problems = checkB2bBlock(block({ meetings: { length: 20, changeover: 5, tables: 31 } }));
    expect(problems.map((p) => p.field)).toEqual(['meetings.tables']);
  });

  it('reports meeting settings on a session that is not a B2B block', () => {
    expect(checkB2bBlock(block({ format: 'talk' })).map((p) => p.field)).toEqual(['meetings']);
    expect(checkB2bBlock(block({ format: 'talk', meetings: undefined }))).toEqual([]);
  });

  it('runs as part of the whole content check', () => {
    const problems = checkIntegrity({
      event: { startDate: '2025-12-23', endDate: '2025-12-23' },
      rooms: [{ id: 'b2b-lounge', capacity: 60 }],
      tracks: [{ id: 'business' }],
      tags: [],
      speakers: [],
      sessions: [
        {
          id: 'b2b-morning',
          file: 'content/sessions/b2b-morning/session.yaml',
          start: '2025-12-23T11:00',
          end: '2025-12-23T12:30',
          room: 'b2b-lounge',
          track: 'business',
          format: 'b2b',
          speakers: [],
          moderators: [],
          tags: [],
        },
      ],
      exhibitors: [],
      products: [],
    });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(['content/sessions/b2b-morning/session.yaml: meetings']);
  });
});
