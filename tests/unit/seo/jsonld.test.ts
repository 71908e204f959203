// schema.org JSON-LD (src/lib/seo/jsonld.ts): the summit and each session as Events, language
// fallback, and escaping so content cannot close the script element.
import { describe, expect, it } from 'vitest';
import { serializeJsonLd, sessionJsonLd, summitJsonLd, type VenueInput } from '../../../src/lib/seo/jsonld';

const venue: VenueInput = {
  name: { vi: 'Trung tâm Hội nghị Quốc gia', en: 'National Convention Center' },
  address: { vi: '57 Phạm Hùng, Hà Nội', en: '57 Pham Hung Street, Hanoi' },
  latitude: 21.0061,
  longitude: 105.7872,
};
const summit = {
  name: { vi: 'Hội nghị Thượng đỉnh', en: 'Smart City Summit' },
  description: { en: 'Green and smart cities powered by AI' },
  venue,
  organisers: [{ name: { vi: 'UBND Hà Nội', en: "Hanoi People's Committee" }, url: 'https://example.vn/ubnd' }],
  startsAt: new Date('2025-12-23T00:30:00Z'),
  endsAt: new Date('2025-12-23T11:00:00Z'),
  url: 'https://summit.example.vn/en/',
};

describe('schema.org JSON-LD', () => {
  it('describes the summit as an in-person Event with event-local ISO dates', () => {
    const data = summitJsonLd(summit, 'en');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Smart City Summit',
      startDate: '2025-12-23T07:30:00+07:00',
      endDate: '2025-12-23T18:00:00+07:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'National Convention Center',
        address: { '@type': 'PostalAddress', streetAddress: '57 Pham Hung Street, Hanoi', addressCountry: 'VN' },
      },
    });
  });

  it('uses the page language and falls back to the other one for missing texts', () => {
    const data = summitJsonLd(summit, 'vi');
    expect(data.name).toBe('Hội nghị Thượng đỉnh');
    expect(data.description).toBe('Green and smart cities powered by AI');
  });

  it('describes a session as an Event in its room, with its speakers and the summit as super-event', () => {
    const data = sessionJsonLd(
      {
        title: { en: 'Digital one-stop desks' },
        summary: { en: 'A panel' },
        startsAt: new Date('2025-12-23T04:00:00Z'),
        endsAt: new Date('2025-12-23T05:15:00Z'),
        roomName: { en: 'Main Hall' },
        venue,
        speakers: [{ name: 'Lê Minh Châu', url: 'https://summit.example.vn/en/speakers/le-minh-chau/' }],
        language: 'vi-en',
        url: 'https://summit.example.vn/en/sessions/panel/',
        summit: { name: summit.name, url: summit.url },
        organisers: summit.organisers,
        image: 'https://summit.example.vn/og-image.png',
      },
      'en',
    );
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2025-12-23T11:00:00+07:00',
      endDate: '2025-12-23T12:15:00+07:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Main Hall, National Convention Center' },
      inLanguage: ['vi', 'en'],
      performer: [{ '@type': 'Person', name: 'Lê Minh Châu' }],
      superEvent: { '@type': 'Event', name: 'Smart City Summit' },
      organizer: [{ '@type': 'Organization', name: "Hanoi People's Committee", url: 'https://example.vn/ubnd' }],
      image: ['https://summit.example.vn/og-image.png'],
    });
  });

  it('escapes "<" so content can never close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
