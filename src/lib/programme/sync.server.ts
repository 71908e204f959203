// Applies the programme sync to the database, in one transaction, at server start, together
// with the emails that tell delegates about moved and cancelled sessions.
import { getDb } from '../../../db/client';
import { programmeSessions } from '../../../db/schema';
import { getProgramme, getProse } from '../content/programme';
import { planSync, sessionDetails, type MirroredSession, type SyncPlan } from './sync';
import { eq } from 'drizzle-orm';
import { queueProgrammeChangeEmails } from '~/lib/calendar/notify-changes.server';
import { syncB2bBlocks } from '~/lib/matchmaking/blocks.server';
import { contentChanged } from '~/lib/server/render-cache';

/** Brings the database's mirror of the programme up to date with content/ and queues the change emails; returns what changed. */
export async function syncProgramme(now = new Date()): Promise<SyncPlan> {
  const programme = await getProgramme();
  // A language's own abstract only: a fallback to the other language is not new text.
  const abstract = async (slug: string, lang: 'vi' | 'en') => {
    const prose = await getProse('sessions', slug, lang);
    return prose && !prose.fallback ? (prose.entry.body ?? '') : '';
  };
  const current: MirroredSession[] = [];
  for (const s of programme.sessions) {
    const abstracts = { vi: await abstract(s.slug, 'vi'), en: await abstract(s.slug, 'en') };
    current.push({
      slug: s.slug,
      titleVi: s.title.vi ?? s.title.en ?? s.slug,
      titleEn: s.title.en ?? s.title.vi ?? s.slug,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: s.room,
      track: s.track ?? null,
      capacity: s.capacity ?? null,
      details: sessionDetails({ summary: s.summary, abstracts, speakers: s.speakers, moderators: s.moderators }),
    });
  }
  const db = getDb();
  const plan = db.transaction(
    (tx) => {
      const existing = tx.select().from(programmeSessions).all();
      const p = planSync(existing, current, now);
      for (const row of p.insert) tx.insert(programmeSessions).values(row).run();
      for (const row of [...p.update, ...p.cancel]) {
        tx.update(programmeSessions).set(row).where(eq(programmeSessions.slug, row.slug)).run();
      }
      // Same transaction: a process that dies here loses neither the change nor its emails.
      queueProgrammeChangeEmails(tx, p, (id) => programme.roomBySlug.get(id)?.name ?? { vi: id, en: id });
      // Same transaction: a moved B2B block moves its placed meetings with it.
      syncB2bBlocks(tx, programme.sessions, now);
      return p;
    },
    { behavior: 'immediate' },
  );
  // Cached pages and feeds show the mirror (times, cancellations, seat capacities): render them afresh.
  contentChanged('programme');
  return plan;
}
