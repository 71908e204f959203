// `npm run admin:create -- --email x --name y --password z`: creates an organiser account
// (verified, no ticket), or makes an existing account an organiser.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDb } from '../db/client';
import { createAccountDirect, promoteToOrganiser } from '../src/lib/accounts/users.server';
import { LIMITS, passwordSchema } from '../src/lib/forms/fields';
import { formsT } from '../src/lib/i18n/messages/forms';

const USAGE =
  'Usage: npm run admin:create -- --email organiser@example.org --name "Full Name" --password "at least 8 characters" [--lang vi|en]';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
  },
});

const input = z
  .object({
    email: z.string().trim().toLowerCase().email().max(LIMITS.email),
    name: z.string().trim().min(1).max(LIMITS.fullName).optional(),
    password: passwordSchema.optional(),
    lang: z.enum(['vi', 'en']),
  })
  .safeParse(values);
if (!input.success) {
  // passwordSchema's messages are keys of the shared form messages; print the English text.
  const errors = formsT('en').errors;
  const say = (message: string) =>
    message === 'passwordShort' || message === 'passwordLong' ? errors[message] : message;
  console.error(input.error.issues.map((i) => `--${i.path.join('.')}: ${say(i.message)}`).join('\n'));
  console.error(USAGE);
  process.exit(2);
}
const { email, name, password, lang } = input.data;

if (await promoteToOrganiser(email, password)) {
  console.log(`${email} is now an organiser${password ? ' (password updated)' : ''}.`);
} else if (!name || !password) {
  console.error(`No account for ${email}: --name and --password are needed to create one.`);
  console.error(USAGE);
  process.exit(2);
} else {
  await createAccountDirect({ email, password, fullName: name, role: 'organiser', language: lang });
  console.log(`Organiser ${email} created. Sign in at /${lang}/login/.`);
}
closeDb();
