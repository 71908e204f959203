// Password hashing with argon2id (OWASP's minimum parameters), and a constant-cost
// rejection for unknown accounts so response time does not reveal who is registered.
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id; its Algorithm is an ambient const enum that
// isolated modules cannot reference, so the algorithm is left at that default (a unit test pins it).
const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

/** Hashes a password into a PHC string ($argon2id$...). */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), OPTIONS);
}

/** True when the password matches the stored hash; false (not an error) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real verification and returns false: used when the email is
 * unknown, so "no such account" and "wrong password" take the same time.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(`dummy-${crypto.randomUUID()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
