// Benchmark: `astro build` of generated programmes (default 100, 500 and 2,000 sessions, with
// speakers and products in proportion), each in a fresh copy of the project with a cold cache:
// build time, output size and files, and the growth factor per step (time ratio ÷ size ratio;
// 1.0 is linear). Target: 2,000 sessions in under 90 s. Prints a table, then one JSON line.
// Usage: npm run bench:build [-- 100 500 2000]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../tests/support/paths';
import { printTable } from './load';
import { generateProgramme } from './programme';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const steps = sizes.length > 0 ? sizes : [100, 500, 2000];
const PARTS = [
  'src',
  'content',
  'db',
  'scripts',
  'server',
  'public',
  'package.json',
  'tsconfig.json',
  'astro.config.mjs',
];

/** Bytes and files under a directory. */
function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const results: {
  sessions: number;
  speakers: number;
  products: number;
  seconds: number;
  bytes: number;
  files: number;
  growth: number | null;
}[] = [];
for (const sessions of steps) {
  const copy = mkdtempSync(join(tmpdir(), 'summit-build-'));
  try {
    for (const part of PARTS) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
    // The copy's own content store and image cache: every build starts cold.
    writeFileSync(
      join(copy, 'bench.config.mjs'),
      "import base from './astro.config.mjs';\nexport default { ...base, cacheDir: './.cache' };\n",
    );
    const counts = generateProgramme(join(copy, 'content'), sessions);
    const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
    const t0 = performance.now();
    const log = execFileSync('npx', ['astro', 'build', '--config', 'bench.config.mjs'], {
      cwd: copy,
      env,
      stdio: 'pipe',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    const out = du(join(copy, 'dist'));
    const prev = results.at(-1);
    const growth = prev ? seconds / prev.seconds / (sessions / prev.sessions) : null;
    results.push({ ...counts, seconds, ...out, growth });
    console.error(`built ${sessions} sessions in ${seconds.toFixed(1)} s; Astro's phases:`);
    // Which phase grows (pages, images, compression) is what to work on next.
    for (const line of log.toString().split('\n')) {
      if (/Completed in|generating|precompress|Server built/i.test(line)) console.error(`  ${line.trim()}`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
console.log('bench:build — astro build of generated programmes (cold cache, fresh copy)');
printTable(
  ['sessions', 'speakers', 'products', 'build s', 'output MB', 'files', 'growth/step'],
  results.map((r) => [
    r.sessions,
    r.speakers,
    r.products,
    r.seconds.toFixed(1),
    (r.bytes / 1e6).toFixed(1),
    r.files,
    r.growth === null ? '' : r.growth.toFixed(2),
  ]),
);
const largest = results.find((r) => r.sessions === 2000);
if (largest)
  console.log(
    largest.seconds < 90
      ? '2,000 sessions under 90 s'
      : `2,000 sessions took ${largest.seconds.toFixed(0)} s (target 90 s)`,
  );
console.log(JSON.stringify({ bench: 'build', results }));
