// Setting a new password from an emailed link, as the reset form's action runs it: rate-limited
// per client address first, then the link (from the form or the cookie the opened link left) is
// checked before the password rule and before any hashing; on success every session and reset
// link of the user ends and this browser is signed in afresh.
import type { AstroCookies } from 'astro';
import type { ActionInputError } from 'astro:actions';
import { z } from 'zod';
import { passwordSchema } from '~/lib/forms/fields';
import { inputRefusal } from '~/lib/forms/input-error';
import { resetPasswordAddressLimiter } from '~/lib/server/auth/reset-limit';
import { resetPassword } from './password-reset.server';
import { startSession } from './login.server';
import { isEmailTokenUsable } from './email-tokens.server';
import { clearResetToken, readResetToken } from './reset-cookie';

/** What became of a new password: set, or why not. */
export type NewPasswordOutcome =
  | { status: 'done' }
  | { status: 'rate-limited'; retryAfterSec: number }
  | { status: 'dead-link' }
  | { status: 'refused'; error: ActionInputError<Record<string, unknown>> };

const newPasswordRule = z.object({ newPassword: passwordSchema });

/** Sets the password for the link's account; see the module comment for the order of checks. */
export async function setPasswordFromLink(
  input: { token: string; newPassword: string },
  cookies: AstroCookies,
  address: string,
): Promise<NewPasswordOutcome> {
  const limit = await resetPasswordAddressLimiter.consume(address);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSec: limit.retryAfterSec };
  const token = input.token || readResetToken(cookies);
  const dead = (): NewPasswordOutcome => {
    clearResetToken(cookies);
    return { status: 'dead-link' };
  };
  if (!isEmailTokenUsable(token, 'reset-password')) return dead();
  const parsed = newPasswordRule.safeParse({ newPassword: input.newPassword });
  if (!parsed.success) return { status: 'refused', error: inputRefusal(parsed.error.issues) };
  const userId = await resetPassword(token, parsed.data.newPassword);
  if (!userId) return dead();
  clearResetToken(cookies);
  startSession(cookies, userId, null);
  return { status: 'done' };
}
