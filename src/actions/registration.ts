// Registration: the form action of /register/ (complete without JavaScript; the RegisterForm
// island calls the same action) and the handler behind the /api/register JSON adapter.
import { localizedPath } from '~/lib/i18n/paths';
import { defineAction, type ActionAPIContext } from 'astro:actions';
import type { z } from 'zod';
import { formInput } from '~/lib/forms/form-input';
import { fieldRefusal } from '~/lib/forms/input-error';
import { authT } from '~/lib/i18n/messages/auth';
import { appError } from '~/lib/server/app-error';
import { actionLang } from '~/lib/server/action-lang';
import { clientAddress } from '~/lib/server/client-address.server';
import { registrationFromForm, registrationSchema, type Registration } from '~/lib/registration/form';
import { registerDelegate } from '~/lib/registration/submit.server';
import type { Lang } from '~/lib/i18n/locales';

/** The registration form's input: the posted form read as the page reads it, then the strict schema. */
export const registrationFormInput = formInput(registrationFromForm, registrationSchema(null));

type Context = Pick<ActionAPIContext, 'params' | 'request' | 'locals' | 'url' | 'clientAddress'>;

/**
 * Registers a delegate; new and existing addresses get the same answer (the mailbox learns
 * which). Refusals: an unknown topic (400 at the field), too many registrations (429).
 */
export async function registerHandler(
  input: Registration,
  context: Context,
  lang: Lang = actionLang(context),
): Promise<{ redirect: string }> {
  const outcome = await registerDelegate(input, clientAddress(context));
  if (outcome.status === 'unknown-topic') throw fieldRefusal('topics', 'topics');
  if (outcome.status === 'rate-limited') {
    context.locals.retryAfterSec = outcome.retryAfterSec;
    const message = authT(lang).tooManyRequests(Math.ceil(outcome.retryAfterSec / 60));
    throw appError('rate-limited', lang, { retryAfterSec: outcome.retryAfterSec, message });
  }
  return { redirect: localizedPath(lang, '/register/thanks/') };
}

export const registration = {
  register: defineAction({
    accept: 'form',
    input: registrationFormInput,
    handler: (input: z.output<typeof registrationFormInput>, context) => registerHandler(input, context),
  }),
};
