// Builds feed bodies from the programme, its database mirror and a delegate's agenda.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { programmeSessions, users } from '../../../db/schema';
import { senderAddress } from '../email/send.server';
import { getProgramme, getProse, type Programme } from '../content/programme';
import { text, type Lang, type Localized } from '../i18n/locales';
import { agendaSlugs } from '../personal-agenda/agenda.server';
import { buildFeedEvents, UID_DOMAIN, type CalendarContext } from './build-event';
import { userIdForFeedToken } from './feed-token.server';
import { calendarName, feedFilename, rowsInScope, trackExists, type FeedScope } from './feeds';
import { markdownToPlainText } from './plain-text';
import { serializeCalendar } from './serialize';
import { siteOrigin } from '../server/site-origin';
import type { PublicFeed } from './links';

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
    rooms: programme.roomById,
    tracks: programme.trackById,
    speakers: programme.speakerById,
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
  if (scope.kind === 'track' && !trackExists(scope.track, new Set(programme.trackById.keys()), rows)) return null;
  const selected = rowsInScope(rows, scope);
  if (scope.kind === 'session' && selected.length === 0) return null;
  const events = buildFeedEvents(selected, programme.sessionBySlug, ctx);
  const name = calendarName(scope, lang, {
    event: programme.event.shortName,
    track: scope.kind === 'track' ? programme.trackById.get(scope.track)?.name : undefined,
    session: scope.kind === 'session' ? events[0]?.summary : undefined,
  });
  return { body: serializeCalendar(events, { name }), filename: feedFilename(scope, lang) };
}

/** A delegate's private feed by token, in the delegate's language; null for an unknown, revoked or replaced token. */
export async function personalFeed(token: string): Promise<FeedBody | null> {
  const userId = userIdForFeedToken(token);
  if (!userId) return null;
  const user = getDb().select({ language: users.language }).from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const { slugs, waitlisted } = agendaSlugs(userId);
  const scope: FeedScope = { kind: 'personal', slugs };
  const { programme, ctx } = await context(user.language);
  // B2B meetings (matchmaking) will be added here as their own events once accepted meetings exist.
  const events = buildFeedEvents(rowsInScope(mirrorRows(), scope), programme.sessionBySlug, ctx, waitlisted);
  const name = calendarName(scope, user.language, { event: programme.event.shortName });
  return { body: serializeCalendar(events, { name }), filename: feedFilename(scope, user.language) };
}
