// Meetings as calendar items (src/lib/matchmaking/meeting-calendar.ts): the UID depends on the meeting
// id only, the sequence comes from the meeting, and a cancelled or unplaced meeting is CANCELLED.
import { describe, expect, it } from 'vitest';
import { meetingCalendarItem, type MeetingForCalendar } from '~/lib/matchmaking/meeting-calendar';

const meeting: MeetingForCalendar = {
  id: 'k3j5q2',
  status: 'scheduled',
  startsAt: new Date('2025-12-23T04:00:00Z'),
  endsAt: new Date('2025-12-23T04:20:00Z'),
  table: 7,
  sequence: 0,
  other: { fullName: 'Trần Thu Hà', organisation: 'UBND quận Hoàn Kiếm' },
};

describe('meeting calendar items', () => {
  it('describes a scheduled meeting with the other side and the table', () => {
    expect(meetingCalendarItem(meeting, 'en', 'summit.example')).toEqual({
      uid: 'meeting-k3j5q2@summit.example',
      start: meeting.startsAt,
      end: meeting.endsAt,
      sequence: 0,
      status: 'CONFIRMED',
      title: 'B2B meeting: Trần Thu Hà (UBND quận Hoàn Kiếm)',
      location: 'B2B Lounge, table 7',
    });
    expect(meetingCalendarItem(meeting, 'vi', 'summit.example')?.location).toBe('Phòng kết nối B2B, bàn 7');
  });

  it('keeps the UID when the meeting moves, the other side renames or the language changes', () => {
    const moved = {
      ...meeting,
      startsAt: new Date('2025-12-23T07:00:00Z'),
      endsAt: new Date('2025-12-23T07:20:00Z'),
      table: 2,
      sequence: 1,
      other: { fullName: 'Hà', organisation: '' },
    };
    const uid = meetingCalendarItem(meeting, 'en', 'summit.example')!.uid;
    expect(meetingCalendarItem(moved, 'vi', 'summit.example')).toMatchObject({ uid, sequence: 1 });
  });

  it('publishes a cancelled or unplaced meeting as CANCELLED at its last time', () => {
    for (const status of ['cancelled', 'unplaced'] as const) {
      expect(meetingCalendarItem({ ...meeting, status, sequence: 2 }, 'en', 'h')).toMatchObject({
        status: 'CANCELLED',
        sequence: 2,
        start: meeting.startsAt,
      });
    }
  });

  it('has no item for a meeting that never had a time', () => {
    expect(
      meetingCalendarItem({ ...meeting, status: 'unplaced', startsAt: null, endsAt: null, table: null }, 'en', 'h'),
    ).toBeNull();
  });
});
