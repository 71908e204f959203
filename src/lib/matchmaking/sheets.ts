// What organisers print for the B2B Lounge: a sheet per table (slot by slot, who sits there) and
// a schedule per delegate. Pure: scheduled meetings and people in, rows in time order out.
import type { Slot } from './slots';

/** A scheduled meeting with both sides, as the sheets read it. */
export interface SheetMeeting {
  id: string;
  slotId: string;
  table: number;
  a: { id: string; fullName: string; organisation: string };
  b: { id: string; fullName: string; organisation: string };
}

/** One line of a table sheet. */
export interface TableSheetRow {
  slot: Slot;
  table: number;
  a: { fullName: string; organisation: string };
  b: { fullName: string; organisation: string };
}

/** One line of a delegate's schedule. */
export interface DelegateScheduleRow {
  slot: Slot;
  table: number;
  with: { fullName: string; organisation: string };
}

/** Rows for every table, grouped by table number, each table's rows in slot order. */
export function tableSheets(slots: readonly Slot[], meetings: readonly SheetMeeting[]): Map<number, TableSheetRow[]> {
  const order = new Map(slots.map((s, i) => [s.id, i]));
  const sheets = new Map<number, TableSheetRow[]>();
  const sorted = meetings
    .filter((m) => order.has(m.slotId))
    .sort((p, q) => p.table - q.table || order.get(p.slotId)! - order.get(q.slotId)!);
  for (const m of sorted) {
    const row = { slot: slots[order.get(m.slotId)!]!, table: m.table, a: pickPerson(m.a), b: pickPerson(m.b) };
    const sheet = sheets.get(m.table);
    if (sheet) sheet.push(row);
    else sheets.set(m.table, [row]);
  }
  return sheets;
}

/** A delegate's meetings in time order, each with the other side. */
export function delegateSchedule(
  userId: string,
  slots: readonly Slot[],
  meetings: readonly SheetMeeting[],
): DelegateScheduleRow[] {
  const order = new Map(slots.map((s, i) => [s.id, i]));
  return meetings
    .filter((m) => order.has(m.slotId) && (m.a.id === userId || m.b.id === userId))
    .sort((p, q) => order.get(p.slotId)! - order.get(q.slotId)!)
    .map((m) => ({
      slot: slots[order.get(m.slotId)!]!,
      table: m.table,
      with: pickPerson(m.a.id === userId ? m.b : m.a),
    }));
}

function pickPerson(p: { fullName: string; organisation: string }) {
  return { fullName: p.fullName, organisation: p.organisation };
}
