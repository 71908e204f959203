// Programme sync (src/lib/programme/sync.ts): mirroring content sessions into the database with
// sequence bumps for changes, reported moves, cancellation and restoration.
import { describe, expect, it } from 'vitest';
import {
  planSync,
  contentHash,
  sessionDetails,
  type MirrorRow,
  type MirroredSession,
} from '../../../src/lib/programme/sync';

const T0 = new Date('2025-12-01T00:00:00Z');
const T1 = new Date('2025-12-02T00:00:00Z');

const ABSTRACTS = { vi: 'Tóm tắt phiên.', en: 'What the session is about.' };

function details(over: Partial<Parameters<typeof sessionDetails>[0]> = {}): string {
  return sessionDetails({
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    abstracts: ABSTRACTS,
    speakers: ['lan'],
    moderators: [],
    ...over,
  });
}

function session(slug: string, over: Partial<MirroredSession> = {}): MirroredSession {
  return {
    slug,
    titleVi: `Phiên ${slug}`,
    titleEn: `Session ${slug}`,
    startsAt: new Date('2025-12-23T02:00:00Z'),
    endsAt: new Date('2025-12-23T03:00:00Z'),
    room: 'main-hall',
    track: 'plenary',
    capacity: null,
    details: details(),
    ...over,
  };
}

function mirrored({ details: text, ...s }: MirroredSession, over: Partial<MirrorRow> = {}): MirrorRow {
  return { ...s, contentHash: contentHash(s, text), sequence: 0, lastModified: T0, cancelledAt: null, ...over };
}

describe('programme sync', () => {
  it('inserts new sessions with sequence 0', () => {
    const plan = planSync([], [session('a')], T1);
    expect(plan.insert).toHaveLength(1);
    expect(plan.insert[0]).toMatchObject({ slug: 'a', sequence: 0, lastModified: T1, cancelledAt: null });
  });

  it('leaves unchanged sessions alone', () => {
    const s = session('a');
    const plan = planSync([mirrored(s)], [s], T1);
    expect(plan).toEqual({ insert: [], update: [], cancel: [], moved: [] });
  });

  it('bumps the sequence and last-modified of a moved session and reports the move', () => {
    const before = mirrored(session('a'), { sequence: 2 });
    const moved = session('a', {
      startsAt: new Date('2025-12-23T04:00:00Z'),
      endsAt: new Date('2025-12-23T05:00:00Z'),
    });
    const plan = planSync([before], [moved], T1);
    expect(plan.update[0]).toMatchObject({ sequence: 3, lastModified: T1, startsAt: moved.startsAt });
    expect(plan.moved).toHaveLength(1);
    expect(plan.moved[0]!.before.startsAt).toEqual(before.startsAt);
  });

  it('bumps the sequence on a retitled session without calling it a move', () => {
    const plan = planSync([mirrored(session('a'))], [session('a', { titleEn: 'New title' })], T1);
    expect(plan.update[0]!.sequence).toBe(1);
    expect(plan.moved).toEqual([]);
  });

  it('bumps the sequence and last-modified when only the abstract changes, without calling it a move', () => {
    const edited = session('a', { details: details({ abstracts: { ...ABSTRACTS, en: 'A rewritten abstract.' } }) });
    const plan = planSync([mirrored(session('a'), { sequence: 1 })], [edited], T1);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ slug: 'a', sequence: 2, lastModified: T1 });
    expect(plan.moved).toEqual([]);
  });

  it('bumps the sequence when a speaker joins or the summary changes', () => {
    const before = mirrored(session('a'));
    expect(
      planSync([before], [session('a', { details: details({ speakers: ['lan', 'minh'] }) })], T1).update,
    ).toHaveLength(1);
    expect(
      planSync([before], [session('a', { details: details({ summary: { vi: 'Mới', en: 'New' } }) })], T1).update,
    ).toHaveLength(1);
  });

  it('keeps the published text out of the mirror row', () => {
    const plan = planSync([], [session('a')], T1);
    expect(plan.insert[0]).not.toHaveProperty('details');
  });

  it('cancels a session that left the programme, once', () => {
    const row = mirrored(session('gone'), { sequence: 1 });
    const plan = planSync([row], [], T1);
    expect(plan.cancel[0]).toMatchObject({ slug: 'gone', sequence: 2, cancelledAt: T1 });
    const again = planSync([plan.cancel[0]!], [], new Date('2025-12-03T00:00:00Z'));
    expect(again.cancel).toEqual([]);
  });

  it('restores a cancelled session that comes back, with a higher sequence', () => {
    const row = mirrored(session('back'), { sequence: 4, cancelledAt: T0 });
    const plan = planSync([row], [session('back')], T1);
    expect(plan.update[0]).toMatchObject({ sequence: 5, cancelledAt: null });
  });
});
