// Shared field messages (src/lib/forms/field-errors.ts): zod issues whose messages are codes
// become one message per field, worded by the forms catalogue and the capability's field names.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emailField, LIMITS, passwordSchema, textField } from '~/lib/forms/fields';
import { fieldErrors } from '~/lib/forms/field-errors';
import { formsT } from '~/lib/i18n/messages/forms';

const schema = z
  .object({ name: textField(LIMITS.fullName, { required: true }), email: emailField(), password: passwordSchema })
  .strict();
const errorsOf = (input: unknown, lang: 'vi' | 'en' = 'en', names = { name: 'your name' }) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return fieldErrors(parsed.error, lang, { names });
};

describe('fieldErrors', () => {
  it('words the generic codes with the field name the capability gives', () => {
    const e = errorsOf({ name: '', email: 'not-an-address', password: 'short' });
    const t = formsT('en').errors;
    expect(e).toEqual({ name: t.required('your name'), email: t.email, password: t.passwordShort });
  });

  it("says how long a field may be, from the capability's caps", () => {
    const input = { name: 'x'.repeat(LIMITS.fullName + 1), email: 'a@b.vn', password: 'x'.repeat(129) };
    const parsed = schema.safeParse(input);
    if (parsed.success) throw new Error('expected a refusal');
    const e = fieldErrors(parsed.error, 'vi', { names: { name: 'họ tên' }, limits: { name: LIMITS.fullName } });
    const t = formsT('vi').errors;
    expect(e).toEqual({ name: t.tooLong('họ tên', LIMITS.fullName), password: t.passwordLong });
  });

  it('treats a field a JSON client left out like an empty one', () => {
    expect(errorsOf({ email: 'a@b.vn', password: 'long enough' })).toEqual({
      name: formsT('en').errors.required('your name'),
    });
  });

  it('answers an unknown key with the generic "not our form" message under `form`', () => {
    const e = errorsOf({ name: 'Mai', email: 'a@b.vn', password: 'long enough', admin: true });
    expect(e).toEqual({ form: formsT('en').errors.badRequest });
  });

  it('prefers a capability message for its own codes', () => {
    const parsed = z.object({ topics: z.array(z.string()).max(0, 'topics') }).safeParse({ topics: ['x'] });
    if (parsed.success) throw new Error('expected a refusal');
    expect(fieldErrors(parsed.error, 'en', { messages: { topics: 'pick from the list' } })).toEqual({
      topics: 'pick from the list',
    });
  });
});
