// The waitlist promotion email (src/lib/seats/emails.ts): bilingual, event time in GMT+7 with a
// link to the session, and the delegate's name escaped in HTML.
import { describe, expect, it } from 'vitest';
import { promotionEmail } from '../../../src/lib/seats/emails';

const input = {
  fullName: 'Nguyễn Thị Hoa <b>',
  title: { vi: 'Hội thảo trợ lý AI', en: 'AI assistant workshop' },
  startsAt: new Date('2025-12-23T07:30:00Z'),
  room: { vi: 'Phòng 201', en: 'Room 201' },
  sessionUrl: (lang: 'vi' | 'en') => `https://summit.example/${lang}/sessions/w/`,
};

describe('the promotion email', () => {
  it('speaks the delegate’s language first, then the other', () => {
    const mail = promotionEmail({ ...input, lang: 'vi' });
    expect(mail.subject).toBe('Bạn đã có chỗ: Hội thảo trợ lý AI / You have a seat: AI assistant workshop');
    expect(mail.text.indexOf('Xin chào')).toBeLessThan(mail.text.indexOf('Dear'));
    const en = promotionEmail({ ...input, lang: 'en' });
    expect(en.text.indexOf('Dear')).toBeLessThan(en.text.indexOf('Xin chào'));
  });
  it('gives the time in event time labelled GMT+7 and links the session page', () => {
    const mail = promotionEmail({ ...input, lang: 'en' });
    expect(mail.text).toContain('14:30 GMT+7');
    expect(mail.text).toContain('https://summit.example/en/sessions/w/');
    expect(mail.text).toContain('Phòng 201');
  });
  it('escapes the delegate’s name in HTML', () => {
    const mail = promotionEmail({ ...input, lang: 'en' });
    expect(mail.html).toContain('Nguyễn Thị Hoa &lt;b&gt;');
    expect(mail.html).not.toContain('Hoa <b>');
  });
});
