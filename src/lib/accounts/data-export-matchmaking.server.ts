// "Download my data", matchmaking's part: the person's matchmaking profile and settings, whom
// they blocked, their meeting requests and meetings (see data-export.server.ts for the whole
// document). The other party appears by name only: their own data is theirs to download.
import { count, eq, or } from 'drizzle-orm';
import type { Db } from '~db/client';
import {
  matchmakingAvailability,
  matchmakingBlocks,
  matchmakingImpressions,
  matchmakingProfiles,
  meetingRequests,
  meetingSettings,
  meetings,
} from '~db/schema';
import { fullNamesById } from '~/lib/accounts/users.server';

/** Matchmaking's records about a person, for their data download. */
export function matchmakingData(db: Db, userId: string) {
  const profile = db.select().from(matchmakingProfiles).where(eq(matchmakingProfiles.userId, userId)).get();
  const blocks = db
    .select({ blockedId: matchmakingBlocks.blockedId, since: matchmakingBlocks.createdAt })
    .from(matchmakingBlocks)
    .where(eq(matchmakingBlocks.blockerId, userId))
    .all();
  const requests = db
    .select()
    .from(meetingRequests)
    .where(or(eq(meetingRequests.requesterId, userId), eq(meetingRequests.receiverId, userId)))
    .all();
  const held = db
    .select()
    .from(meetings)
    .where(or(eq(meetings.requesterId, userId), eq(meetings.receiverId, userId)))
    .all();
  const names = fullNamesById([
    ...blocks.map((b) => b.blockedId),
    ...[...requests, ...held].flatMap((r) => [r.requesterId, r.receiverId]),
  ]);
  const name = (id: string) => names.get(id) ?? null;
  return {
    matchmakingProfile: profile ? withoutOwner(profile) : null,
    meetingSettings:
      db
        .select({ incomingCap: meetingSettings.incomingCap })
        .from(meetingSettings)
        .where(eq(meetingSettings.userId, userId))
        .get() ?? null,
    freeB2bSlots: db
      .select({ slot: matchmakingAvailability.slotId })
      .from(matchmakingAvailability)
      .where(eq(matchmakingAvailability.userId, userId))
      .all()
      .map((r) => r.slot),
    blocked: blocks.map((b) => ({ name: name(b.blockedId), since: b.since })),
    timesYourProfileWasShown:
      db.select({ n: count() }).from(matchmakingImpressions).where(eq(matchmakingImpressions.shownUserId, userId)).get()
        ?.n ?? 0,
    meetingRequests: requests.map((r) => ({
      from: name(r.requesterId),
      to: name(r.receiverId),
      message: r.message,
      status: r.status,
      createdAt: r.createdAt,
      respondedAt: r.respondedAt,
    })),
    meetings: held.map((m) => ({
      requester: name(m.requesterId),
      receiver: name(m.receiverId),
      status: m.status,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      table: m.tableNo,
      requesterOutcome: m.requesterOutcome,
      receiverOutcome: m.receiverOutcome,
    })),
  };
}

function withoutOwner<T extends { userId: string }>(row: T): Omit<T, 'userId'> {
  const { userId: _owner, ...rest } = row;
  return rest;
}
