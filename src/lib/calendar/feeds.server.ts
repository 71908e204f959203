// Builds feed bodies from the programme, its database mirror and a delegate's agenda.
import { getDb } from '~db/client';
import { programmeSessions } from '~db/schema';
import { senderAddress } from '~/lib/email/send.server';
import { getProgramme, getProse, type Programme } from '~/lib/content/programme';
import { text, type Lang, type Localized } from '~/lib/i18n/locales';
import { agendaSlugs, personalMeetings } from '~/lib/personal-agenda/agenda.server';
import { buildEvents, buildFeedEvents, type CalendarContext } from '~/lib/calendar/build-event';
import { userIdForFeedToken } from '~/lib/calendar/feed-token.server';
import {
  calendarName,
  feedFilename,
  personalFeedItems,
  rowsInScope,
  trackExists,
  type FeedScope,
} from '~/lib/calendar/feeds';
import type { PublicFeed } from '~/lib/calendar/links';
import type { MeetingSource } from '~/lib/calendar/meeting-item';
import { markdownToPlainText } from '~/lib/calendar/plain-text';
import { serializeCalendar } from '~/lib/calendar/serialize';
import { UID_DOMAIN } from '~/lib/calendar/timed-item';
import { siteOrigin } from '~/lib/server/site-origin';
import { findUserLanguage } from '~/lib/accounts/users.server';

/** A feed ready to send. */
export interface FeedBody {
  body: string;
  filename: string;
}

/** The organiser's address for ORGANIZER: the mail sender's, else a fixed one on the UID domain. */
function organizerEmail(): string {
  const sender = senderAddress();
  const address = /<([^<>\s]+)>/.exec(sender)?.[1] ?? sender;
  return /^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/.test(address) ? address : `programme@${UID_DOMAIN}`;
}

let abstracts: Promise<Map<string, Localized>> | undefined;

/** Every session abstract as plain text (content is fixed for the life of the process). */
function sessionAbstracts(programme: Programme): Promise<Map<string, Localized>> {
  abstracts ??= (async () => {
    const map = new Map<string, Localized>();
    for (const s of programme.sessions) {
      const entry: Localized = {};
      for (const lang of ['vi', 'en'] as const) {
        const prose = await getProse('sessions', s.slug, lang);
        if (prose && !prose.fallback) entry[lang] = markdownToPlainText(prose.entry.body ?? '');
      }
      map.set(s.slug, entry);
    }
    return map;
  })();
  return abstracts;
}

async function context(lang: Lang): Promise<{ programme: Programme; ctx: CalendarContext }> {
  const programme = await getProgramme();
  const first = programme.event.organisers[0];
  const ctx: CalendarContext = {
    lang,
    siteUrl: siteOrigin(),
    venue: programme.event.venue,
    organizer: { name: first ? text(first.name, lang) : text(programme.event.name, lang), email: organizerEmail() },
    rooms: programme.roomBySlug,
    tracks: programme.trackBySlug,
    speakers: programme.speakerBySlug,
    abstracts: await sessionAbstracts(programme),
  };
  return { programme, ctx };
}

function mirrorRows() {
  return getDb().select().from(programmeSessions).all();
}

// Public feeds depend only on the content (fixed per process) and the mirror rows, so a
// built feed is kept until the mirror changes. Building one costs ~60 ms of CPU (ics
// validates every event), which would cap a busy subscription endpoint at ~15 req/s.
// Only existing feeds are kept (unknown ids are cheap to refuse), so the cache is bounded
// by the number of tracks and sessions times two languages, whatever URLs visitors try.
const publicFeedCache = new Map<string, { version: string; feed: FeedBody }>();

/** Changes whenever a sync writes the mirror (every write bumps a sequence and last-modified). */
function mirrorVersion(rows: { slug: string; sequence: number; lastModified: Date }[]): string {
  let sequences = 0;
  let latest = 0;
  for (const r of rows) {
    sequences += r.sequence;
    latest = Math.max(latest, r.lastModified.getTime());
  }
  return `${rows.length}:${sequences}:${latest}`;
}

/** A public feed (summit, track or session), or null when the track or session was never on the programme. */
export async function publicFeed(scope: PublicFeed, lang: Lang): Promise<FeedBody | null> {
  const rows = mirrorRows();
  const key = `${JSON.stringify(scope)}|${lang}`;
  const version = mirrorVersion(rows);
  const cached = publicFeedCache.get(key);
  if (cached?.version === version) return cached.feed;
  const feed = await buildPublicFeed(scope, lang, rows);
  if (feed) publicFeedCache.set(key, { version, feed });
  return feed;
}

async function buildPublicFeed(
  scope: PublicFeed,
  lang: Lang,
  rows: ReturnType<typeof mirrorRows>,
): Promise<FeedBody | null> {
  const { programme, ctx } = await context(lang);
  if (scope.kind === 'track' && !trackExists(scope.track, new Set(programme.trackBySlug.keys()), rows)) return null;
  const selected = rowsInScope(rows, scope);
  if (scope.kind === 'session' && selected.length === 0) return null;
  const events = buildFeedEvents(selected, programme.sessionBySlug, ctx);
  const name = calendarName(scope, lang, {
    event: programme.event.shortName,
    track: scope.kind === 'track' ? programme.trackBySlug.get(scope.track)?.name : undefined,
    session: scope.kind === 'session' ? events[0]?.summary : undefined,
  });
  return { body: serializeCalendar(events, { name }), filename: feedFilename(scope, lang) };
}

/**
 * A delegate's private feed by token, in the delegate's language; null for an unknown, revoked
 * or replaced token. `meetingsOf` is the port through which B2B meetings reach the feed.
 */
export async function personalFeed(
  token: string,
  meetingsOf: (userId: string) => readonly MeetingSource[] = personalMeetings,
): Promise<FeedBody | null> {
  const userId = userIdForFeedToken(token);
  if (!userId) return null;
  const language = findUserLanguage(userId);
  if (!language) return null;
  const { slugs, waitlisted } = agendaSlugs(userId);
  const scope: FeedScope = { kind: 'personal', slugs };
  const { programme, ctx } = await context(language);
  const items = personalFeedItems({
    rows: mirrorRows(),
    sessions: programme.sessionBySlug,
    ctx,
    slugs,
    waitlisted,
    meetings: meetingsOf(userId),
  });
  const name = calendarName(scope, language, { event: programme.event.shortName });
  return { body: serializeCalendar(buildEvents(items, ctx), { name }), filename: feedFilename(scope, language) };
}
