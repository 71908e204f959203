// B2B matchmaking: every mutation of the profile, blocks, meeting requests, outcomes and the
// organisers' batch run. One handler per step, shared by the form actions, the islands and the
// JSON API under /api/matchmaking/. Authorization is checked here as well as in the route table.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { roleSatisfies } from '~/lib/server/auth/guard';
import { appError } from '~/lib/server/app-error';
import { requestLang } from '~/lib/server/json-endpoint';
import { isErrorCode } from '~/lib/errors/codes';
import type { Lang } from '~/lib/i18n/locales';
import { matchmakingPortalT } from '~/lib/i18n/messages/matchmaking-portal';
import { profileUpdateSchema } from '~/lib/matchmaking/profile';
import { profileVocabulary } from '~/lib/matchmaking/profile-vocabulary.server';
import { hasMatchmakingConsent, saveMatchmakingProfile } from '~/lib/matchmaking/participation.server';
import { getProfile, setBlocked } from '~/lib/matchmaking/profiles.server';
import {
  acceptMeetingRequest,
  cancelMeetingRequest,
  createMeetingRequest,
  declineMeetingRequest,
} from '~/lib/matchmaking/requests.server';
import { markMeetingOutcome, runBatchScheduler } from '~/lib/matchmaking/meetings.server';
import { OUTCOMES } from '~/lib/matchmaking/requests';

type Ctx = Pick<ActionAPIContext, 'locals' | 'request'>;

const id = z.string().min(1).max(64);
const idList = z.array(z.string().max(80)).max(100);

/** A profile update as a form sends it: markets and languages as comma-separated text. */
export const profileFormInput = z
  .object({
    sectors: idList,
    offers: idList,
    seeks: idList,
    offerText: z.string().max(2000),
    seekText: z.string().max(2000),
    topics: idList,
    markets: z.string().max(800),
    languages: z.string().max(100),
    availability: idList,
    hidden: z.boolean(),
    acceptsRequests: z.boolean(),
    incomingCap: z.number().int().min(1).max(100).nullable(),
  })
  .strict();

/** The same update as JSON sends it: markets and languages as arrays. */
export const profileJsonInput = profileFormInput
  .extend({
    markets: z.array(z.string().max(80)).max(20),
    languages: z.array(z.string().max(8)).max(10),
    incomingCap: z.number().int().min(1).max(100).nullable().default(null),
  })
  .strict();

/** Another person, by id (block, unblock). */
export const personInput = z.object({ userId: id }).strict();
/** A new request: whom, and a short message (the lib caps it at 500 characters). */
export const requestInput = z.object({ receiverId: id, message: z.string().max(2000).default('') }).strict();
/** A step on an existing request. */
export const requestStepInput = z.object({ requestId: id }).strict();
/** How a meeting went. */
export const outcomeInput = z.object({ meetingId: id, outcome: z.enum(OUTCOMES) }).strict();
/** The organisers' batch run takes nothing. */
export const scheduleInput = z.object({}).strict();

function signedIn(context: Ctx) {
  const user = context.locals.user;
  if (!user) throw appError('unauthenticated', requestLang(context));
  return user;
}

function refuse(code: string, lang: Lang): never {
  throw appError(isErrorCode(code) ? code : 'conflict', lang);
}

const splitList = (s: string) =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Saves the signed-in person's matchmaking profile; each id is checked against content and slots. */
export async function updateProfile(
  input: z.output<typeof profileFormInput> | z.output<typeof profileJsonInput>,
  context: Ctx,
) {
  const user = signedIn(context);
  const { incomingCap, ...raw } = input;
  const update = {
    ...raw,
    markets: Array.isArray(raw.markets) ? raw.markets : splitList(raw.markets),
    languages: Array.isArray(raw.languages) ? raw.languages : splitList(raw.languages).map((l) => l.toLowerCase()),
  };
  const parsed = profileUpdateSchema(await profileVocabulary()).safeParse(update);
  if (!parsed.success) {
    const t = matchmakingPortalT(user.language).profile.fields;
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'form');
      fields[key] ??= (t as Record<string, string>)[issue.message] ?? t.invalid;
    }
    throw appError('invalid-input', user.language, { fields });
  }
  saveMatchmakingProfile(user.id, parsed.data, incomingCap);
  return { saved: true as const };
}

/** The signed-in person's profile (or null when they have none yet). */
export function readProfile(context: Ctx) {
  const user = signedIn(context);
  return { profile: getProfile(user.id) ?? null, consent: hasMatchmakingConsent(user.id) };
}

/** Blocks or unblocks someone for the signed-in person (blocking oneself is refused). */
export function blockHandler(blocked: boolean) {
  return (input: z.output<typeof personInput>, context: Ctx) => {
    const user = signedIn(context);
    if (input.userId === user.id) refuse('self-request', user.language);
    setBlocked(user.id, input.userId, blocked);
    return { blocked };
  };
}

/** Sends a meeting request from the signed-in person (who must take part in matchmaking). */
export async function requestMeeting(input: z.output<typeof requestInput>, context: Ctx) {
  const user = signedIn(context);
  if (!hasMatchmakingConsent(user.id) || !getProfile(user.id)) refuse('matchmaking-consent-required', user.language);
  const r = await createMeetingRequest(user.id, input.receiverId, input.message);
  if (!r.ok) refuse(r.code, user.language);
  return { requestId: r.id, message: matchmakingPortalT(user.language).request.sent };
}

/** The receiver accepts: the meeting's slot and table, or why none fits and the nearest alternatives. */
export async function acceptRequest(input: z.output<typeof requestStepInput>, context: Ctx) {
  const user = signedIn(context);
  const r = await acceptMeetingRequest(user.id, input.requestId);
  if (!r.ok) refuse(r.code, user.language);
  const p = r.placement;
  return p.placed
    ? {
        meetingId: r.meetingId,
        placed: true as const,
        slotId: p.slot.id,
        startsAt: p.slot.startsAt.toISOString(),
        table: p.table,
      }
    : {
        meetingId: r.meetingId,
        placed: false as const,
        reason: p.reason,
        alternatives: p.alternatives.map((s) => ({ slotId: s.id, startsAt: s.startsAt.toISOString() })),
      };
}

/** Declining and cancelling: one of the two closing steps. */
export function closeHandler(step: 'decline' | 'cancel') {
  return async (input: z.output<typeof requestStepInput>, context: Ctx) => {
    const user = signedIn(context);
    const r = await (step === 'decline' ? declineMeetingRequest : cancelMeetingRequest)(user.id, input.requestId);
    if (!r.ok) refuse(r.code, user.language);
    return { status: step === 'decline' ? ('declined' as const) : ('cancelled' as const) };
  };
}

/** A participant records held or no-show after the slot. */
export function markOutcome(input: z.output<typeof outcomeInput>, context: Ctx) {
  const user = signedIn(context);
  const r = markMeetingOutcome(user.id, input.meetingId, input.outcome);
  if (!r.ok) refuse(r.code, user.language);
  return { outcome: input.outcome };
}

/** Organisers place every accepted-but-unplaced meeting; the run's figures and each blocked meeting. */
export function scheduleAll(_input: z.output<typeof scheduleInput>, context: Ctx) {
  const user = signedIn(context);
  if (!roleSatisfies(user.role, 'organiser')) refuse('forbidden', user.language);
  const r = runBatchScheduler();
  return { placed: r.placed.length, upperBound: r.upperBound, unplaced: r.unplaced };
}

export const matchmaking = {
  updateProfile: defineAction({ accept: 'form', input: profileFormInput, handler: updateProfile }),
  block: defineAction({ accept: 'form', input: personInput, handler: blockHandler(true) }),
  unblock: defineAction({ accept: 'form', input: personInput, handler: blockHandler(false) }),
  request: defineAction({ accept: 'form', input: requestInput, handler: requestMeeting }),
  /** The same request from the island (JSON over the actions RPC). */
  requestJson: defineAction({ input: requestInput, handler: requestMeeting }),
  accept: defineAction({ accept: 'form', input: requestStepInput, handler: acceptRequest }),
  decline: defineAction({ accept: 'form', input: requestStepInput, handler: closeHandler('decline') }),
  cancel: defineAction({ accept: 'form', input: requestStepInput, handler: closeHandler('cancel') }),
  outcome: defineAction({ accept: 'form', input: outcomeInput, handler: markOutcome }),
  schedule: defineAction({ accept: 'form', input: scheduleInput, handler: scheduleAll }),
};
