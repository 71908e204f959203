// Broken content must fail `npm run check` with a message naming the file and the field.
// Each case runs `astro sync` + the content check on a copy of the project with one file broken.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'summit-content-'));
  for (const part of ['src', 'content', 'db', 'scripts', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
    cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  // Keep the copy's content store out of the real node_modules/.astro.
  writeFileSync(
    join(copy, 'check.config.mjs'),
    "import base from './astro.config.mjs';\nexport default { ...base, cacheDir: './.cache' };\n",
  );
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Applies `edit` to a content file, runs the check, restores the file, and returns what it printed. */
function checkWith(file: string, edit: (text: string) => string): { ok: boolean; output: string } {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DATA_STORE: join(copy, '.cache/data-store.json') };
  try {
    execFileSync('npx', ['astro', 'sync', '--config', 'check.config.mjs'], { cwd: copy, env, stdio: 'pipe' });
    const out = execFileSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: copy, env, stdio: 'pipe' });
    return { ok: true, output: out.toString() };
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    return { ok: false, output: `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}` };
  } finally {
    writeFileSync(path, original);
  }
}

describe('npm run check on broken content', () => {
  it('passes on the shipped content', () => {
    const result = checkWith('content/tags/ai.yaml', (t) => t);
    expect(result.output).toContain('Content OK');
    expect(result.ok).toBe(true);
  });

  it('names the file and field of an unknown speaker', () => {
    const result = checkWith('content/sessions/opening-ceremony/session.yaml', (t) =>
      t.replace(/^speakers: \[/m, 'speakers: ["nobody-at-all", '),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/sessions\/opening-ceremony\/session\.yaml: speakers\[0\]: unknown speaker "nobody-at-all"/);
  });

  it('names the file and field of a session that ends before it starts', () => {
    const result = checkWith('content/sessions/opening-ceremony/session.yaml', (t) =>
      t.replace(/^end: ".*"$/m, 'end: "2025-12-23T06:00"'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/opening-ceremony\/session\.yaml: end: ends \(2025-12-23T06:00\) before/);
  });

  it('reports a schema error (a malformed time) with the file and field', () => {
    const result = checkWith('content/sessions/opening-ceremony/session.yaml', (t) =>
      t.replace(/^start: ".*"$/m, 'start: "9am"'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('opening-ceremony');
    expect(result.output).toContain('start');
  });
});
