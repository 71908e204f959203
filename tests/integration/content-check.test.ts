// Broken content must fail `npm run check` (astro check → content sync) and the build with a
// message naming the file and the field, and a new session file must appear on the site after a
// rebuild. Each case works on a copy of the project (astro sync, or a full build) with one change.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { startServer } from '../support/server';

let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'summit-content-'));
  for (const part of [
    'src',
    'content',
    'db',
    'scripts',
    'server',
    'public',
    'package.json',
    'tsconfig.json',
    'astro.config.mjs',
  ]) {
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

/** Applies `edit` to a content file, runs `command` (the content sync by default), restores the file, and returns what it printed. */
function checkWith(
  file: string,
  edit: (text: string) => string,
  command = ['astro', 'sync'],
): { ok: boolean; output: string } {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  // vitest sets NODE_ENV=test, which would make Vite build a development bundle.
  const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
  try {
    const out = execFileSync('npx', [...command, '--config', 'check.config.mjs'], { cwd: copy, env, stdio: 'pipe' });
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
    expect(result.output).toContain('content integrity: OK');
    expect(result.ok).toBe(true);
  });

  it('names the file and field of an unknown speaker', () => {
    const result = checkWith('content/sessions/opening-ceremony/session.yaml', (t) =>
      t.replace(/^speakers: \[/m, 'speakers: ["nobody-at-all", '),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /content\/sessions\/opening-ceremony\/session\.yaml: speakers\[0\]: unknown speaker "nobody-at-all"/,
    );
  });

  it('names the file and field of a session that ends before it starts', () => {
    const result = checkWith('content/sessions/opening-ceremony/session.yaml', (t) =>
      t.replace(/^end: ".*"$/m, 'end: "2025-12-23T06:00"'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/opening-ceremony\/session\.yaml: end: ends \(2025-12-23T06:00\) before/);
  });

  it('fails the build too, with the same file and field', () => {
    const result = checkWith(
      'content/sessions/opening-ceremony/session.yaml',
      (t) => t.replace(/^room: .*$/m, 'room: "nowhere-room"'),
      ['astro', 'build'],
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/opening-ceremony\/session\.yaml: room: unknown room "nowhere-room"/);
  }, 120_000);

  it('names the entry and field of a matchmaking tag with an unknown parent or a duplicated id', () => {
    const result = checkWith('content/taxonomy/needs.yaml', (t) =>
      [
        t,
        '- id: "traffic-sensors"',
        '  parent: "smart-mobility"',
        '  label: { en: "Traffic sensors again" }',
        '- id: "bus-lanes"',
        '  parent: "mobilty"',
        '  label: { en: "Bus lanes" }',
        '',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /content\/taxonomy\/needs\.yaml: \[\d+\]\.id: duplicate id "traffic-sensors" \(first at \[1\]\)/,
    );
    expect(result.output).toMatch(/content\/taxonomy\/needs\.yaml: \[\d+\]\.parent: unknown parent "mobilty"/);
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

describe('adding a session in Markdown', () => {
  it('puts it in the agenda, on its own page and in the summit feed after a rebuild', async () => {
    const dir = join(copy, 'content/sessions/early-bird-walk');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'session.yaml'),
      [
        'title: { vi: "Đi bộ buổi sớm quanh hồ, xanh; và thông minh", en: "Early-bird walk around the lake" }',
        'summary: { vi: "Dạo bộ trước giờ khai mạc.", en: "A walk before the opening." }',
        'start: "2025-12-23T07:00"',
        'end: "2025-12-23T07:25"',
        'room: "b2b-lounge"',
        'track: "plenary"',
        'format: "talk"',
        'language: "vi-en"',
        'speakers: []',
        'tags: ["climate"]',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'vi.md'), 'Một vòng đi bộ ngắn trước phiên khai mạc.\n');
    writeFileSync(join(dir, 'en.md'), 'A short walk before the opening session.\n');
    // vitest sets NODE_ENV=test, which would make Vite build a development bundle.
    const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
    try {
      execFileSync('npx', ['astro', 'build', '--config', 'check.config.mjs'], { cwd: copy, env, stdio: 'pipe' });
      const app = await startServer({ dist: join(copy, 'dist') });
      try {
        const agenda = await (await fetch(`${app.url}/en/agenda/`)).text();
        expect(agenda).toContain('Early-bird walk around the lake');
        const page = await fetch(`${app.url}/vi/sessions/early-bird-walk/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Đi bộ buổi sớm quanh hồ, xanh; và thông minh');
        const feed = await (await fetch(`${app.url}/calendar/summit.ics?lang=en`)).text();
        expect(feed).toContain('UID:early-bird-walk@');
        expect(feed).toContain('DTSTART:20251223T000000Z');
      } finally {
        await app.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
