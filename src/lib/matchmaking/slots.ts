// Meeting slots of the B2B blocks: derived, never stored, from a block's start and end,
// meeting length and change-over, so moving a block in content moves its slots with it.
// A slot's id is "<session-slug>#<index>": meetings and availability keep their place by index.

/** A B2B block: a `format: b2b` programme session with its meeting settings. */
export interface B2bBlock {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  /** Minutes of one meeting. */
  length: number;
  /** Minutes between two meetings, for people to change tables. */
  changeover: number;
  tables: number;
}

/** One meeting slot of a block. */
export interface Slot {
  id: string;
  block: string;
  index: number;
  startsAt: Date;
  endsAt: Date;
  tables: number;
}

const MINUTE = 60_000;

/** The id of the index-th slot of a block. */
export function slotId(block: string, index: number): string {
  return `${block}#${index}`;
}

/** Splits a slot id into block and index; undefined when it is not one. */
export function parseSlotId(id: string): { block: string; index: number } | undefined {
  const match = /^([a-z0-9][a-z0-9-]*)#(0|[1-9]\d{0,3})$/.exec(id);
  return match ? { block: match[1]!, index: Number(match[2]) } : undefined;
}

/** The slots of a block, in time order: as many whole meetings as fit between its start and end. */
export function deriveSlots(block: B2bBlock): Slot[] {
  const slots: Slot[] = [];
  if (block.length <= 0 || block.tables < 1) return slots;
  const step = (block.length + Math.max(0, block.changeover)) * MINUTE;
  const end = block.endsAt.getTime();
  for (let i = 0, start = block.startsAt.getTime(); start + block.length * MINUTE <= end; i++, start += step) {
    slots.push({
      id: slotId(block.slug, i),
      block: block.slug,
      index: i,
      startsAt: new Date(start),
      endsAt: new Date(start + block.length * MINUTE),
      tables: block.tables,
    });
  }
  return slots;
}

/** Every slot of several blocks, in time order (ties by id). */
export function slotsOf(blocks: readonly B2bBlock[]): Slot[] {
  return blocks
    .flatMap(deriveSlots)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** True when the slot overlaps the interval [start, end). */
export function overlaps(slot: Pick<Slot, 'startsAt' | 'endsAt'>, start: Date, end: Date): boolean {
  return slot.startsAt.getTime() < end.getTime() && start.getTime() < slot.endsAt.getTime();
}
