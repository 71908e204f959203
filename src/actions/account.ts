// "My account": the signed-in delegate's own changes — profile, optional consents, password,
// account deletion — as form actions on /{lang}/me/ (they work without JavaScript; islands may
// call the same actions). Authorization is checked here as well as in the route table.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { appError } from '~/lib/server/app-error';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { isLang, negotiateLang, type Lang } from '~/lib/i18n/locales';
import type { LoginSession, SessionUser } from '~/lib/server/auth/session';
import { topicIds } from '~/lib/accounts/topics.server';
import {
  consentsSchema,
  consentsFromForm,
  deletionFromForm,
  deletionSchema,
  formInput,
  passwordChangeFromForm,
  passwordChangeSchema,
  profileFromForm,
  profileSchema,
} from '~/lib/accounts/forms';
import { changePassword, updateProfile } from '~/lib/accounts/profile.server';
import { setOptionalConsents } from '~/lib/accounts/consents.server';
import { deleteAccount } from '~/lib/accounts/delete.server';
import { endSession } from '~/lib/accounts/login.server';

type Context = Pick<ActionAPIContext, 'locals' | 'request' | 'params' | 'cookies'>;

// Messages in the page's language (the form's URL is /{lang}/me/); the account's, called from elsewhere.
function langOf(context: Context, user: SessionUser | null): Lang {
  const fromPage = context.params.lang;
  if (isLang(fromPage)) return fromPage;
  return user?.language ?? negotiateLang(context.request.headers.get('accept-language'));
}

/** The signed-in user and session, or an `unauthenticated` refusal (actions are public endpoints). */
function signedIn(context: Context): { user: SessionUser; session: LoginSession; lang: Lang } {
  const { user, session } = context.locals;
  const lang = langOf(context, user);
  if (!user || !session) throw appError('unauthenticated', lang);
  return { user, session, lang };
}

/** The profile form's input, checked against the programme's topics (content, hence read per call). */
export const profileInput = z.instanceof(FormData).transform(async (form, ctx) => {
  const parsed = await profileSchema(await topicIds()).safeParseAsync(profileFromForm(form));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue(issue);
  return z.NEVER;
});
/** The consents form's input. */
export const consentsInput = formInput((form) => consentsFromForm(form), consentsSchema);
/** The change-password form's input. */
export const passwordChangeInput = formInput(passwordChangeFromForm, passwordChangeSchema);
/** The deletion form's input. */
export const deletionInput = formInput(deletionFromForm, deletionSchema);

/** Saves the signed-in delegate's profile (the accessibility consent goes with the needs). */
export function saveProfile(input: z.output<typeof profileInput>, context: Context): void {
  const { user } = signedIn(context);
  updateProfile(user.id, input);
}

/** Gives or withdraws the optional consents of the consents form. */
export function saveConsents(input: z.output<typeof consentsInput>, context: Context): void {
  const { user } = signedIn(context);
  setOptionalConsents(user.id, input);
}

/** Changes the password after checking the current one; other sessions and reset links end. */
export async function changeOwnPassword(input: z.output<typeof passwordChangeInput>, context: Context): Promise<void> {
  const { user, session, lang } = signedIn(context);
  const changed = await changePassword(user.id, session.id, input.currentPassword, input.newPassword);
  if (changed.ok) return;
  if (changed.reason === 'rate-limited')
    throw appError('rate-limited', lang, { retryAfterSec: changed.retryAfterSec ?? 60 });
  throw appError('wrong-password', lang, { fields: { currentPassword: errorMessage('wrong-password', lang) } });
}

/** Deletes the account after checking its password, then signs this browser out. */
export async function deleteOwnAccount(input: z.output<typeof deletionInput>, context: Context): Promise<void> {
  const { user, lang } = signedIn(context);
  const deleted = await deleteAccount(user.id, input.password);
  if (!deleted.ok) {
    if (deleted.reason === 'rate-limited')
      throw appError('rate-limited', lang, { retryAfterSec: deleted.retryAfterSec ?? 60 });
    throw appError('wrong-password', lang, { fields: { password: errorMessage('wrong-password', lang) } });
  }
  // The session row went with the account (cascade); the cookie goes too.
  endSession(context.cookies, null);
}

export const account = {
  /** The profile form. */
  updateProfile: defineAction({ accept: 'form', input: profileInput, handler: saveProfile }),
  /** The optional consents form. */
  setConsents: defineAction({ accept: 'form', input: consentsInput, handler: saveConsents }),
  /** The change-password form. */
  changePassword: defineAction({ accept: 'form', input: passwordChangeInput, handler: changeOwnPassword }),
  /** The account deletion form. */
  deleteAccount: defineAction({ accept: 'form', input: deletionInput, handler: deleteOwnAccount }),
};
