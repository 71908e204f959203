// Agenda layout (src/lib/agenda/grouping.ts): sessions grouped by start time, and the room grid
// with its columns, row boundaries, spans and reading order.
import { describe, expect, it } from 'vitest';
import { buildRoomGrid, groupByStart } from '../../../src/lib/agenda/grouping';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);
const session = (id: string, room: string, start: string, end: string) => ({
  id,
  room,
  startsAt: at(start),
  endsAt: at(end),
});

const day = [
  session('opening', 'main-hall', '09:00', '09:30'),
  session('panel', 'main-hall', '11:00', '12:15'),
  session('workshop', 'lab', '11:00', '12:00'),
  session('talk', 'lotus', '11:00', '11:45'),
  session('coffee', 'foyer', '10:30', '11:00'),
];

describe('grouping the agenda by start time', () => {
  it('puts sessions that start together in one slot, slots in time order', () => {
    const slots = groupByStart(day);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      at('09:00').toISOString(),
      at('10:30').toISOString(),
      at('11:00').toISOString(),
    ]);
    expect(slots[2]!.items.map((s) => s.id)).toEqual(['panel', 'workshop', 'talk']);
  });

  it('returns no slots for an empty programme', () => {
    expect(groupByStart([])).toEqual([]);
  });
});

describe('the grid by room', () => {
  const grid = buildRoomGrid(day, ['main-hall', 'lotus', 'lab', 'foyer', 'unused-room']);

  it('has one column per room in use, in room order', () => {
    expect(grid.rooms).toEqual(['main-hall', 'lotus', 'lab', 'foyer']);
  });

  it('has a row boundary at every start and end time', () => {
    expect(grid.times.map((t) => t.toISOString())).toEqual(
      ['09:00', '09:30', '10:30', '11:00', '11:45', '12:00', '12:15'].map((h) => at(h).toISOString()),
    );
  });

  it('spans a session from its start line to its end line', () => {
    const panel = grid.cells.find((c) => c.item.id === 'panel')!;
    expect(panel).toMatchObject({ column: 1, rowStart: 4, rowEnd: 7 });
    const talk = grid.cells.find((c) => c.item.id === 'talk')!;
    expect(talk).toMatchObject({ column: 2, rowStart: 4, rowEnd: 5 });
  });

  it('lists cells in reading order: by start, then by column', () => {
    expect(grid.cells.map((c) => c.item.id)).toEqual(['opening', 'coffee', 'panel', 'talk', 'workshop']);
  });

  it('still gives a column to a room missing from the room order', () => {
    const g = buildRoomGrid([session('pop-up', 'rooftop', '09:00', '10:00')], ['main-hall']);
    expect(g.rooms).toEqual(['rooftop']);
    expect(g.cells[0]).toMatchObject({ column: 1, rowStart: 1, rowEnd: 2 });
  });
});
