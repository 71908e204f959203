// Meeting slots (src/lib/matchmaking/slots.ts): derived from a B2B block's times, meeting length
// and change-over, with ids by index so that moving the block moves the slots and keeps their ids.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveSlots, overlaps, parseSlotId, slotId, slotsOf, type B2bBlock } from '~/lib/matchmaking/slots';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);
const morning: B2bBlock = {
  slug: 'b2b-matchmaking-morning',
  startsAt: at('11:00'),
  endsAt: at('12:30'),
  length: 20,
  changeover: 5,
  tables: 30,
};

describe('meeting slots', () => {
  it('cuts 11:00–12:30 into 20-minute meetings with 5 minutes to change tables', () => {
    const slots = deriveSlots(morning);
    expect(slots.map((s) => [s.id, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['b2b-matchmaking-morning#0', '2025-12-23T04:00:00.000Z', '2025-12-23T04:20:00.000Z'],
      ['b2b-matchmaking-morning#1', '2025-12-23T04:25:00.000Z', '2025-12-23T04:45:00.000Z'],
      ['b2b-matchmaking-morning#2', '2025-12-23T04:50:00.000Z', '2025-12-23T05:10:00.000Z'],
    ]);
    expect(slots.every((s) => s.tables === 30)).toBe(true);
  });

  it('keeps a last meeting that ends exactly when the block ends', () => {
    const slots = deriveSlots({ ...morning, endsAt: at('12:35') });
    expect(slots.at(-1)?.endsAt).toEqual(at('12:35'));
    expect(slots).toHaveLength(4);
  });

  it('moves the slots with the block and keeps their ids', () => {
    const moved = deriveSlots({ ...morning, startsAt: at('13:00'), endsAt: at('14:30') });
    expect(moved.map((s) => s.id)).toEqual(deriveSlots(morning).map((s) => s.id));
    expect(moved[1]!.startsAt).toEqual(at('13:25'));
  });

  it('has no slot when the meeting is longer than the block or there is no table', () => {
    expect(deriveSlots({ ...morning, length: 120 })).toEqual([]);
    expect(deriveSlots({ ...morning, tables: 0 })).toEqual([]);
  });

  it('lists the slots of several blocks in time order', () => {
    const afternoon: B2bBlock = {
      ...morning,
      slug: 'b2b-matchmaking-afternoon',
      startsAt: at('14:00'),
      endsAt: at('16:30'),
    };
    const all = slotsOf([afternoon, morning]);
    expect(all).toHaveLength(3 + 6);
    expect(all[0]!.id).toBe('b2b-matchmaking-morning#0');
    expect(all.at(-1)!.id).toBe('b2b-matchmaking-afternoon#5');
  });

  it('parses the ids it makes and refuses others', () => {
    expect(parseSlotId(slotId('b2b-matchmaking-morning', 2))).toEqual({ block: 'b2b-matchmaking-morning', index: 2 });
    for (const bad of ['', 'b2b#', 'b2b#01', 'B2B#1', 'b2b#-1', 'b2b#1#2', 'b2b 1'])
      expect(parseSlotId(bad)).toBeUndefined();
  });

  it('never lets two slots of a block overlap, and keeps each inside the block', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 300 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 15 }),
        (minutes, length, changeover) => {
          const block = {
            ...morning,
            endsAt: new Date(morning.startsAt.getTime() + minutes * 60_000),
            length,
            changeover,
          };
          const slots = deriveSlots(block);
          expect(slots.length).toBe(length > minutes ? 0 : Math.floor((minutes - length) / (length + changeover)) + 1);
          slots.forEach((s, i) => {
            expect(s.startsAt >= block.startsAt && s.endsAt <= block.endsAt).toBe(true);
            if (i > 0) expect(overlaps(slots[i - 1]!, s.startsAt, s.endsAt)).toBe(false);
          });
        },
      ),
    );
  });
});
