// Programme change emails (src/lib/calendar/notify-changes.ts): which changes are announced, and
// the bilingual email with old and new times in GMT+7.
import { describe, expect, it } from 'vitest';
import { changeEmail, changesToAnnounce } from '../../../src/lib/calendar/notify-changes';
import { mirrorOf, removed, sessions } from '../../fixtures/calendar-programme';

const before = mirrorOf(sessions[1]!);
const after = {
  ...before,
  startsAt: new Date('2025-12-23T09:00:00Z'),
  endsAt: new Date('2025-12-23T10:00:00Z'),
  room: 'main-hall',
  sequence: 1,
};
const rooms: Record<string, { vi: string; en: string }> = {
  'breakout-lotus': { vi: 'Phòng Sen', en: 'Lotus Room' },
  'main-hall': { vi: 'Hội trường chính', en: 'Main Hall' },
};

describe('programme change emails', () => {
  it('announces moved and cancelled sessions, not new or retitled ones', () => {
    const changes = changesToAnnounce({ moved: [{ before, after }], cancel: [removed] });
    expect([...changes.keys()].sort()).toEqual([before.slug, removed.slug].sort());
    expect(changesToAnnounce({ moved: [], cancel: [] }).size).toBe(0);
  });

  it('writes to the delegate in their language first, then the other, with old and new times in GMT+7', () => {
    const mail = changeEmail({
      lang: 'en',
      fullName: 'Nguyễn Thị Lan',
      changes: [
        { kind: 'moved', before, after },
        { kind: 'cancelled', row: removed },
      ],
      roomName: (id) => rooms[id] ?? { vi: id, en: id },
      agendaUrl: (lang) => `https://summit.example.vn/${lang}/me/agenda`,
    });
    expect(mail.subject).toBe('Programme change / Chương trình đã thay đổi');
    const [en, vi] = mail.text.split('———');
    expect(en).toContain('Dear Nguyễn Thị Lan,');
    expect(en).toContain('New time or room: Land data for 126 communes \\ digital maps');
    expect(en).toContain('Before: Tuesday, 23 December 2025, 14:00 GMT+7, Lotus Room');
    expect(en).toContain('Now: Tuesday, 23 December 2025, 16:00 GMT+7, Main Hall');
    expect(en).toContain('Cancelled: Withdrawn talk, with apologies');
    expect(en).toContain('https://summit.example.vn/en/me/agenda');
    expect(vi).toContain('Xin chào Nguyễn Thị Lan,');
    expect(vi).toContain('Đổi giờ hoặc phòng: Dữ liệu đất đai 126 xã, phường \\ bản đồ số');
    expect(vi).toContain('Đã hủy: Bài nói đã bị rút, xin lỗi quý vị');
    expect(vi).toContain('Hội trường chính');
    expect(vi).toContain('https://summit.example.vn/vi/me/agenda');
  });
});
