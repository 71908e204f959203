// Profile text fields (src/lib/accounts/profile.ts, ~/lib/forms/fields.ts): single-line fields refuse the invisible
// characters that reorder or break a name; text areas keep their line breaks but not overrides.
import { describe, expect, it } from 'vitest';
import { validateRegistration } from '~/lib/registration/form';
import { validateProfile } from '~/lib/accounts/forms';

const TOPICS = ['ai'];
const registration = {
  fullName: 'Nguyễn Thị Mai',
  email: 'mai@example.org',
  password: 'mật khẩu đủ dài',
  organisation: 'Sở Xây dựng',
  jobTitle: 'Chuyên viên',
  country: 'VN',
  category: 'government',
  topics: ['ai'],
  language: 'vi',
  consentRegistration: true,
};
const refusedFields = (overrides: Record<string, unknown>, lang: 'vi' | 'en' = 'en') => {
  const r = validateRegistration({ ...registration, ...overrides }, TOPICS, lang);
  return r.ok ? {} : r.errors;
};

const INVISIBLE = {
  'right-to-left override U+202E': '\u202e',
  'left-to-right embedding U+202A': '\u202a',
  'left-to-right override U+202D': '\u202d',
  'pop directional formatting U+202C': '\u202c',
  'left-to-right isolate U+2066': '\u2066',
  'right-to-left isolate U+2067': '\u2067',
  'first strong isolate U+2068': '\u2068',
  'pop directional isolate U+2069': '\u2069',
  'left-to-right mark U+200E': '\u200e',
  'right-to-left mark U+200F': '\u200f',
  'Arabic letter mark U+061C': '\u061c',
  'line separator U+2028': '\u2028',
  'paragraph separator U+2029': '\u2029',
};

describe('single-line profile fields', () => {
  it.each(Object.entries(INVISIBLE))('refuse a %s in the full name, organisation and job title', (_, char) => {
    const errors = refusedFields({
      fullName: `Mai${char}Nguyễn`,
      organisation: `Urban${char}Lab`,
      jobTitle: `Chief${char}Officer`,
    });
    expect(errors.fullName).toBe(
      'Your full name contains invisible characters that reverse the text or break the line. Please type it again rather than pasting it.',
    );
    expect(errors.organisation).toMatch(/^Your organisation contains invisible characters/);
    expect(errors.jobTitle).toMatch(/^Your job title contains invisible characters/);
  });

  it('say so in Vietnamese too', () => {
    expect(refusedFields({ fullName: 'Mai\u202e' }, 'vi').fullName).toBe(
      'Họ và tên chứa ký tự ẩn làm đảo chiều chữ hoặc ngắt dòng. Vui lòng gõ lại, không dán từ nơi khác.',
    );
  });

  it('keep accepting names in any script, with joiners that are part of the writing', () => {
    for (const fullName of ['Đặng Thị Hương', 'محمد بن سلمان', 'สมชาย ใจดี', 'Zoë O’Brien-Smith', 'क्‍ष']) {
      expect(validateRegistration({ ...registration, fullName }, TOPICS, 'en').ok).toBe(true);
    }
  });

  it('refuse the same characters when the profile is edited on My account', () => {
    const r = validateProfile(
      {
        ...registration,
        wheelchair: false,
        signLanguage: false,
        accessibilityOther: '',
        consentAccessibility: false,
        fullName: 'Mai\u2067',
      },
      TOPICS,
      'en',
    );
    expect(r.ok ? {} : r.errors).toHaveProperty('fullName');
  });
});

describe('the accessibility notes text area', () => {
  const notes = (accessibilityOther: string) =>
    validateRegistration({ ...registration, accessibilityOther, consentAccessibility: true }, TOPICS, 'en');

  it('keeps line breaks, including the Unicode line separator', () => {
    expect(notes('Large print\nHearing loop').ok).toBe(true);
    expect(notes('Large print\u2028Hearing loop').ok).toBe(true);
  });

  it('refuses direction overrides and isolates', () => {
    const r = notes('Large print\u202e');
    expect(r.ok ? {} : r.errors).toHaveProperty('accessibilityOther');
  });
});
