// The check-in desk: one entry point the check-in page and API share, with the
// organiser's rate limit and the result shaped for display.
import { createLimiter } from '../server/auth/rate-limit';
import type { Lang } from '../i18n/locales';
import { formatEventTime, EVENT_ZONE_LABEL } from '../time/event-time';
import { checkInInput, type TicketHolder } from './tickets.server';
import { listedNeeds } from './tickets';

/** Check-ins per organiser: far above any real desk's pace, far below guessing speed. */
const checkInLimiter = createLimiter('check-in-organiser', { points: 120, durationSec: 60 });

/** What the desk shows about a delegate. */
export interface DeskDelegate {
  fullName: string;
  category: string;
  organisation: string;
  language: Lang;
  needs: ReturnType<typeof listedNeeds>;
}

/** A desk result: the HTTP status to answer with and what to show. */
export type DeskResult =
  | { status: 'checked-in'; http: 200; delegate: DeskDelegate; checkedInAt: Date; time: string }
  | { status: 'already'; http: 200; delegate: DeskDelegate; checkedInAt: Date; time: string }
  | { status: 'unknown'; http: 404 }
  | { status: 'invalid'; http: 422 }
  | { status: 'rate-limited'; http: 429; retryAfterSec: number };

function delegateOf(holder: TicketHolder): DeskDelegate {
  return {
    fullName: holder.fullName,
    category: holder.category,
    organisation: holder.organisation,
    language: holder.language,
    needs: listedNeeds(holder.accessibility),
  };
}

/** "HH:mm GMT+7", how the desk reports check-in times. */
function deskTime(at: Date): string {
  return `${formatEventTime(at)} ${EVENT_ZONE_LABEL}`;
}

/** Checks in typed or scanned input for an organiser, counting it against their rate limit. */
export async function deskCheckIn(input: string, organiserId: string, now = new Date()): Promise<DeskResult> {
  const limit = await checkInLimiter.consume(organiserId);
  if (!limit.allowed) return { status: 'rate-limited', http: 429, retryAfterSec: limit.retryAfterSec };
  const result = checkInInput(input, organiserId, now);
  if (result.status === 'invalid') return { status: 'invalid', http: 422 };
  if (result.status === 'unknown') return { status: 'unknown', http: 404 };
  if (result.status === 'checked-in')
    return {
      status: 'checked-in',
      http: 200,
      delegate: delegateOf(result.holder),
      checkedInAt: now,
      time: deskTime(now),
    };
  return {
    status: 'already',
    http: 200,
    delegate: delegateOf(result.holder),
    checkedInAt: result.checkedInAt,
    time: deskTime(result.checkedInAt),
  };
}
