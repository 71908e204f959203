// Registration and account emails (src/lib/registration/emails.ts, src/lib/accounts/emails.ts):
// bilingual subject and body, the ticket code, HTML escaping, sign-in and reset links.
import { describe, expect, it } from 'vitest';
import { confirmationEmail } from '~/lib/registration/emails';
import { verificationEmail } from '~/lib/accounts/emails';
import { accountExistsEmail, passwordResetEmail } from '../../../src/lib/accounts/emails';

const url = (path: string) => (lang: 'vi' | 'en') => `https://summit.example/${lang}${path}`;

describe('registration emails', () => {
  it('put the subject and the first half of the body in the delegate’s language, then the other', () => {
    const vi = verificationEmail({ lang: 'vi', fullName: 'Mai', url: url('/verify-email/?token=abc') });
    expect(vi.subject).toBe('Xác nhận địa chỉ email của bạn – Hội nghị Đô thị thông minh');
    expect(vi.text.indexOf('Kính gửi Mai')).toBeLessThan(vi.text.indexOf('Dear Mai'));
    expect(vi.text).toContain('https://summit.example/vi/verify-email/?token=abc');
    expect(vi.text).toContain('https://summit.example/en/verify-email/?token=abc');
    const en = verificationEmail({ lang: 'en', fullName: 'Mai', url: url('/verify-email/?token=abc') });
    expect(en.subject).toBe('Confirm your email address – Smart City Summit');
    expect(en.text.indexOf('Dear Mai')).toBeLessThan(en.text.indexOf('Kính gửi Mai'));
  });

  it('name the ticket code in the confirmation', () => {
    const mail = confirmationEmail({
      lang: 'en',
      fullName: 'Sam',
      ticketCode: 'ABCD',
      ticketUrl: url('/me/ticket/'),
      agendaUrl: url('/agenda/'),
    });
    expect(mail.text).toContain('Ticket code: ABCD');
    expect(mail.html).toContain('<strong>ABCD</strong>');
  });

  it('escape what delegates typed in the HTML part', () => {
    const mail = verificationEmail({ lang: 'en', fullName: '<img src=x onerror=alert(1)>', url: url('/v/') });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('account emails', () => {
  it('tell the owner of an address that it already has an account, with sign-in and reset links', () => {
    const mail = accountExistsEmail({
      lang: 'vi',
      fullName: 'Mai',
      loginUrl: url('/login/'),
      resetUrl: url('/reset-password/?token=t'),
    });
    expect(mail.subject).toBe('Bạn đã có tài khoản – Hội nghị Đô thị thông minh');
    expect(mail.text).toContain('https://summit.example/vi/login/');
    expect(mail.text).toContain('https://summit.example/vi/reset-password/?token=t');
  });

  it('say how long a reset link works', () => {
    expect(passwordResetEmail({ lang: 'en', fullName: 'Sam', resetUrl: url('/r/') }).text).toContain(
      'valid for 1 hour',
    );
  });
});
