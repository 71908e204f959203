// One registration as the form action and the JSON API run it, after the schema passed: the
// topics checked against the programme, the per-client registration limit, then the writes.
import { topicIds } from '~/lib/accounts/topics.server';
import { registrationLimiter } from '~/lib/server/auth/rate-limit';
import type { Registration } from './form';
import { register } from './register.server';

/** Registered (a new and an existing address alike), or why not. */
export type RegistrationOutcome =
  { status: 'registered' } | { status: 'unknown-topic' } | { status: 'rate-limited'; retryAfterSec: number };

/** Registers a checked submission for the client at `address` (its rate-limit key). */
export async function registerDelegate(data: Registration, address: string): Promise<RegistrationOutcome> {
  const allowed = new Set(await topicIds());
  if (!data.topics.every((t) => allowed.has(t))) return { status: 'unknown-topic' };
  // Counted only for valid submissions: those are the ones that cost a password hash and emails.
  const limit = await registrationLimiter.consume(address);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSec: limit.retryAfterSec };
  await register(data);
  return { status: 'registered' };
}
