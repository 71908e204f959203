// Specification of nextStatusChange: how long a render of the summit status stays right.
import { describe, expect, it } from 'vitest';
import { nextStatusChange } from '~/lib/agenda/status-change';
import { summitStatus } from '~/lib/agenda/status';

const at = (iso: string) => new Date(iso);
const sessions = [
  { startsAt: at('2025-12-23T01:30:00Z'), endsAt: at('2025-12-23T02:00:00Z') },
  { startsAt: at('2025-12-23T02:00:00Z'), endsAt: at('2025-12-23T03:00:00Z') },
  { startsAt: at('2025-12-23T02:15:00Z'), endsAt: at('2025-12-23T02:45:00Z') },
];

describe('nextStatusChange', () => {
  it('is the next start or end during the summit', () => {
    expect(nextStatusChange(sessions, at('2025-12-23T02:05:00Z'))).toEqual(at('2025-12-23T02:15:00Z'));
    expect(nextStatusChange(sessions, at('2025-12-23T02:20:00Z'))).toEqual(at('2025-12-23T02:45:00Z'));
  });

  it('is the next event-local midnight before the summit, when the days-to-go count changes', () => {
    // 20 Dec 2025, 15:00 in Hanoi: the count changes at 21 Dec 00:00 GMT+7 = 20 Dec 17:00 UTC.
    expect(nextStatusChange(sessions, at('2025-12-20T08:00:00Z'))).toEqual(at('2025-12-20T17:00:00Z'));
  });

  it('is null once the summit is over', () => {
    expect(nextStatusChange(sessions, at('2025-12-24T00:00:00Z'))).toBeNull();
  });

  it('never lets the status change before it (checked minute by minute through the day)', () => {
    const start = at('2025-12-22T16:00:00Z').getTime();
    for (let t = start; t < start + 14 * 3600_000; t += 60_000) {
      const now = new Date(t);
      const until = nextStatusChange(sessions, now);
      if (!until) continue;
      const before = summitStatus(sessions, now);
      const justBefore = summitStatus(sessions, new Date(until.getTime() - 1));
      expect(JSON.stringify(justBefore)).toBe(JSON.stringify(before));
    }
  });
});
