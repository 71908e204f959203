// Rate limits on a real (temporary) database, as the server keeps them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb } from '../../../../db/client';
import { createLimiter } from '../../../../src/lib/server/auth/rate-limit';

const dir = mkdtempSync(join(tmpdir(), 'summit-limits-'));
beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('a limiter', () => {
  it('allows its budget, then refuses with the wait in seconds', async () => {
    const limiter = createLimiter('test-budget', { points: 3, durationSec: 600 });
    for (let i = 0; i < 3; i++) expect(await limiter.consume('k')).toEqual({ allowed: true });
    const refused = await limiter.consume('k');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSec).toBeGreaterThan(500);
    expect((await limiter.check('k')).allowed).toBe(false);
    expect((await limiter.check('other')).allowed).toBe(true);
  });

  it('forgets a key on reset (a successful sign-in)', async () => {
    const limiter = createLimiter('test-reset', { points: 1, durationSec: 600 });
    await limiter.consume('k');
    expect((await limiter.check('k')).allowed).toBe(false);
    await limiter.reset('k');
    expect((await limiter.check('k')).allowed).toBe(true);
  });

  it('keeps separate counts for limiters with different names', async () => {
    const a = createLimiter('test-a', { points: 1, durationSec: 600 });
    const b = createLimiter('test-b', { points: 1, durationSec: 600 });
    await a.consume('k');
    expect((await b.consume('k')).allowed).toBe(true);
  });
});
