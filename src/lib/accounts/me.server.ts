// The form posts of "My account": one page, one hidden `intent` per form (profile, password,
// consents, delete). Success redirects (POST/redirect/GET); failure says what to show, with a 4xx.
import type { AstroCookies } from 'astro';
import type { Session, SessionUser } from '../server/auth/session';
import { formText, readBody } from '../server/body';
import { authT } from '../i18n/messages/auth';
import { accountsT } from '../i18n/messages/accounts';
import { formsT } from '../i18n/messages/forms';
import type { Lang } from '../i18n/locales';
import { topicIds } from './topics.server';
import {
  consentsFromForm,
  profileFromForm,
  validatePasswordChange,
  validateProfile,
  type ProfileValues,
} from './forms';
import { changePassword, updateProfile } from './profile.server';
import { setOptionalConsents } from './consents.server';
import { deleteAccount } from './delete.server';
import { endSession } from './login.server';

export const ME_INTENTS = ['profile', 'password', 'consents', 'delete'] as const;
export type MeIntent = (typeof ME_INTENTS)[number];

/** The optional consents the consents form manages (accessibility goes with the profile's needs). */
export const CONSENTS_FORM_KINDS = ['matchmaking', 'contact-sharing', 'news'] as const;

/** Where to go after a successful post, or what the page shows for the failed form. */
export type MeSubmit =
  | { ok: true; redirect: string }
  | {
      ok: false;
      intent: MeIntent | 'form';
      status: number;
      errors: Partial<Record<string, string>>;
      profile?: ProfileValues;
    };

function isIntent(value: string): value is MeIntent {
  return (ME_INTENTS as readonly string[]).includes(value);
}

const minutes = (sec: number) => Math.max(1, Math.ceil(sec / 60));

/** Handles one POST to /{lang}/me/ for the signed-in user. */
export async function submitMe(
  ctx: { request: Request; cookies: AstroCookies; user: SessionUser; session: Session },
  lang: Lang,
): Promise<MeSubmit> {
  const t = accountsT(lang);
  const body = await readBody(ctx.request);
  if (!body.ok || body.kind !== 'form')
    return {
      ok: false,
      intent: 'form',
      status: body.ok ? 415 : body.status,
      errors: { form: formsT(lang).errors.badRequest },
    };
  const form = body.form;
  const intent = formText(form, 'intent');
  if (!isIntent(intent))
    return { ok: false, intent: 'form', status: 400, errors: { form: formsT(lang).errors.badRequest } };
  const done = (what: string) => ({ ok: true as const, redirect: `/${lang}/me/?done=${what}#${what}` });

  switch (intent) {
    case 'profile': {
      const profile = profileFromForm(form);
      const check = validateProfile(profile, await topicIds(), lang);
      if (!check.ok) return { ok: false, intent, status: 422, errors: check.errors, profile };
      updateProfile(ctx.user.id, check.data);
      return done('profile');
    }
    case 'password': {
      const check = validatePasswordChange(form, lang);
      if (!check.ok) return { ok: false, intent, status: 422, errors: check.errors };
      const changed = await changePassword(
        ctx.user.id,
        ctx.session.id,
        check.data.currentPassword,
        check.data.newPassword,
      );
      if (changed.ok) return done('password');
      if (changed.reason === 'rate-limited')
        return {
          ok: false,
          intent,
          status: 429,
          errors: { form: authT(lang).tooManyRequests(minutes(changed.retryAfterSec ?? 60)) },
        };
      return { ok: false, intent, status: 422, errors: { currentPassword: t.me.password.wrongCurrent } };
    }
    case 'consents': {
      setOptionalConsents(ctx.user.id, consentsFromForm(form, CONSENTS_FORM_KINDS));
      return done('consents');
    }
    case 'delete': {
      if (!form.has('confirm'))
        return { ok: false, intent, status: 422, errors: { confirm: t.me.delete.confirmRequired } };
      const password = formText(form, 'password');
      if (!password) return { ok: false, intent, status: 422, errors: { password: t.login.passwordRequired } };
      const deleted = await deleteAccount(ctx.user.id, password);
      if (!deleted.ok) {
        return deleted.reason === 'rate-limited'
          ? {
              ok: false,
              intent,
              status: 429,
              errors: { form: authT(lang).tooManyRequests(minutes(deleted.retryAfterSec ?? 60)) },
            }
          : { ok: false, intent, status: 422, errors: { password: t.me.password.wrongCurrent } };
      }
      endSession(ctx.cookies, null);
      return { ok: true, redirect: `/${lang}/login/?status=deleted` };
    }
  }
}
