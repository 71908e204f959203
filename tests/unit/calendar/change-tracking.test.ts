// Calendar change tracking (src/lib/calendar/build-event.ts with src/lib/programme/sync.ts): moved,
// retitled, cancelled and restored sessions get a higher SEQUENCE; unchanged feeds keep their bytes.
import { describe, expect, it } from 'vitest';
import { buildFeedEvents, sessionUid, type SessionSource } from '../../../src/lib/calendar/build-event';
import { serializeCalendar } from '../../../src/lib/calendar/serialize';
import { planSync, type MirrorRow } from '../../../src/lib/programme/sync';
import { context, programmeSessionOf, sessions } from '../../fixtures/calendar-programme';
import { parseCalendar } from '../../fixtures/ical';

const FIRST_SYNC = new Date('2025-11-01T00:00:00Z');
const SECOND_SYNC = new Date('2025-12-10T08:00:00Z');

/** Applies a sync plan to the mirror, as sync.server.ts does in its transaction. */
function apply(mirror: MirrorRow[], plan: ReturnType<typeof planSync>): MirrorRow[] {
  const next = new Map(mirror.map((r) => [r.slug, r]));
  for (const r of [...plan.insert, ...plan.update, ...plan.cancel]) next.set(r.slug, r);
  return [...next.values()];
}

function publish(mirror: MirrorRow[], programme: SessionSource[]) {
  const ical = serializeCalendar(buildFeedEvents(mirror, new Map(programme.map((s) => [s.slug, s])), context('en')), {
    name: 'Summit',
  });
  return new Map(parseCalendar(ical).events.map((e) => [e.uid, e]));
}

describe('calendar change tracking', () => {
  const v1 = sessions;
  const mirror1 = apply([], planSync([], v1.map(programmeSessionOf), FIRST_SYNC));
  const before = publish(mirror1, v1);

  it('publishes a moved session at its new time with a higher SEQUENCE and a new LAST-MODIFIED', () => {
    const moved: SessionSource = {
      ...v1[1]!,
      startsAt: new Date('2025-12-23T09:00:00Z'),
      endsAt: new Date('2025-12-23T10:00:00Z'),
    };
    const v2 = [v1[0]!, moved, v1[2]!];
    const plan = planSync(mirror1, v2.map(programmeSessionOf), SECOND_SYNC);
    expect(plan.moved.map((m) => m.after.slug)).toEqual([moved.slug]);
    const after = publish(apply(mirror1, plan), v2);
    const uid = sessionUid(moved.slug);
    expect(after.get(uid)!.start.toISOString()).toBe('2025-12-23T09:00:00.000Z');
    expect(after.get(uid)!.sequence).toBeGreaterThan(before.get(uid)!.sequence);
    expect(after.get(uid)!.lastModified!.toISOString()).toBe(SECOND_SYNC.toISOString());
    expect(before.get(uid)!.lastModified!.toISOString()).toBe(FIRST_SYNC.toISOString());
    // Untouched sessions keep their SEQUENCE and LAST-MODIFIED, so calendars do not churn.
    const untouched = sessionUid(v1[0]!.slug);
    expect(after.get(untouched)).toEqual(before.get(untouched));
  });

  it('publishes a new summary and speaker list with a higher SEQUENCE and a new LAST-MODIFIED, without calling it a move', () => {
    const edited: SessionSource = {
      ...v1[0]!,
      summary: { vi: 'Khai mạc, có thêm khách mời.', en: 'The opening, with a guest.' },
      speakers: ['tran-quoc-bao', 'claire-dubois'],
    };
    const v2 = [edited, v1[1]!, v1[2]!];
    const plan = planSync(mirror1, v2.map(programmeSessionOf), SECOND_SYNC);
    expect(plan.update.map((r) => r.slug)).toEqual([edited.slug]);
    expect(plan.moved).toEqual([]);
    const after = publish(apply(mirror1, plan), v2);
    const uid = sessionUid(edited.slug);
    expect(after.get(uid)!.description).toContain('Claire Dubois');
    expect(after.get(uid)!.sequence).toBe(before.get(uid)!.sequence + 1);
    expect(after.get(uid)!.lastModified!.toISOString()).toBe(SECOND_SYNC.toISOString());
  });

  it('publishes a session removed from the programme as STATUS:CANCELLED with a higher SEQUENCE', () => {
    const v2 = [v1[0]!, v1[2]!];
    const plan = planSync(mirror1, v2.map(programmeSessionOf), SECOND_SYNC);
    const after = publish(apply(mirror1, plan), v2);
    const uid = sessionUid(v1[1]!.slug);
    expect(after.size).toBe(before.size);
    expect(after.get(uid)!.status).toBe('CANCELLED');
    expect(before.get(uid)!.status).toBe('CONFIRMED');
    expect(after.get(uid)!.sequence).toBe(before.get(uid)!.sequence + 1);
    expect(after.get(uid)!.lastModified!.toISOString()).toBe(SECOND_SYNC.toISOString());
    expect(after.get(uid)!.start.getTime()).toBe(v1[1]!.startsAt.getTime());
  });

  it('republishes a session that returns to the programme as confirmed, with a higher SEQUENCE again', () => {
    const withoutIt = apply(mirror1, planSync(mirror1, [v1[0]!, v1[2]!].map(programmeSessionOf), SECOND_SYNC));
    const back = apply(withoutIt, planSync(withoutIt, v1.map(programmeSessionOf), new Date('2025-12-11T00:00:00Z')));
    const uid = sessionUid(v1[1]!.slug);
    const ev = publish(back, v1).get(uid)!;
    expect(ev.status).toBe('CONFIRMED');
    expect(ev.sequence).toBe(2);
  });

  it('gives identical bytes when nothing changed, so ETags hold across restarts', () => {
    const plan = planSync(mirror1, v1.map(programmeSessionOf), SECOND_SYNC);
    const mirror2 = apply(mirror1, plan);
    const text = (m: MirrorRow[]) =>
      serializeCalendar(buildFeedEvents(m, new Map(v1.map((s) => [s.slug, s])), context('vi')), { name: 'A' });
    expect(text(mirror2)).toBe(text(mirror1));
  });
});
