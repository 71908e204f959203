// The JSON-LD of the summit (home page) and of a session page, assembled from the
// programme: absolute URLs, the venue, the people speaking.
import type { Programme, ProgrammeSession } from '../content/programme';
import type { Lang } from '../i18n/locales';
import { canonicalUrl } from './alternates';
import { sessionJsonLd, summitJsonLd } from './jsonld';

/** The summit as a schema.org Event, from its first session's start to its last session's end. */
export function summitPageJsonLd(p: Programme, lang: Lang, site: URL) {
  const starts = p.sessions.map((s) => s.startsAt.getTime());
  const ends = p.sessions.map((s) => s.endsAt.getTime());
  return summitJsonLd(
    {
      name: p.event.name,
      description: p.event.description,
      venue: p.event.venue,
      organisers: p.event.organisers,
      startsAt: new Date(Math.min(...starts)),
      endsAt: new Date(Math.max(...ends)),
      url: canonicalUrl(lang, '/', site),
      image: new URL('/og-image.png', site).href,
    },
    lang,
  );
}

/** A session as a schema.org Event within the summit. */
export function sessionPageJsonLd(s: ProgrammeSession, p: Programme, lang: Lang, site: URL) {
  const room = p.roomBySlug.get(s.room);
  return sessionJsonLd(
    {
      title: s.title,
      summary: s.summary,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      roomName: room?.name ?? { en: s.room },
      venue: p.event.venue,
      speakers: [...s.speakers, ...s.moderators].flatMap((id) => {
        const speaker = p.speakerBySlug.get(id);
        return speaker ? [{ name: speaker.name, url: canonicalUrl(lang, `/speakers/${id}/`, site) }] : [];
      }),
      language: s.language,
      url: canonicalUrl(lang, `/sessions/${s.slug}/`, site),
      summit: { name: p.event.name, url: canonicalUrl(lang, '/', site) },
      organisers: p.event.organisers,
      image: new URL('/og-image.png', site).href,
    },
    lang,
  );
}
