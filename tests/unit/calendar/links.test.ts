// Add-to-calendar links (src/lib/calendar/links.ts, src/lib/calendar/add-links.ts): Google and
// Outlook URLs with UTC instants, webcal:// subscriptions, feed paths and a session's menu.
import { describe, expect, it } from 'vitest';
import { addToCalendarLinks } from '../../../src/lib/calendar/add-links';
import { feedPath, feedUrl, googleCalendarUrl, outlookCalendarUrl, webcalUrl } from '../../../src/lib/calendar/links';
import { context, sessions } from '../../fixtures/calendar-programme';

const ev = {
  title: 'Khai mạc: Hà Nội, đô thị xanh',
  start: new Date('2025-12-23T01:30:00Z'),
  end: new Date('2025-12-23T02:00:00Z'),
  details: 'Phiên khai mạc.\n\nhttps://summit.example.vn/vi/sessions/opening-ceremony/',
  location: 'Hội trường chính, 57 Phạm Hùng, Hà Nội',
};

describe('calendar links', () => {
  it('gives Google Calendar the UTC instants and the details', () => {
    const url = new URL(googleCalendarUrl(ev));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20251223T013000Z/20251223T020000Z');
    expect(url.searchParams.get('text')).toBe(ev.title);
    expect(url.searchParams.get('details')).toBe(ev.details);
    expect(url.searchParams.get('location')).toBe(ev.location);
  });

  it('gives Outlook on the web (personal and work) the UTC instants and the details', () => {
    for (const [host, origin] of [
      ['live', 'https://outlook.live.com'],
      ['office', 'https://outlook.office.com'],
    ] as const) {
      const url = new URL(outlookCalendarUrl(ev, host));
      expect(url.origin).toBe(origin);
      expect(url.pathname).toBe('/calendar/0/action/compose');
      expect(url.searchParams.get('rru')).toBe('addevent');
      expect(url.searchParams.get('startdt')).toBe('2025-12-23T01:30:00Z');
      expect(url.searchParams.get('enddt')).toBe('2025-12-23T02:00:00Z');
      expect(url.searchParams.get('subject')).toBe(ev.title);
      expect(url.searchParams.get('body')).toBe(ev.details);
      expect(url.searchParams.get('location')).toBe(ev.location);
    }
  });

  it('turns http(s) feed addresses into webcal:// subscriptions', () => {
    expect(webcalUrl('https://summit.example.vn/calendar/summit.ics?lang=en')).toBe(
      'webcal://summit.example.vn/calendar/summit.ics?lang=en',
    );
    expect(webcalUrl('http://localhost:4321/calendar/summit.ics')).toBe('webcal://localhost:4321/calendar/summit.ics');
  });

  it('builds feed paths, with the language only on public feeds', () => {
    expect(feedPath({ kind: 'summit' }, 'en')).toBe('/calendar/summit.ics?lang=en');
    expect(feedPath({ kind: 'track', track: 'urban-data' }, 'vi')).toBe('/calendar/tracks/urban-data.ics?lang=vi');
    expect(feedPath({ kind: 'session', slug: 'opening-ceremony' })).toBe('/calendar/sessions/opening-ceremony.ics');
    expect(feedUrl('https://summit.example.vn', { kind: 'personal', token: 'abc' }, 'en')).toBe(
      'https://summit.example.vn/calendar/personal/abc.ics',
    );
  });

  it('fills a session’s menu with its own times, title, summary, page and place', () => {
    const ctx = context('en');
    const links = addToCalendarLinks(sessions[0]!, 'en', ctx.siteUrl, ctx);
    expect(links.ics).toBe('/calendar/sessions/opening-ceremony.ics?lang=en');
    const google = new URL(links.google);
    expect(google.searchParams.get('dates')).toBe('20251223T013000Z/20251223T020000Z');
    expect(google.searchParams.get('text')).toBe('Opening: Hanoi, a green; smart city powered by AI');
    expect(google.searchParams.get('details')).toBe(
      'The opening of the summit.\n\nhttps://summit.example.vn/en/sessions/opening-ceremony/',
    );
    expect(google.searchParams.get('location')).toBe(
      'Main Hall (Ground floor), National Convention Center, 57 Pham Hung Street, Me Tri, Nam Tu Liem, Hanoi',
    );
    expect(new URL(links.outlookOffice).searchParams.get('startdt')).toBe('2025-12-23T01:30:00Z');
  });
});
