// Feed HTTP responses (src/lib/calendar/http.ts): ETags and If-None-Match, 304s, caching headers
// for public and private feeds, and bilingual errors.
import { describe, expect, it } from 'vitest';
import { etagFor, feedError, feedResponse, matchesIfNoneMatch } from '../../../src/lib/calendar/http';

const body = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

describe('feed responses', () => {
  it('derives a stable, quoted ETag from the body', () => {
    expect(etagFor(body)).toBe(etagFor(body));
    expect(etagFor(body)).not.toBe(etagFor(`${body} `));
    expect(etagFor(body)).toMatch(/^"[\w-]+"$/);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const tag = etagFor(body);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });

  it('answers with the calendar type, a filename, an ETag and public caching', async () => {
    const res = feedResponse(new Request('https://x/calendar/summit.ics'), body, 'summit.ics', 'public');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="summit.ics"');
    expect(res.headers.get('ETag')).toBe(etagFor(body));
    expect(res.headers.get('Cache-Control')).toMatch(/^public/);
    expect(await res.text()).toBe(body);
  });

  it('answers 304 without a body when the client has this version', async () => {
    const req = new Request('https://x/calendar/summit.ics', { headers: { 'If-None-Match': etagFor(body) } });
    const res = feedResponse(req, body, 'summit.ics', 'public');
    expect(res.status).toBe(304);
    expect(res.headers.get('ETag')).toBe(etagFor(body));
    expect(await res.text()).toBe('');
  });

  it('keeps private feeds out of shared caches and Referer headers', () => {
    const res = feedResponse(new Request('https://x/calendar/personal/t.ics'), body, 'me.ics', 'private');
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('explains errors in both languages', async () => {
    const res = feedError(404, { vi: 'Không tìm thấy lịch này.', en: 'This calendar does not exist.' });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Không tìm thấy lịch này.\nThis calendar does not exist.\n');
  });
});
