// Organisers' printouts (src/lib/matchmaking/sheets.ts): a sheet per table in slot order, and a
// delegate's schedule in time order with the other side of each meeting.
import { describe, expect, it } from 'vitest';
import { delegateSchedule, tableSheets, type SheetMeeting } from '~/lib/matchmaking/sheets';
import { deriveSlots } from '~/lib/matchmaking/slots';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);
const slots = deriveSlots({
  slug: 'b2b',
  startsAt: at('11:00'),
  endsAt: at('12:30'),
  length: 20,
  changeover: 5,
  tables: 3,
});
const lan = { id: 'lan', fullName: 'Nguyễn Thị Lan', organisation: 'UBND phường Cửa Nam' };
const minh = { id: 'minh', fullName: 'Phạm Minh', organisation: 'QueueSoft' };
const hoa = { id: 'hoa', fullName: 'Lê Hoa', organisation: 'Mekong Ventures' };
const list: SheetMeeting[] = [
  { id: 'm2', slotId: 'b2b#1', table: 1, a: lan, b: hoa },
  { id: 'm1', slotId: 'b2b#0', table: 1, a: lan, b: minh },
  { id: 'm3', slotId: 'b2b#0', table: 2, a: hoa, b: { id: 'x', fullName: 'X', organisation: 'Y' } },
  { id: 'gone', slotId: 'b2b#9', table: 1, a: lan, b: minh },
];

describe('B2B Lounge sheets', () => {
  it('lists each table slot by slot with both names and organisations', () => {
    const sheets = tableSheets(slots, list);
    expect([...sheets.keys()]).toEqual([1, 2]);
    expect(sheets.get(1)!.map((r) => [r.slot.id, r.a.fullName, r.b.organisation])).toEqual([
      ['b2b#0', 'Nguyễn Thị Lan', 'QueueSoft'],
      ['b2b#1', 'Nguyễn Thị Lan', 'Mekong Ventures'],
    ]);
  });

  it("lists a delegate's meetings in time order with the other side, leaving out unknown slots", () => {
    expect(delegateSchedule('lan', slots, list).map((r) => [r.slot.id, r.table, r.with.fullName])).toEqual([
      ['b2b#0', 1, 'Phạm Minh'],
      ['b2b#1', 1, 'Lê Hoa'],
    ]);
    expect(delegateSchedule('hoa', slots, list).map((r) => r.with.organisation)).toEqual(['Y', 'UBND phường Cửa Nam']);
  });
});
