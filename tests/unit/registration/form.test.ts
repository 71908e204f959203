// The registration form (src/lib/registration/form.ts): validation, caps and allow-lists, consents,
// localized errors, reading a form post, and safe values to show again.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registrationFromForm, registrationValues, validateRegistration } from '../../../src/lib/registration/form';
import { DELEGATE_CATEGORIES } from '~/lib/accounts/profile';

const TOPICS = ['ai', 'mobility', 'energy'];
const valid = {
  fullName: '  Nguyễn Thị Mai ',
  email: ' Mai.Nguyen@Example.ORG ',
  password: 'mật khẩu đủ dài',
  organisation: 'Sở Xây dựng',
  jobTitle: '',
  country: 'VN',
  category: 'government',
  topics: ['ai', 'ai', 'energy'],
  language: 'vi',
  wheelchair: false,
  signLanguage: false,
  accessibilityOther: '',
  consentRegistration: true,
  consentMatchmaking: false,
  consentContactSharing: false,
  consentAccessibility: false,
  consentNews: true,
};
const check = (overrides: Record<string, unknown>, lang: 'vi' | 'en' = 'en') =>
  validateRegistration({ ...valid, ...overrides }, TOPICS, lang);
const errorsOf = (overrides: Record<string, unknown>, lang: 'vi' | 'en' = 'en') => {
  const r = check(overrides, lang);
  if (r.ok) throw new Error('expected the registration to be refused');
  return r.errors;
};

describe('validateRegistration', () => {
  it('accepts a complete registration, trimming text, lower-casing the email and dropping repeated topics', () => {
    const r = check({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.fullName).toBe('Nguyễn Thị Mai');
    expect(r.data.email).toBe('mai.nguyen@example.org');
    expect(r.data.topics).toEqual(['ai', 'energy']);
  });

  it('stores Vietnamese names in NFC, however the browser composed them', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const r = check({ fullName: decomposed });
    expect(r.ok && r.data.fullName).toBe('Nguyễn'.normalize('NFC'));
  });

  it('accepts passwords from 8 to 128 characters with no composition rules', () => {
    expect(check({ password: 'aaaaaaaa' }).ok).toBe(true);
    expect(check({ password: 'x'.repeat(128) }).ok).toBe(true);
    expect(errorsOf({ password: 'x'.repeat(7) }).password).toBe('The password must be at least 8 characters long.');
    expect(errorsOf({ password: 'x'.repeat(129) }).password).toBe('The password must be at most 128 characters long.');
  });

  it('refuses every field over its cap, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 121, maxLength: 300 }).filter((s) => s.trim().length > 120),
        (name) => {
          expect(errorsOf({ fullName: name }).fullName).toBeDefined();
        },
      ),
      { numRuns: 50 },
    );
  });

  it('allows only the listed categories, countries, topics and languages', () => {
    for (const category of DELEGATE_CATEGORIES) expect(check({ category }).ok).toBe(true);
    expect(errorsOf({ category: 'spy' }).category).toBe('Please choose a delegate category from the list.');
    expect(errorsOf({ country: 'XX' }).country).toBe('Please choose your country from the list.');
    expect(errorsOf({ topics: ['ai', 'astrology'] }).topics).toBe('Please choose topics from the list only.');
    expect(errorsOf({ language: 'fr' }).language).toBe('Please choose a language for emails from the list.');
  });

  it('requires the registration consent, and only that one', () => {
    expect(errorsOf({ consentRegistration: false }).consentRegistration).toMatch(/^You need to agree/);
    expect(check({ consentNews: false, consentMatchmaking: false }).ok).toBe(true);
  });

  it('keeps accessibility needs only with their own consent (sensitive data)', () => {
    expect(errorsOf({ wheelchair: true }).consentAccessibility).toMatch(/tick the consent box/);
    expect(errorsOf({ accessibilityOther: 'Large print', fullName: '' }).consentAccessibility).toBeDefined();
    expect(check({ wheelchair: true, consentAccessibility: true }).ok).toBe(true);
  });

  it('explains errors in Vietnamese on the Vietnamese form', () => {
    const errors = errorsOf({ fullName: '', email: 'not-an-email', category: '' }, 'vi');
    expect(errors.fullName).toBe('Vui lòng nhập họ và tên.');
    expect(errors.email).toBe('Vui lòng nhập địa chỉ email hợp lệ, ví dụ ten@coquan.vn.');
    expect(errors.category).toBe('Vui lòng chọn nhóm đại biểu.');
  });

  it('treats anything that is not the form as a bad request for the whole submission', () => {
    for (const input of [null, 'text', 42, [1, 2]]) {
      const r = validateRegistration(input, TOPICS, 'en');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.form).toMatch(/could not read/);
    }
    expect(errorsOf({ isAdmin: true }).form).toMatch(/could not read/);
  });

  it('tells a JSON client which required fields it left out', () => {
    const r = validateRegistration({ email: 'a@b.co' }, TOPICS, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.fullName).toBe('Please enter your full name.');
    expect(r.errors.category).toBe('Please choose a delegate category.');
    expect(r.errors.consentRegistration).toMatch(/^You need to agree/);
  });

  it('never hands the password back for redisplay', () => {
    const r = check({ email: 'bad' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.values)).not.toContain('mật khẩu');
  });
});

describe('registrationFromForm', () => {
  it('reads ticked boxes as true, absent ones as false, and repeated topics as a list', () => {
    const form = new FormData();
    form.append('fullName', 'Mai');
    form.append('topics', 'ai');
    form.append('topics', 'energy');
    form.append('consentRegistration', 'on');
    const input = registrationFromForm(form);
    expect(input).toMatchObject({
      fullName: 'Mai',
      email: '',
      topics: ['ai', 'energy'],
      consentRegistration: true,
      consentNews: false,
      wheelchair: false,
    });
  });
});

describe('registrationValues', () => {
  it('turns any input into safe values to show again', () => {
    expect(registrationValues('garbage')).toMatchObject({ fullName: '', topics: [], wheelchair: false });
    expect(registrationValues({ fullName: 42, topics: ['ai', 7], wheelchair: 'yes' })).toMatchObject({
      fullName: '',
      topics: ['ai'],
      wheelchair: false,
    });
  });
});
