// `npm test`: make sure Chromium is there, type-check and check content, build,
// then run every vitest test (unit, integration, browser) and print the totals
// as one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, extraEnv = {}) {
  return spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' }).status ?? 1;
}

function fail(message) {
  console.error(`\n${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(chromium)) {
  // Browser tests need Debian's Chromium; install it where we can, never skip them.
  if (process.getuid?.() === 0) {
    console.log("Chromium is missing: installing Debian's chromium with apt-get…");
    if (
      run('apt-get', ['update']) !== 0 ||
      run('apt-get', ['install', '-y', 'chromium']) !== 0 ||
      !existsSync(chromium)
    ) {
      fail('Could not install Chromium. Run: sudo apt-get install -y chromium');
    }
  } else {
    fail('Chromium is missing and this user cannot install it. Run: sudo apt-get install -y chromium');
  }
}

// CI's extra runs on other Node lines set SUMMIT_TEST_SKIP_CHECK=1: types and lint do not depend on
// the Node version and were checked by the first run; the build and every test still run.
if (process.env.SUMMIT_TEST_SKIP_CHECK !== '1' && run('npm', ['run', 'check']) !== 0)
  fail('npm run check failed (types or content): see above.');
if (run('npx', ['astro', 'build']) !== 0) fail('astro build failed: see above.');

const report = join(mkdtempSync(join(tmpdir(), 'summit-vitest-')), 'report.json');
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  // Skipped, todo and files that failed to load all count as failures: nothing may be skipped silently.
  failed = result.numFailedTests + result.numPendingTests + result.numTodoTests;
  failed += result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
