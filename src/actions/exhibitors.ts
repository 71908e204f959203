// Exhibitor organisations: profile and logo, inviting and removing people, accepting an
// invitation, and the public application form. Each handler asks the library, which checks access.
import { defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { acceptInvitation, inviteMember, removeMember } from '~/lib/exhibitors/invitations.server';
import { applyForOrganisation, updateOrganisationProfile } from '~/lib/exhibitors/organisations.server';
import { setOrganisationLogo } from '~/lib/exhibitors/portal.server';
import { asAction } from '~/lib/exhibitors/refusal';
import { startSession } from '~/lib/accounts/login.server';
import { appError } from '~/lib/server/app-error';
import { createLimiter } from '~/lib/server/auth/rate-limit';
import { clientAddress } from '~/lib/server/client-address.server';
import { productActions } from './exhibitors-products';
import { boothActions } from './exhibitors-booth';
import { askerOf, fileBytes } from './exhibitors-context';

type Ctx = ActionAPIContext;
const id = z.string().min(1).max(64);
const opt = (max: number) => z.string().max(max).optional();

const profileFields = {
  nameVi: opt(1000),
  nameEn: opt(1000),
  country: opt(8),
  website: opt(1000),
  descriptionVi: opt(2000),
  descriptionEn: opt(2000),
};
const profileOf = (f: { [K in keyof typeof profileFields]?: string | undefined }) => ({
  nameVi: f.nameVi ?? '',
  nameEn: f.nameEn ?? '',
  country: f.country ?? '',
  website: f.website ?? '',
  descriptionVi: f.descriptionVi ?? '',
  descriptionEn: f.descriptionEn ?? '',
});

export const profileInput = z.object({ organisationId: id, ...profileFields }).strict();
export const logoInput = z.object({ organisationId: id, logo: z.instanceof(File) }).strict();
export const inviteInput = z.object({ organisationId: id, email: opt(400), canManage: z.boolean() }).strict();
export const removeInput = z.object({ organisationId: id, userId: id }).strict();
export const acceptInput = z
  .object({ token: z.string().max(64), fullName: opt(400), password: opt(400), language: opt(4) })
  .strict();
export const applyInput = z.object({ ...profileFields, contactEmail: opt(400), contactLanguage: opt(4) }).strict();

/** Public applications a client may send: 5 an hour, so the queue cannot be flooded. */
const applyLimiter = createLimiter('exhibitor-apply', { points: 5, durationSec: 3600 });

/** Saves the organisation's profile (its people or organisers). */
export function saveProfile(input: z.output<typeof profileInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, () => {
    updateOrganisationProfile(actor, input.organisationId, profileOf(input));
    return { saved: true };
  });
}

/** Uploads the organisation's logo (checked and re-encoded like product images). */
export async function uploadLogo(input: z.output<typeof logoInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  const bytes = await fileBytes(input.logo, lang);
  const stored = await asAction(lang, () => setOrganisationLogo(actor, input.organisationId, bytes));
  if (!stored.ok) throw appError(stored.error, lang);
  return { imageId: stored.id };
}

/** Invites an address to the organisation (managers or organisers); the email is in the inviter's language. */
export function invite(input: z.output<typeof inviteInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, async () => {
    await inviteMember(actor, input.organisationId, { email: input.email ?? '', canManage: input.canManage, lang });
    return { invited: true };
  });
}

/** Removes someone from the organisation (managers or organisers). */
export function remove(input: z.output<typeof removeInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, () => {
    removeMember(actor, input.organisationId, input.userId);
    return { removed: true };
  });
}

/** Accepts an invitation: links the signed-in account, or creates an exhibitor account and signs it in. */
export function accept(input: z.output<typeof acceptInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  const newAccount = actor
    ? undefined
    : { fullName: input.fullName ?? '', password: input.password ?? '', language: input.language ?? lang };
  return asAction(lang, async () => {
    const r = await acceptInvitation(input.token, actor, newAccount);
    if (r.created) startSession(context.cookies, r.userId, null);
    return { organisationId: r.organisationId, created: r.created };
  });
}

/** Records a public application to exhibit (no account needed; 5 an hour per client). */
export async function apply(input: z.output<typeof applyInput>, context: Ctx) {
  const { lang } = askerOf(context);
  const decision = await applyLimiter.consume(clientAddress(context));
  if (!decision.allowed) throw appError('rate-limited', lang, { retryAfterSec: decision.retryAfterSec });
  return asAction(lang, () => ({
    id: applyForOrganisation({
      ...profileOf(input),
      contactEmail: input.contactEmail ?? '',
      contactLanguage: input.contactLanguage ?? lang,
    }),
  }));
}

export const exhibitors = {
  saveProfile: defineAction({ accept: 'form', input: profileInput, handler: saveProfile }),
  uploadLogo: defineAction({ accept: 'form', input: logoInput, handler: uploadLogo }),
  invite: defineAction({ accept: 'form', input: inviteInput, handler: invite }),
  removeMember: defineAction({ accept: 'form', input: removeInput, handler: remove }),
  acceptInvitation: defineAction({ accept: 'form', input: acceptInput, handler: accept }),
  apply: defineAction({ accept: 'form', input: applyInput, handler: apply }),
  ...productActions,
  ...boothActions,
};
