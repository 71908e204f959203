// Arranging the day's sessions for display: by start time (the list view) and
// on a grid with one column per room (the grid view). Pure, order-preserving.

interface Timed {
  startsAt: Date;
  endsAt: Date;
}

/** Sessions that start at the same instant. */
export interface TimeSlot<T> {
  startsAt: Date;
  items: T[];
}

/** Groups sessions by start instant, in chronological order, keeping each group's order. */
export function groupByStart<T extends Timed>(sessions: readonly T[]): TimeSlot<T>[] {
  const slots = new Map<number, TimeSlot<T>>();
  for (const s of sessions) {
    const key = s.startsAt.getTime();
    const slot = slots.get(key) ?? { startsAt: s.startsAt, items: [] };
    slot.items.push(s);
    slots.set(key, slot);
  }
  return [...slots.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** A session placed on the grid; lines are 1-based and exclusive at the end, as in CSS grid. */
export interface GridCell<T> {
  item: T;
  column: number;
  rowStart: number;
  rowEnd: number;
}

export interface RoomGrid<T> {
  /** Rooms that have at least one session, in the given order. */
  rooms: string[];
  /** Every instant at which a session starts or ends; row n runs from times[n-1] to times[n]. */
  times: Date[];
  /** Cells in reading order: by start, then by column. */
  cells: GridCell<T>[];
}

/** Lays sessions out with one column per room in use and one row per interval between boundaries. */
export function buildRoomGrid<T extends Timed & { room: string }>(
  sessions: readonly T[],
  roomOrder: readonly string[],
): RoomGrid<T> {
  const used = new Set(sessions.map((s) => s.room));
  // Rooms missing from roomOrder still get a column, after the known ones.
  const rooms = [...roomOrder.filter((r) => used.has(r)), ...[...used].filter((r) => !roomOrder.includes(r)).sort()];
  const stamps = [...new Set(sessions.flatMap((s) => [s.startsAt.getTime(), s.endsAt.getTime()]))].sort(
    (a, b) => a - b,
  );
  const line = new Map(stamps.map((t, i) => [t, i + 1]));
  const cells = sessions
    .map((item) => ({
      item,
      column: rooms.indexOf(item.room) + 1,
      rowStart: line.get(item.startsAt.getTime())!,
      rowEnd: line.get(item.endsAt.getTime())!,
    }))
    .sort((a, b) => a.rowStart - b.rowStart || a.column - b.column);
  return { rooms, times: stamps.map((t) => new Date(t)), cells };
}
