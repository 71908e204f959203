// Seeds a living B2B module for the demo (`npm run db:seed`, run by `npm start` on a fresh
// database): the demo population's accounts and profiles, profiles for the demo delegates,
// availability in every B2B slot, pending requests and accepted meetings at a slot and table.
// Runs outside Astro, so B2B blocks are read from content/sessions/*/session.yaml directly.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { getDb } from '~db/client';
import {
  matchmakingAvailability,
  matchmakingProfiles,
  meetingParticipants,
  meetingRequests,
  meetings,
} from '~db/schema';
import { createAccountDirect } from '~/lib/accounts/users.server';
import { newUserId } from '~/lib/accounts/ids';
import { eventLocalToInstant } from '~/lib/time/event-time';
import { slotsOf, type Slot } from './slots';
import { demoPeople, type DemoPerson } from './demo-population';

/** The password of every demo matchmaking account (public, demo only). */
export const DEMO_MATCHMAKING_PASSWORD = 'demo-delegate-2025';

/** The B2B slots as content defines them. */
export function contentSlots(dir = 'content/sessions'): Slot[] {
  const blocks = readdirSync(dir).flatMap((slug) => {
    const file = `${dir}/${slug}/session.yaml`;
    if (!existsSync(file)) return [];
    const s = parse(readFileSync(file, 'utf8')) as {
      format?: string;
      start: string;
      end: string;
      meetings?: { length: number; changeover: number; tables: number };
    };
    if (s.format !== 'b2b' || !s.meetings) return [];
    const { length, changeover, tables } = s.meetings;
    return [
      { slug, startsAt: eventLocalToInstant(s.start), endsAt: eventLocalToInstant(s.end), length, changeover, tables },
    ];
  });
  return slotsOf(blocks);
}

/** Profiles for existing demo accounts (the demo delegates and the exhibitor), by user id. */
export type DemoProfileFor = Pick<DemoPerson, 'offers' | 'seeks' | 'offerText' | 'seekText' | 'markets' | 'languages'>;

/** Seeds the population and the B2B activity; returns how many profiles and meetings were made. */
export async function seedDemoMatchmaking(
  existing: { userId: string; profile: DemoProfileFor }[],
  now = new Date(),
): Promise<{ profiles: number; meetings: number; requests: number }> {
  const db = getDb();
  const slots = contentSlots();
  const ids: string[] = [];
  for (const p of demoPeople()) {
    const id = await createAccountDirect(
      {
        email: `${p.key}@demo.summit.example`,
        password: DEMO_MATCHMAKING_PASSWORD,
        fullName: p.fullName,
        role: 'delegate',
        language: p.language,
        organisation: p.organisation,
        country: p.country,
        category: p.category,
        topics: p.topics,
        consents: ['registration', 'matchmaking', ...(ids.length % 3 === 0 ? [] : ['contact-sharing' as const])],
        isSample: true,
      },
      now,
    );
    ids.push(id);
    existing.push({ userId: id, profile: p });
  }
  db.transaction((tx) => {
    for (const { userId, profile } of existing) {
      const { offers, seeks, offerText, seekText, markets, languages } = profile;
      tx.insert(matchmakingProfiles)
        .values({
          userId,
          offers,
          seeks,
          offerText,
          seekText,
          markets,
          languages,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .run();
      tx.insert(matchmakingAvailability)
        .values(slots.map((s) => ({ userId, slotId: s.id })))
        .onConflictDoNothing()
        .run();
    }
  });
  // Activity between population members only, so the demo delegates still see all their matches.
  const pairs: [number, number, string][] = [
    [10, 0, 'Chúng tôi muốn thí điểm lấy số tại nhà ở bộ phận một cửa.'],
    [12, 2, 'Trợ lý AI cho cán bộ: xin 20 phút giới thiệu.'],
    [14, 3, 'Số hóa hồ sơ địa chính cho 126 xã, phường.'],
    [21, 6, 'Adaptive signals for one pilot junction.'],
    [28, 10, 'Quỹ quan tâm đến giải pháp xếp hàng trực tuyến.'],
    [30, 4, 'Grant support for online procedures (plan 86).'],
  ];
  let placed = 0;
  const tx = db;
  pairs.forEach(([a, b, message], i) => {
    const requestId = newUserId();
    tx.insert(meetingRequests)
      .values({
        id: requestId,
        requesterId: ids[a]!,
        receiverId: ids[b]!,
        message,
        status: 'accepted',
        createdAt: now,
        expiresAt: new Date(now.getTime() + 72 * 3_600_000),
        respondedAt: now,
      })
      .run();
    const slot = slots[i % slots.length]!;
    const meetingId = newUserId();
    tx.insert(meetings)
      .values({
        id: meetingId,
        requestId,
        requesterId: ids[a]!,
        receiverId: ids[b]!,
        status: 'scheduled',
        slotId: slot.id,
        tableNo: 1 + Math.floor(i / slots.length),
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    tx.insert(meetingParticipants)
      .values([ids[a]!, ids[b]!].map((userId) => ({ meetingId, userId, slotId: slot.id })))
      .run();
    placed++;
  });
  const pending: [number, number, string][] = [
    [11, 1, 'QueueLess would like to pilot remote tickets in Thanh Trì.'],
    [35, 37, 'Xin gặp để giới thiệu phần mềm xếp hàng.'],
    [15, 4, 'Định danh điện tử cho trung tâm hành chính công.'],
  ];
  for (const [a, b, message] of pending)
    tx.insert(meetingRequests)
      .values({
        id: newUserId(),
        requesterId: ids[a]!,
        receiverId: ids[b]!,
        message,
        status: 'pending',
        createdAt: now,
        expiresAt: new Date(now.getTime() + 72 * 3_600_000),
      })
      .run();
  return { profiles: existing.length, meetings: placed, requests: placed + pending.length };
}
