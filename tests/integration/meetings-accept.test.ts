// The accept transaction (src/lib/matchmaking/requests.server.ts and placement.server.ts) against a
// real, migrated SQLite file: placing at a slot and table, limits with their codes, expiry, cancel
// freeing the table, a moved block moving its meetings, and two processes racing for the last table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';

const dir = mkdtempSync(join(tmpdir(), 'meetings-'));
process.env.DATABASE_PATH = join(dir, 'summit.db');
const { getDb, getSqlite, closeDb } = await import('~db/client');
const schema = await import('~db/schema');
const { createMeetingRequest, acceptMeetingRequest, cancelMeetingRequest, declineMeetingRequest } =
  await import('~/lib/matchmaking/requests.server');
const { cancelPendingRequestsOf, expireMeetingRequests } = await import('~/lib/matchmaking/request-sweeps.server');
const { setAvailability, setIncomingCap } = await import('~/lib/matchmaking/availability.server');
const { syncB2bBlocks, loadSlots } = await import('~/lib/matchmaking/blocks.server');
const { markMeetingOutcome, runBatchScheduler, scheduledForSheets } = await import('~/lib/matchmaking/meetings.server');
const { tableSheets } = await import('~/lib/matchmaking/sheets');
const { requestLimits } = await import('~/lib/matchmaking/requests');

const now = new Date('2025-12-20T03:00:00Z');
const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);
const BLOCK = 'b2b-matchmaking-morning';
let people = 0;

function person(name: string, language: 'vi' | 'en' = 'vi'): string {
  const id = `u${++people}`;
  getDb()
    .insert(schema.users)
    .values({
      id,
      email: `${id}@example.test`,
      passwordHash: 'x',
      fullName: name,
      organisation: `${name} Co.`,
      language,
    })
    .run();
  // Takes part in matchmaking: consent in force and a visible profile open to requests.
  getDb().insert(schema.consents).values({ userId: id, kind: 'matchmaking', textVersion: 't', givenAt: now }).run();
  getDb().insert(schema.matchmakingProfiles).values({ userId: id, updatedAt: now }).run();
  return id;
}

function session(
  slug: string,
  start: string,
  end: string,
  extra: Partial<typeof schema.programmeSessions.$inferInsert> = {},
) {
  getDb()
    .insert(schema.programmeSessions)
    .values({
      slug,
      titleVi: slug,
      titleEn: slug,
      startsAt: at(start),
      endsAt: at(end),
      room: 'b2b-lounge',
      track: null,
      capacity: null,
      contentHash: '',
      lastModified: now,
      ...extra,
    })
    .onConflictDoUpdate({ target: schema.programmeSessions.slug, set: { startsAt: at(start), endsAt: at(end) } })
    .run();
}

/** A block of `tables` tables from start to end, 20-minute meetings with 5 minutes between. */
function block(start: string, end: string, tables: number) {
  session(BLOCK, start, end);
  return getDb().transaction(
    (tx) => syncB2bBlocks(tx, [{ slug: BLOCK, meetings: { length: 20, changeover: 5, tables } }], now),
    { behavior: 'immediate' },
  );
}

async function requestAndAccept(a: string, b: string) {
  const req = await createMeetingRequest(a, b, 'Hẹn gặp', now);
  if (!req.ok) throw new Error(req.code);
  return acceptMeetingRequest(b, req.id, now);
}

const meetingOf = (id: string) => getDb().select().from(schema.meetings).where(eq(schema.meetings.id, id)).get()!;

beforeAll(() => {
  getDb();
  block('11:00', '12:30', 1);
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('accepting a meeting request', () => {
  it('places the meeting at the first common slot and table, and emails both steps to the other side', async () => {
    const lan = person('Lan');
    const minh = person('Minh', 'en');
    setAvailability(lan, [`${BLOCK}#1`, `${BLOCK}#2`]);
    setAvailability(minh, [`${BLOCK}#1`]);
    const out = await requestAndAccept(lan, minh);
    expect(out).toMatchObject({ ok: true, placement: { placed: true, slot: { id: `${BLOCK}#1` }, table: 1 } });
    if (!out.ok) return;
    expect(meetingOf(out.meetingId)).toMatchObject({
      status: 'scheduled',
      slotId: `${BLOCK}#1`,
      tableNo: 1,
      startsAt: at('11:25'),
      sequence: 0,
    });
    const mails = getSqlite().prepare('SELECT "to", subject FROM outbox ORDER BY id').all() as {
      to: string;
      subject: string;
    }[];
    expect(mails.slice(-2)).toEqual([
      { to: `${minh}@example.test`, subject: 'Lan (Lan Co.) would like to meet you / Lan (Lan Co.) muốn gặp bạn' },
      {
        to: `${lan}@example.test`,
        subject: 'Minh (Minh Co.) đã chấp nhận cuộc gặp / Minh (Minh Co.) accepted your meeting',
      },
    ]);
  });

  it('never puts a person in a slot they hold a confirmed seat in', async () => {
    session('workshop-x', '11:00', '11:30', { capacity: 10 });
    const hoa = person('Hoa');
    const binh = person('Bình');
    getDb()
      .insert(schema.reservations)
      .values({ sessionSlug: 'workshop-x', userId: hoa, status: 'confirmed', createdAt: now })
      .run();
    setAvailability(hoa, [`${BLOCK}#0`, `${BLOCK}#2`]);
    setAvailability(binh, [`${BLOCK}#0`, `${BLOCK}#2`]);
    const out = await requestAndAccept(hoa, binh);
    expect(out).toMatchObject({ ok: true, placement: { placed: true, slot: { id: `${BLOCK}#2` } } });
  });

  it('accepts but leaves the meeting unplaced, with the reason and alternatives, when no slot fits', async () => {
    const an = person('An');
    const chi = person('Chi');
    setAvailability(an, [`${BLOCK}#1`]);
    setAvailability(chi, [`${BLOCK}#1`]);
    const out = await requestAndAccept(an, chi);
    expect(out).toMatchObject({ ok: true, placement: { placed: false, reason: 'tables-full' } });
    if (!out.ok || out.placement.placed) return;
    expect(out.placement.alternatives.map((s) => s.id)).toEqual([`${BLOCK}#0`]);
    expect(meetingOf(out.meetingId).status).toBe('unplaced');
  });

  it('refuses a second accept, a stranger, and an unknown request with their codes', async () => {
    const a = person('A');
    const b = person('B');
    const req = await createMeetingRequest(a, b, '', now);
    if (!req.ok) throw new Error(req.code);
    expect(await acceptMeetingRequest(a, req.id, now)).toEqual({ ok: false, code: 'not-yours' });
    expect(await acceptMeetingRequest(person('C'), req.id, now)).toEqual({ ok: false, code: 'not-found' });
    expect(await acceptMeetingRequest(b, 'nope', now)).toEqual({ ok: false, code: 'not-found' });
    expect(await createMeetingRequest(a, 'nobody', '', now)).toEqual({ ok: false, code: 'not-found' });
    expect((await acceptMeetingRequest(b, req.id, now)).ok).toBe(true);
    expect(await acceptMeetingRequest(b, req.id, now)).toEqual({ ok: false, code: 'not-pending' });
    expect(await createMeetingRequest(b, a, '', now)).toEqual({ ok: false, code: 'already-requested' });
  });

  it('frees the table when a meeting is cancelled, so the next accept gets it', async () => {
    const d = person('D');
    const e = person('E');
    const f = person('F');
    const g = person('G');
    for (const p of [d, e, f, g]) setAvailability(p, [`${BLOCK}#0`]);
    const first = await requestAndAccept(d, e);
    expect(first).toMatchObject({ placement: { placed: true, slot: { id: `${BLOCK}#0` } } });
    expect(await requestAndAccept(f, g)).toMatchObject({ placement: { placed: false, reason: 'tables-full' } });
    if (!first.ok) return;
    const requestId = meetingOf(first.meetingId).requestId;
    expect(await cancelMeetingRequest(e, requestId, now)).toEqual({ ok: true });
    expect(meetingOf(first.meetingId)).toMatchObject({ status: 'cancelled', sequence: 1 });
    const batch = runBatchScheduler(now);
    expect(batch.placed.map((p) => p.slotId)).toContain(`${BLOCK}#0`);
  });
});

describe('request limits in the database', () => {
  it('caps pending outgoing requests, and a cancel gives the place back', async () => {
    const limits = { ...requestLimits({}), maxPendingOutgoing: 2 };
    const me = person('Me');
    const [x, y, z] = [person('X'), person('Y'), person('Z')];
    const r1 = await createMeetingRequest(me, x, '', now, limits);
    expect((await createMeetingRequest(me, y, '', now, limits)).ok).toBe(true);
    expect(await createMeetingRequest(me, z, '', now, limits)).toEqual({ ok: false, code: 'outgoing-cap' });
    if (!r1.ok) return;
    await cancelMeetingRequest(me, r1.id, now);
    expect((await createMeetingRequest(me, z, '', now, limits)).ok).toBe(true);
  });

  it('caps requests per 24 hours, including those cancelled or declined', async () => {
    const limits = { ...requestLimits({}), dailyRequests: 2 };
    const me = person('Daily');
    const [x, y, z] = [person('X2'), person('Y2'), person('Z2')];
    const r1 = await createMeetingRequest(me, x, '', now, limits);
    if (!r1.ok) throw new Error(r1.code);
    await declineMeetingRequest(x, r1.id, now);
    expect((await createMeetingRequest(me, y, '', now, limits)).ok).toBe(true);
    expect(await createMeetingRequest(me, z, '', now, limits)).toEqual({ ok: false, code: 'daily-cap' });
    expect((await createMeetingRequest(me, z, '', new Date(now.getTime() + 86_400_001), limits)).ok).toBe(true);
  });

  it("honours the receiver's cap on incoming requests", async () => {
    const popular = person('Popular');
    setIncomingCap(popular, 1);
    expect((await createMeetingRequest(person('Fan1'), popular, '', now)).ok).toBe(true);
    expect(await createMeetingRequest(person('Fan2'), popular, '', now)).toEqual({ ok: false, code: 'incoming-cap' });
  });

  it('expires a pending request after the configured time, freeing its place and telling the requester', async () => {
    const limits = { ...requestLimits({}), maxPendingOutgoing: 1, ttlMs: 3_600_000 };
    const me = person('Waiting');
    const [x, y] = [person('Silent'), person('Next')];
    const r = await createMeetingRequest(me, x, '', now, limits);
    if (!r.ok) throw new Error(r.code);
    const later = new Date(now.getTime() + 3_600_000);
    expect(await acceptMeetingRequest(x, r.id, later)).toEqual({ ok: false, code: 'expired' });
    expect((await createMeetingRequest(me, y, '', later, limits)).ok).toBe(true);
    await expireMeetingRequests(later);
    expect(getSqlite().prepare('SELECT status FROM meeting_requests WHERE id = ?').get(r.id)).toEqual({
      status: 'expired',
    });
  });

  it('records held or no-show only after the slot, and only by a participant', async () => {
    block('11:00', '12:30', 2); // a second table, for this meeting only
    const h = person('H');
    const i = person('I');
    setAvailability(h, [`${BLOCK}#2`]);
    setAvailability(i, [`${BLOCK}#2`]);
    const out = await requestAndAccept(h, i);
    if (!out.ok) throw new Error(out.code);
    expect(out.placement).toMatchObject({ placed: true, table: 2 });
    expect(markMeetingOutcome(h, out.meetingId, 'held', now)).toEqual({ ok: false, code: 'too-early' });
    expect(markMeetingOutcome(person('J'), out.meetingId, 'held', at('13:00'))).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(markMeetingOutcome(i, out.meetingId, 'no-show', at('13:00'))).toEqual({ ok: true });
    expect(meetingOf(out.meetingId).receiverOutcome).toBe('no-show');
    // Back to one table: the meeting at table 2 loses its place and cannot be marked any more.
    expect(block('11:00', '12:30', 1).unplaced).toEqual([out.meetingId]);
    expect(markMeetingOutcome(h, out.meetingId, 'held', at('13:00'))).toEqual({ ok: false, code: 'not-scheduled' });
  });
});

describe('around the meetings', () => {
  it('cancels all pending requests of a person who withdraws from matchmaking, in both directions', async () => {
    const leaving = person('Leaving');
    const [x, y] = [person('Asked'), person('Asking')];
    const out = await createMeetingRequest(leaving, x, '', now);
    const incoming = await createMeetingRequest(y, leaving, '', now);
    if (!out.ok || !incoming.ok) throw new Error('refused');
    const ids = getDb().transaction((tx) => cancelPendingRequestsOf(tx, leaving, now), { behavior: 'immediate' });
    expect(ids.sort()).toEqual([out.id, incoming.id].sort());
    expect(await acceptMeetingRequest(x, out.id, now)).toEqual({ ok: false, code: 'not-pending' });
  });

  it('prints a sheet per table from the scheduled meetings, with both names and organisations', () => {
    const sheets = tableSheets(loadSlots(getDb()), scheduledForSheets());
    const rows = [...sheets.values()].flat();
    expect(rows.length).toBe(
      getSqlite().prepare("SELECT count(*) AS n FROM meetings WHERE status = 'scheduled'").pluck().get(),
    );
    expect(rows.find((r) => r.a.fullName === 'Lan')).toMatchObject({
      b: { fullName: 'Minh', organisation: 'Minh Co.' },
      table: 1,
    });
  });
});

describe('the unique indexes behind placement', () => {
  it('refuse a second scheduled meeting at one table, and one person twice in a slot', () => {
    const row = getSqlite()
      .prepare("SELECT id, slot_id, table_no FROM meetings WHERE status = 'scheduled' LIMIT 1")
      .get() as { id: string; slot_id: string; table_no: number };
    expect(() =>
      getSqlite()
        .prepare("UPDATE meetings SET status = 'scheduled', slot_id = ?, table_no = ? WHERE status = 'unplaced'")
        .run(row.slot_id, row.table_no),
    ).toThrow(/UNIQUE/);
    const p = getSqlite().prepare('SELECT user_id FROM meeting_participants WHERE meeting_id = ?').get(row.id) as {
      user_id: string;
    };
    const other = getSqlite()
      .prepare('SELECT meeting_id FROM meeting_participants WHERE meeting_id != ? LIMIT 1')
      .get(row.id) as { meeting_id: string };
    expect(() =>
      getSqlite()
        .prepare('INSERT INTO meeting_participants (meeting_id, user_id, slot_id) VALUES (?, ?, ?)')
        .run(other.meeting_id, p.user_id, row.slot_id),
    ).toThrow(/UNIQUE/);
  });
});

describe('a write the unique indexes refuse', () => {
  it('moves the accept on to the next slot instead of failing', async () => {
    block('11:00', '12:30', 3);
    const p = person('Guarded');
    const q = person('Other');
    setAvailability(p, [`${BLOCK}#0`, `${BLOCK}#1`]);
    setAvailability(q, [`${BLOCK}#0`, `${BLOCK}#1`]);
    // A stray participant row the checks do not see (its meeting is cancelled): only the index knows.
    const stray = getSqlite().prepare("SELECT id FROM meetings WHERE status = 'cancelled' LIMIT 1").get() as {
      id: string;
    };
    getSqlite()
      .prepare('INSERT INTO meeting_participants (meeting_id, user_id, slot_id) VALUES (?, ?, ?)')
      .run(stray.id, p, `${BLOCK}#0`);
    const out = await requestAndAccept(p, q);
    expect(out).toMatchObject({ ok: true, placement: { placed: true, slot: { id: `${BLOCK}#1` } } });
    getSqlite().prepare('DELETE FROM meeting_participants WHERE meeting_id = ?').run(stray.id);
    if (out.ok) await cancelMeetingRequest(p, meetingOf(out.meetingId).requestId, now);
    block('11:00', '12:30', 1);
  });
});

describe('a moved block', () => {
  it('moves its placed meetings with it, keeping slot and table and bumping the sequence', () => {
    const before = getDb().select().from(schema.meetings).where(eq(schema.meetings.status, 'scheduled')).all();
    const changes = block('13:00', '14:30', 1);
    expect(changes.moved.sort()).toEqual(before.map((m) => m.id).sort());
    for (const m of before) {
      const after = meetingOf(m.id);
      expect(after).toMatchObject({ slotId: m.slotId, tableNo: m.tableNo, sequence: m.sequence + 1 });
      expect(after.startsAt!.getTime() - m.startsAt!.getTime()).toBe(2 * 3_600_000);
    }
    // Shorter block: the last slot is gone, its meeting goes back to unplaced.
    const shrunk = block('13:00', '13:50', 1);
    expect(shrunk.unplaced.length).toBeGreaterThan(0);
    for (const id of shrunk.unplaced) expect(meetingOf(id)).toMatchObject({ status: 'unplaced', slotId: null });
  });
});

describe('two accepts racing for the last table', () => {
  it('lets exactly one process take it; the other gets the next slot', async () => {
    block('16:00', '16:45', 1); // two slots, one table each
    for (const m of getDb().select().from(schema.meetings).all()) {
      if (m.status !== 'cancelled')
        getDb().update(schema.meetings).set({ status: 'cancelled' }).where(eq(schema.meetings.id, m.id)).run();
    }
    getSqlite().prepare('DELETE FROM meeting_participants').run();
    const [a, b, c, d] = [person('Race A'), person('Race B'), person('Race C'), person('Race D')];
    for (const p of [a, b, c, d]) setAvailability(p, [`${BLOCK}#0`, `${BLOCK}#1`]);
    const r1 = await createMeetingRequest(a, b, '', now);
    const r2 = await createMeetingRequest(c, d, '', now);
    if (!r1.ok || !r2.ok) throw new Error('request refused');
    // Both workers get ready, then this test holds the write lock across START_AT so that both
    // accepts are waiting on it at once; releasing it lets them contend for real.
    const startAt = Date.now() + 8000;
    const worker = (userId: string, requestId: string) => {
      const child = spawn('node_modules/.bin/tsx', ['tests/support/meeting-accept-worker.ts'], {
        env: { ...process.env, START_AT: String(startAt), USER_ID: userId, REQUEST_ID: requestId },
      });
      let out = '';
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('ready')) resolve();
        }),
      );
      const done = new Promise<string>((resolve, reject) =>
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${out}`)))),
      );
      return { ready, done };
    };
    const workers = [worker(b, r1.id), worker(d, r2.id)];
    await Promise.all(workers.map((w) => w.ready));
    getSqlite().exec('BEGIN IMMEDIATE');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now()) + 1000));
    getSqlite().exec('COMMIT');
    const outs = await Promise.all(workers.map((w) => w.done));
    const results = outs.map(
      (o) =>
        JSON.parse(o.trim().split('\n').at(-1)!) as {
          ok: boolean;
          placement: { placed: boolean; slot: { id: string }; table: number };
        },
    );
    expect(results.every((r) => r.ok && r.placement.placed)).toBe(true);
    expect(results.map((r) => r.placement.slot.id).sort()).toEqual([`${BLOCK}#0`, `${BLOCK}#1`]);
    expect(results.map((r) => r.placement.table)).toEqual([1, 1]);
    // A third accept finds both slots full and is told so.
    const e = person('Race E');
    const f = person('Race F');
    for (const p of [e, f]) setAvailability(p, [`${BLOCK}#0`, `${BLOCK}#1`]);
    expect(await requestAndAccept(e, f)).toMatchObject({
      ok: true,
      placement: { placed: false, reason: 'tables-full' },
    });
  }, 60_000);
});
