// Passwords (src/lib/server/auth/password.ts): argon2id hashing and verification, Unicode
// normalisation, malformed hashes, and equal work for unknown accounts.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../../../src/lib/server/auth/password';

describe('passwords', () => {
  it('are hashed with argon2id, salted, and verified', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'correct horse batterY')).toBe(false);
  });

  it('match however the keyboard composed the Vietnamese letters', async () => {
    const hash = await hashPassword('mật khẩu'.normalize('NFC'));
    expect(await verifyPassword(hash, 'mật khẩu'.normalize('NFD'))).toBe(true);
  });

  it('fail closed on a malformed stored hash', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('reject unknown accounts after the same argon2 work as a real check', async () => {
    const hash = await hashPassword('a real password');
    const timed = async (check: () => Promise<boolean>) => {
      const t0 = performance.now();
      expect(await check()).toBe(false);
      return performance.now() - t0;
    };
    await timed(() => verifyPassword(hash, 'warm-up'));
    await timed(() => verifyAgainstDummy('warm-up'));
    // Interleaved, and the median of five each: a loaded machine stalls single calls by 10×.
    const real: number[] = [];
    const dummy: number[] = [];
    for (let i = 0; i < 5; i++) {
      real.push(await timed(() => verifyPassword(hash, 'a wrong password')));
      dummy.push(await timed(() => verifyAgainstDummy('a wrong password')));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    expect(median(dummy)).toBeGreaterThan(median(real) / 4);
  });
});
