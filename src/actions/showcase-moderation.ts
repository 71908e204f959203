// The organisers' moderation queue: approve or reject a product revision or an organisation's
// application, with a reason when rejecting. Organisers only (checked here and by the library).
import { defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { decideApplication } from '~/lib/exhibitors/organisations.server';
import { decideRevision } from '~/lib/exhibitors/moderation.server';
import { asAction } from '~/lib/exhibitors/refusal';
import { showcaseVocabulary } from '~/lib/showcase/catalogue.server';
import { appError } from '~/lib/server/app-error';
import { roleSatisfies } from '~/lib/server/auth/guard';
import { askerOf } from './exhibitors-context';

type Ctx = ActionAPIContext;

export const decisionInput = z
  .object({
    id: z.string().min(1).max(64),
    decision: z.enum(['approve', 'reject']),
    reason: z.string().max(4000).optional(),
  })
  .strict();

function organiserOf(context: Ctx) {
  const asker = askerOf(context);
  if (!asker.actor) throw appError('unauthenticated', asker.lang);
  if (!roleSatisfies(asker.actor.role, 'organiser')) throw appError('forbidden', asker.lang);
  return asker;
}

const decisionOf = (input: z.output<typeof decisionInput>) =>
  input.decision === 'approve'
    ? ({ approve: true } as const)
    : ({ approve: false, reason: input.reason ?? '' } as const);

/** Approves (it is public at once: the showcase reads the database) or rejects a revision. */
export async function decideProduct(input: z.output<typeof decisionInput>, context: Ctx) {
  const { actor, lang } = organiserOf(context);
  const vocabulary = await showcaseVocabulary();
  await asAction(lang, () => decideRevision(actor, input.id, decisionOf(input), vocabulary));
  // No cache to clear: the showcase renders on demand from the database. If a page cache is
  // added (performance work), this is where `contentChanged('showcase')` must be called.
  return { decided: input.decision };
}

/** Approves (and invites the contact as first manager) or rejects an organisation's application. */
export async function decideOrganisation(input: z.output<typeof decisionInput>, context: Ctx) {
  const { actor, lang } = organiserOf(context);
  await asAction(lang, () => decideApplication(actor, input.id, decisionOf(input)));
  return { decided: input.decision };
}

export const showcase = {
  decideRevision: defineAction({ accept: 'form', input: decisionInput, handler: decideProduct }),
  decideApplication: defineAction({ accept: 'form', input: decisionInput, handler: decideOrganisation }),
};
