// Account forms (src/lib/accounts/forms.ts): profile, password change, consents and deletion
// inputs, the messages a failed action shows, and the status notices (src/lib/accounts/status.ts) that show only known messages.
import { describe, expect, it } from 'vitest';
import {
  accountFieldErrors,
  accountFormErrors,
  consentsFromForm,
  consentsSchema,
  deletionFromForm,
  deletionSchema,
  formInput,
  passwordChangeFromForm,
  passwordChangeSchema,
  profileFromForm,
  validateProfile,
} from '~/lib/accounts/forms';
import { accountStatus } from '~/lib/accounts/status';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { formsT } from '~/lib/i18n/messages/forms';
import { registrationT } from '~/lib/i18n/messages/registration';

/** A form post with these fields. */
function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const TOPICS = ['ai', 'energy'];
const profile = {
  fullName: 'Trần Văn Minh',
  organisation: 'LuotSo',
  jobTitle: '',
  country: 'VN',
  category: 'startup',
  topics: ['ai'],
  language: 'en',
  wheelchair: false,
  signLanguage: false,
  accessibilityOther: '',
  consentAccessibility: false,
};

describe('the profile form', () => {
  it('accepts a valid profile and applies the registration’s rules', () => {
    expect(validateProfile(profile, TOPICS, 'en').ok).toBe(true);
    const bad = validateProfile({ ...profile, fullName: '', category: 'spy', signLanguage: true }, TOPICS, 'vi');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const names = registrationT('vi').fieldNames;
    expect(bad.errors.fullName).toBe(formsT('vi').errors.required(names.fullName));
    expect(bad.errors.category).toBe(formsT('vi').errors.choice(names.category));
  });

  it('reads a form post, with unticked boxes as false', () => {
    const form = new FormData();
    form.append('fullName', 'Minh');
    form.append('topics', 'ai');
    form.append('wheelchair', 'on');
    expect(profileFromForm(form)).toMatchObject({
      fullName: 'Minh',
      topics: ['ai'],
      wheelchair: true,
      signLanguage: false,
      consentAccessibility: false,
    });
  });
});

describe('the password change form', () => {
  const input = formInput(passwordChangeFromForm, passwordChangeSchema);

  it('needs the current password and a new one of 8 to 128 characters', () => {
    const r = input.safeParse(formOf({ currentPassword: '', newPassword: 'short' }));
    expect(r.success).toBe(false);
    if (r.success) return;
    const t = formsT('en').errors;
    expect(accountFieldErrors(r.error, 'en')).toEqual({
      currentPassword: t.required(registrationT('en').fieldNames.currentPassword),
      newPassword: t.passwordShort,
    });
  });

  it('reads only its two fields, so the hidden username for password managers is not an error', () => {
    const r = input.safeParse(formOf({ username: 'a@b.c', currentPassword: 'x', newPassword: 'long enough' }));
    expect(r.success && r.data).toEqual({ currentPassword: 'x', newPassword: 'long enough' });
  });

  it('calls an impossibly long current password wrong instead of hashing it', () => {
    const r = input.safeParse(formOf({ currentPassword: 'x'.repeat(1025), newPassword: 'long enough' }));
    expect(r.success ? {} : accountFieldErrors(r.error, 'vi')).toEqual({
      currentPassword: errorMessage('wrong-password', 'vi'),
    });
  });
});

describe('the account deletion form', () => {
  const input = formInput(deletionFromForm, deletionSchema);

  it('needs the box ticked and the password, each said at its field', () => {
    const r = input.safeParse(formOf({ password: '' }));
    expect(r.success ? {} : accountFieldErrors(r.error, 'en')).toEqual({
      confirm: accountsT('en').me.delete.confirmRequired,
      password: accountsT('en').login.passwordRequired,
    });
  });

  it('accepts a ticked box and a password', () => {
    const r = input.safeParse(formOf({ confirm: 'on', password: 'secret words' }));
    expect(r.success && r.data).toEqual({ confirm: true, password: 'secret words' });
  });
});

describe('the consents form', () => {
  it('asks for exactly the listed consents: ticked given, others withdrawn', () => {
    const form = formOf({ news: 'on', accessibility: 'on' }); // accessibility: not managed by this form, ignored
    expect(consentsFromForm(form, ['matchmaking', 'news'])).toEqual({ matchmaking: false, news: true });
  });

  it('manages matchmaking, contact sharing and news, never the accessibility consent', () => {
    const r = formInput((f) => consentsFromForm(f), consentsSchema).safeParse(formOf({ matchmaking: 'on' }));
    expect(r.success && r.data).toEqual({ matchmaking: true, 'contact-sharing': false, news: false });
  });
});

describe('messages for a failed account action', () => {
  it('puts zod issues at their fields, in the page’s language', () => {
    const issues = deletionSchema.safeParse({ confirm: false, password: 'x' }).error?.issues;
    expect(accountFormErrors({ status: 400, message: 'Failed to validate', issues }, 'vi')).toEqual({
      confirm: accountsT('vi').me.delete.confirmRequired,
    });
  });

  it('puts a refusal at the field it concerns, and "too many attempts" on the form', () => {
    const wrong = { status: 422, message: errorMessage('wrong-password', 'en') };
    expect(accountFormErrors(wrong, 'en', 'currentPassword')).toEqual({ currentPassword: wrong.message });
    const limited = { status: 429, message: errorMessage('rate-limited', 'en', { retryAfterSec: 120 }) };
    expect(accountFormErrors(limited, 'en', 'currentPassword')).toEqual({ form: limited.message });
  });

  it('says Astro’s own refusals in the page’s language, not its English', () => {
    const noForm = { status: 415, message: 'This action only accepts FormData.' };
    expect(accountFormErrors(noForm, 'vi')).toEqual({ form: errorMessage('unsupported-type', 'vi') });
    expect(accountFormErrors(undefined, 'vi')).toEqual({});
  });
});

describe('status notices', () => {
  it('show known notices only, never text from the URL', () => {
    expect(accountStatus('logged-out', 'vi')).toBe('Bạn đã đăng xuất.');
    expect(accountStatus('<script>', 'en')).toBeUndefined();
    expect(accountStatus('toString', 'en')).toBeUndefined();
    expect(accountStatus(null, 'en')).toBeUndefined();
  });
});
