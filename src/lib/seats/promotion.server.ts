// Telling promoted delegates they have a seat: runs after the promoting transaction commits.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { programmeSessions } from '../../../db/schema';
import { getProgramme } from '../content/programme';
import type { Lang } from '../i18n/locales';
import { queueEmail } from '~/lib/email/send.server';
import { promotionEmail } from './emails';
import { absoluteUrl } from '../server/site-origin';
import { findMailRecipient } from '~/lib/accounts/users.server';

/** A delegate moved from the waitlist to a seat. */
export interface Promotion {
  userId: string;
  slug: string;
}

/** Emails each promoted delegate; a failure is logged, never thrown, since the seat is already theirs. */
export async function notifyPromotions(promotions: readonly Promotion[]): Promise<void> {
  if (promotions.length === 0) return;
  const programme = await getProgramme();
  const db = getDb();
  for (const p of promotions) {
    try {
      const user = findMailRecipient(p.userId, db);
      const session = db.select().from(programmeSessions).where(eq(programmeSessions.slug, p.slug)).get();
      if (!user || !session) continue;
      const room = programme.roomBySlug.get(session.room)?.name ?? { vi: session.room, en: session.room };
      const mail = promotionEmail({
        lang: user.language,
        fullName: user.fullName,
        title: { vi: session.titleVi, en: session.titleEn },
        startsAt: session.startsAt,
        room,
        sessionUrl: (lang: Lang) => absoluteUrl(`/${lang}/sessions/${p.slug}/`),
      });
      queueEmail({ to: user.email, ...mail });
    } catch (err) {
      console.error(`[seats] promotion email for ${p.userId} in ${p.slug} failed:`, err);
    }
  }
}
