// HTTP for calendar feeds: content type, filename, ETag and caching, 304 answers.
import { createHash } from 'node:crypto';

/** Public feeds may sit in shared caches briefly; the private feed never does. */
export type FeedPrivacy = 'public' | 'private';

/** A strong ETag: the SHA-256 of the body, so identical calendars revalidate as 304. */
export function etagFor(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when If-None-Match names this ETag (weak comparison, lists and "*" allowed, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/** The headers every feed response carries. */
export function feedHeaders(body: string, filename: string, privacy: FeedPrivacy): Headers {
  const headers = new Headers({
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    ETag: etagFor(body),
    'X-Content-Type-Options': 'nosniff',
  });
  if (privacy === 'private') {
    // The URL is the secret: keep it out of shared caches, Referer headers and search engines.
    headers.set('Cache-Control', 'private, no-cache');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Robots-Tag', 'noindex, nofollow');
  } else {
    headers.set('Cache-Control', 'public, max-age=300, must-revalidate');
  }
  return headers;
}

/** The feed as a response: 304 without a body when the client already has this version. */
export function feedResponse(request: Request, body: string, filename: string, privacy: FeedPrivacy): Response {
  const headers = feedHeaders(body, filename, privacy);
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), headers.get('ETag') ?? '')) {
    headers.delete('Content-Type');
    headers.delete('Content-Disposition');
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** A plain-text error for calendar URLs, in both languages. */
export function feedError(
  status: 404 | 400,
  message: { vi: string; en: string },
  privacy: FeedPrivacy = 'public',
): Response {
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  if (privacy === 'private') headers.set('Referrer-Policy', 'no-referrer');
  return new Response(`${message.vi}\n${message.en}\n`, { status, headers });
}
