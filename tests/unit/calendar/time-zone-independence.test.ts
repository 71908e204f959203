// Calendar feeds (src/lib/calendar/) do not depend on the server time zone: the output is
// byte-for-byte identical under TZ=UTC, Asia/Ho_Chi_Minh and America/New_York.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths';

function feedsUnder(tz: string): { out: string; offset: string } {
  const result = spawnSync('npx', ['tsx', 'tests/fixtures/print-feed.ts'], {
    cwd: repoRoot,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`print-feed failed under TZ=${tz}:\n${result.stderr}`);
  return { out: result.stdout, offset: result.stderr.trim() };
}

describe('feeds and the server time zone', () => {
  it('are byte-for-byte identical under TZ=UTC, Asia/Ho_Chi_Minh and America/New_York', () => {
    const utc = feedsUnder('UTC');
    const hanoi = feedsUnder('Asia/Ho_Chi_Minh');
    const newYork = feedsUnder('America/New_York');
    // The zones really differed in the child processes.
    expect([utc.offset, hanoi.offset, newYork.offset]).toEqual(['0', '-420', '300']);
    expect(utc.out.length).toBeGreaterThan(1000);
    expect(hanoi.out).toBe(utc.out);
    expect(newYork.out).toBe(utc.out);
    // 08:30 in Hanoi is 01:30 UTC, whatever the process zone.
    expect(utc.out).toContain('DTSTART:20251223T013000Z');
  });
});
