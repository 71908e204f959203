// Applies the programme sync to the database, in one transaction, at server start.
import { getDb } from '../../../db/client';
import { programmeSessions } from '../../../db/schema';
import { getProgramme } from '../content/programme';
import { planSync, type MirrorInput, type SyncPlan } from './sync';
import { eq } from 'drizzle-orm';

/** Brings the database's mirror of the programme up to date with content/; returns what changed. */
export async function syncProgramme(now = new Date()): Promise<SyncPlan> {
  const programme = await getProgramme();
  const current: MirrorInput[] = programme.sessions.map((s) => ({
    slug: s.slug,
    titleVi: s.title.vi ?? s.title.en ?? s.slug,
    titleEn: s.title.en ?? s.title.vi ?? s.slug,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room,
    track: s.track ?? null,
    capacity: s.capacity ?? null,
  }));
  const db = getDb();
  const plan = db.transaction(
    (tx) => {
      const existing = tx.select().from(programmeSessions).all();
      const p = planSync(existing, current, now);
      for (const row of p.insert) tx.insert(programmeSessions).values(row).run();
      for (const row of [...p.update, ...p.cancel]) {
        tx.update(programmeSessions).set(row).where(eq(programmeSessions.slug, row.slug)).run();
      }
      return p;
    },
    { behavior: 'immediate' },
  );
  return plan;
}
