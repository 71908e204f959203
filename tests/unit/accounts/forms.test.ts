// Account forms (src/lib/accounts/forms.ts): profile, password change and consents parsing,
// and the status notices (src/lib/accounts/status.ts) that show only known messages.
import { describe, expect, it } from 'vitest';
import {
  consentsFromForm,
  profileFromForm,
  validatePasswordChange,
  validateProfile,
} from '../../../src/lib/accounts/forms';
import { accountStatus } from '../../../src/lib/accounts/status';

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
    expect(bad.errors.fullName).toBe('Vui lòng nhập họ và tên.');
    expect(bad.errors.category).toBe('Vui lòng chọn nhóm đại biểu trong danh sách.');
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
  it('needs the current password and a new one of 8 to 128 characters', () => {
    const form = new FormData();
    form.append('currentPassword', '');
    form.append('newPassword', 'short');
    const r = validatePasswordChange(form, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.currentPassword).toBe('Please enter your current password.');
    expect(r.errors.newPassword).toBe('The password must be at least 8 characters long.');
  });
});

describe('the consents form', () => {
  it('asks for exactly the listed consents: ticked given, others withdrawn', () => {
    const form = new FormData();
    form.append('news', 'on');
    form.append('accessibility', 'on'); // not managed by this form: ignored
    expect(consentsFromForm(form, ['matchmaking', 'news'])).toEqual({ matchmaking: false, news: true });
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
